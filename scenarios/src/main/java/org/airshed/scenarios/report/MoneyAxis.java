package org.airshed.scenarios.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * An axis of money in a unit a reader takes in at a glance: values stay as the files give them,
 * the labels show them in millions or billions when they are that large, and the title says so.
 */
final class MoneyAxis {
    private MoneyAxis() {
    }

    /** A Vega-Lite axis for money values up to {@code largest} in magnitude, titled "WHAT (million CNY)". */
    static ObjectNode of(String what, String money, double largest) {
        double a = Math.abs(largest);
        String word;
        String divisor;
        if (a >= 1e9) {
            word = "billion ";
            divisor = "1e9";
        } else if (a >= 1e6) {
            word = "million ";
            divisor = "1e6";
        } else {
            word = "";
            divisor = "1";
        }
        return Json.template("""
                {"title": {{title}}, "labelExpr": {{expr}}}
                """, Map.of("title", what + " (" + word + money + ")",
                "expr", "format(datum.value / " + divisor + ", ',~g')"));
    }

    /** The largest magnitude of {@code values}, ignoring undefined ones. */
    static double largest(double... values) {
        double largest = 0;
        for (double v : values) {
            if (Double.isFinite(v)) {
                largest = Math.max(largest, Math.abs(v));
            }
        }
        return largest;
    }
}
