package org.airshed.core.io;

import java.nio.charset.StandardCharsets;

/**
 * Numbers written as text (CSV cells). Stricter than Double.parseDouble, which also takes
 * "NaN", "Infinity", hexadecimal and a trailing d or f: only decimal notation
 * ({@code [+-]digits[.digits][e[+-]digits]}, either side of the point may be empty but not
 * both) is a number here. A hand-written scan, as it runs for every cell of million-row files.
 */
public final class NumberText {
    private NumberText() {
    }

    static boolean isNumber(String text) {
        int n = text.length();
        int i = skipSign(text, 0);
        int integerDigits = digits(text, i);
        i += integerDigits;
        int fractionDigits = 0;
        if (i < n && text.charAt(i) == '.') {
            fractionDigits = digits(text, i + 1);
            i += 1 + fractionDigits;
        }
        if (integerDigits + fractionDigits == 0) {
            return false;
        }
        if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i = skipSign(text, i + 1);
            int exponentDigits = digits(text, i);
            if (exponentDigits == 0) {
                return false;
            }
            i += exponentDigits;
        }
        return i == n;
    }

    /** The double nearest to {@code text}; infinite when the text is too large for a double. */
    static double parse(String text) {
        double value = valueOf(text);
        if (Double.isNaN(value)) {
            throw new NumberFormatException("not a decimal number: " + text);
        }
        return value;
    }

    /** As {@link #parse}, but NaN when {@code text} is not a decimal number: one scan for the cells of a large file. */
    public static double valueOf(String text) {
        double fast = exactly(text);
        if (!Double.isNaN(fast)) {
            return fast;
        }
        return isNumber(text) ? Double.parseDouble(text) : Double.NaN;
    }

    /** {@link #exactly(byte[], int, int)} of the text. */
    private static double exactly(String text) {
        // Latin-1 bytes: a character beyond it becomes '?', which no decimal has, as the byte scan needs.
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        return exactly(bytes, 0, bytes.length);
    }

    /**
     * As {@link #valueOf(String)} for the text in {@code bytes[from, to)}, read as Latin-1 (a
     * non-ASCII byte is then a character no decimal has): the same double, bit for bit, with no
     * String made unless the text is outside Clinger's fast path (checked in NumberTextTest).
     */
    static double valueOf(byte[] bytes, int from, int to) {
        double fast = exactly(bytes, from, to);
        if (!Double.isNaN(fast)) {
            return fast;
        }
        String text = new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
        return isNumber(text) ? Double.parseDouble(text) : Double.NaN; // the fast path said no already
    }

    /**
     * Clinger's fast path, in one scan: a decimal whose significand fits 2^53 and whose power of
     * ten is at most 22 either way is one exact double times or divided by another, which IEEE
     * arithmetic rounds once, correctly: the same double {@link Double#parseDouble} gives (checked
     * against it in NumberTextTest). NaN, which no decimal is, when {@code text[from, n)} is not such a decimal.
     */
    private static double exactly(byte[] text, int from, int n) {
        int i = from;
        boolean negative = false;
        if (i < n && (text[i] == '+' || text[i] == '-')) {
            negative = text[i++] == '-';
        }
        long significand = 0;
        int significant = 0;
        int digits = 0;
        int scale = 0;
        boolean fraction = false;
        for (; i < n; i++) {
            byte c = text[i];
            if (c == '.' && !fraction) {
                fraction = true;
                continue;
            }
            if (c < '0' || c > '9') {
                break;
            }
            digits++;
            if (fraction) {
                scale--;
            }
            if (significand == 0 && c == '0') {
                continue;
            }
            if (++significant > 18) {
                return Double.NaN;
            }
            significand = 10 * significand + (c - '0');
        }
        if (digits == 0) {
            return Double.NaN;
        }
        if (i < n) {
            byte e = text[i++];
            if (e != 'e' && e != 'E') {
                return Double.NaN;
            }
            boolean negativeExponent = i < n && text[i] == '-';
            if (i < n && (text[i] == '+' || text[i] == '-')) {
                i++;
            }
            if (i == n || n - i > 4) {
                return Double.NaN;
            }
            int exponent = 0;
            for (; i < n; i++) {
                byte c = text[i];
                if (c < '0' || c > '9') {
                    return Double.NaN;
                }
                exponent = 10 * exponent + (c - '0');
            }
            scale += negativeExponent ? -exponent : exponent;
        }
        if (significand > 1L << 53 || (significand != 0 && Math.abs(scale) > 22)) {
            return Double.NaN;
        }
        double value = significand == 0 ? 0 : scale >= 0 ? significand * POWERS_OF_TEN[scale]
                : significand / POWERS_OF_TEN[-scale];
        return negative ? -value : value;
    }

    /** 10^0 to 10^22: every one an exact double. */
    private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

    private static int skipSign(String text, int i) {
        return i < text.length() && (text.charAt(i) == '+' || text.charAt(i) == '-') ? i + 1 : i;
    }

    private static int digits(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i - from;
    }
}
