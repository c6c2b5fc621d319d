package org.airshed.core.study;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Numbers for messages meant to be read: six significant digits, no trailing zeros; plain from
 * 0.0001 up to a billion, beyond that {@code 3.81363e9} (a row of zeros is hard to count).
 */
public final class ReadableNumbers {
    private static final MathContext SIX_DIGITS = new MathContext(6);

    private ReadableNumbers() {
    }

    public static String of(double value) {
        return of(value, SIX_DIGITS);
    }

    /**
     * Two numbers a message compares ("reach 66.23018 is less than required 66.2302"): six digits,
     * or as many more as it takes for two different values to read differently.
     */
    public static String[] distinct(double a, double b) {
        String[] shown = {of(a), of(b)};
        for (int digits = 7; digits <= 17 && a != b && shown[0].equals(shown[1]); digits++) {
            MathContext context = new MathContext(digits);
            shown = new String[] {of(a, context), of(b, context)};
        }
        return shown;
    }

    private static String of(double value, MathContext digits) {
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        if (value == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(value).round(digits).stripTrailingZeros();
        double magnitude = Math.abs(rounded.doubleValue());
        if (magnitude >= 1e-4 && magnitude < 1e9) {
            return rounded.toPlainString();
        }
        int exponent = rounded.precision() - rounded.scale() - 1;
        return rounded.movePointLeft(exponent).toPlainString() + "e" + exponent;
    }
}
