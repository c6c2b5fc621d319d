package org.airshed.scenarios.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * Numbers as a person reads them in captions and headlines, the same text on every machine:
 * "3.81 billion", "29.3 million", "9,719", "7.85", "0.000123". The result files keep every digit;
 * these are for reading.
 */
final class Readable {
    private Readable() {
    }

    static String number(double value) {
        if (!Double.isFinite(value)) {
            return "—";
        }
        double a = Math.abs(value);
        if (a >= 1e12) {
            return String.format(Locale.ROOT, "%,.2f trillion", value / 1e12);
        }
        if (a >= 1e9) {
            return String.format(Locale.ROOT, "%,.2f billion", value / 1e9);
        }
        if (a >= 1e6) {
            return String.format(Locale.ROOT, "%,.1f million", value / 1e6);
        }
        if (a >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        if (a == 0) {
            return "0";
        }
        return new BigDecimal(value).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }

    /** A number with its unit: "415,940 t", "29.3 million CNY". */
    static String of(double value, String unit) {
        return number(value) + (unit.isEmpty() ? "" : " " + unit);
    }

    /** A share as a percentage: "25.7 %". */
    static String percent(double share) {
        if (!Double.isFinite(share)) {
            return "—";
        }
        return new BigDecimal(share * 100).round(new MathContext(3)).stripTrailingZeros().toPlainString() + " %";
    }
}
