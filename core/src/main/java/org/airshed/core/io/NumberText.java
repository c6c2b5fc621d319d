package org.airshed.core.io;

/**
 * Numbers written as text (CSV cells). Stricter than Double.parseDouble, which also takes
 * "NaN", "Infinity", hexadecimal and a trailing d or f: only decimal notation
 * ({@code [+-]digits[.digits][e[+-]digits]}, either side of the point may be empty but not
 * both) is a number here. A hand-written scan, as it runs for every cell of million-row files.
 */
final class NumberText {
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
        if (!isNumber(text)) {
            throw new NumberFormatException("not a decimal number: " + text);
        }
        return Double.parseDouble(text);
    }

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
