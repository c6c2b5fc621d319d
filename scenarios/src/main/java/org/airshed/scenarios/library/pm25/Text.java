package org.airshed.scenarios.library.pm25;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Number formats of the scenario descriptions (locale-independent). */
final class Text {
    private Text() {
    }

    /** Whole number with thousands separators: 1,416,660. */
    static String count(double value) {
        return String.format(Locale.ROOT, "%,d", Math.round(value));
    }

    /** Shortest plain form with at most 6 decimals: 0.7, 1050, 6.8974. */
    static String number(double value) {
        return new BigDecimal(value).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    /** Four significant digits in scientific form: 1.257e-05. */
    static String sci(double value) {
        return String.format(Locale.ROOT, "%.4g", value).replace("e+", "e");
    }

    /** A fraction as a percentage: 0.96 → 96%. */
    static String percent(double fraction) {
        return number(fraction * 100) + "%";
    }

    /** "SH x, JS y, …" for the given ids. */
    static String list(Collection<String> ids, Function<String, String> format) {
        List<String> parts = new ArrayList<>();
        for (String id : ids) {
            parts.add(id + " " + format.apply(id));
        }
        return String.join(", ", parts);
    }
}
