package org.airshed.scenarios.run;

import org.airshed.core.util.Jdk17DoubleText;

/**
 * {@link ResultNumbers#text(double)} written straight into a byte buffer, the same ASCII for
 * every double. Three paths: integers as longs; a short decimal (the nearest double to m/10^k,
 * |value| in [10^-3, 10^7), at most 15 significant digits: the shortest decimal that rounds to it)
 * printed from m; everything else through {@link Jdk17DoubleText}, remembered in a small cache
 * because prices repeat. That JDK 17 prints such a short decimal as its digits is a claim checked,
 * not derived from its source: ResultNumberBytesTest, every decimal up to 5 digits (7 with -Pslow)
 * and its neighbours, and millions of seeded values. Not thread-safe.
 */
final class ResultNumberBytes {
    private static final double PLAIN_INTEGER_LIMIT = 1e15;
    private static final double SHORT_LOW = 1e-3;
    private static final double SHORT_HIGH = 1e7;
    /** m below 10^15: a 15-digit decimal is the only one of its length that rounds to its double. */
    private static final double SHORT_DIGITS_LIMIT = 1e15;
    private static final int MAX_FRACTION_DIGITS = 18;
    private static final double[] POWERS = powers();
    private static final int MIN_SHORT_EXPONENT = Math.getExponent(SHORT_LOW);
    /**
     * For each binary exponent of [SHORT_LOW, SHORT_HIGH), the K of the binade's smallest value:
     * K only falls as the value grows (the products are monotone), so a value's K is this or one less.
     */
    private static final int[] FIRST_K = firstK();
    private static final long[] LONG_POWERS = longPowers();
    private static final int CACHE_SIZE = 1 << 10;

    private final Jdk17DoubleText jdk = new Jdk17DoubleText();
    private final long[] seenBits = new long[CACHE_SIZE];
    private final long[] cachedBits = new long[CACHE_SIZE];
    private final byte[][] cachedText = new byte[CACHE_SIZE][];

    /** Appends the text of {@code value} (nothing for NaN or an infinity) at {@code out}. */
    void append(double value, CsvBytes out) {
        if (!Double.isFinite(value)) {
            return;
        }
        if (value == Math.rint(value) && Math.abs(value) < PLAIN_INTEGER_LIMIT) {
            appendLong((long) value, out);
            return;
        }
        double magnitude = Math.abs(value);
        if (magnitude >= SHORT_LOW && magnitude < SHORT_HIGH && appendShort(value, magnitude, out)) {
            return;
        }
        appendJdk(value, out);
    }

    /** Appends a long's decimal digits. */
    static void appendLong(long value, CsvBytes out) {
        if (value == Long.MIN_VALUE) {
            out.ascii(Long.toString(value));
            return;
        }
        if (value < 0) {
            out.append((byte) '-');
            value = -value;
        }
        int digits = digits(value);
        byte[] bytes = out.reserve(digits);
        int end = out.length() + digits;
        for (int at = end - 1; at >= end - digits; at--) {
            bytes[at] = (byte) ('0' + value % 10);
            value /= 10;
        }
        out.advance(digits);
    }

    /**
     * The decimal with the most fraction digits K that keeps m = value·10^K below 10^15: if any
     * decimal of 15 digits or fewer rounds to value, that one does (padded with zeros), and it is
     * m = rint(value·10^K) since value·10^K is then within 1/4 of it. Its trailing zeros dropped,
     * it is the shortest. False when m/10^K is not value.
     */
    private static boolean appendShort(double value, double magnitude, CsvBytes out) {
        int k = FIRST_K[Math.getExponent(magnitude) - MIN_SHORT_EXPONENT];
        while (magnitude * POWERS[k] >= SHORT_DIGITS_LIMIT) {
            k--; // at most once: a binade spans less than a decade
        }
        double scaled = Math.rint(magnitude * POWERS[k]);
        if (scaled >= SHORT_DIGITS_LIMIT || scaled / POWERS[k] != magnitude) {
            return false;
        }
        long m = (long) scaled;
        while (m % 10_000 == 0) {
            m /= 10_000; // value is no integer, so k stays above the zeros dropped
            k -= 4;
        }
        while (m % 10 == 0) {
            m /= 10;
            k--;
        }
        if (value < 0) {
            out.append((byte) '-');
        }
        appendLong(m / LONG_POWERS[k], out);
        out.append((byte) '.');
        long fraction = m % LONG_POWERS[k];
        byte[] bytes = out.reserve(k);
        int at = out.length();
        for (int d = at + k - 1; d >= at; d--) {
            bytes[d] = (byte) ('0' + fraction % 10);
            fraction /= 10;
        }
        out.advance(k);
        return true;
    }

    /** JDK 17's text; a value seen twice at its cache slot keeps it (region prices repeat, most others do not). */
    private void appendJdk(double value, CsvBytes out) {
        long bits = Double.doubleToRawLongBits(value);
        int slot = (int) (bits ^ (bits >>> 29) ^ (bits >>> 41)) & (CACHE_SIZE - 1);
        byte[] text = cachedText[slot];
        if (text != null && cachedBits[slot] == bits) {
            out.append(text, 0, text.length);
            return;
        }
        byte[] to = out.reserve(Jdk17DoubleText.MAX_LENGTH);
        int start = out.length();
        int end = jdk.write(value, to, start);
        out.advance(end - start);
        if (seenBits[slot] == bits) {
            cachedText[slot] = java.util.Arrays.copyOfRange(to, start, end);
            cachedBits[slot] = bits;
        } else {
            seenBits[slot] = bits;
        }
    }

    private static int digits(long value) {
        int digits = 1;
        for (long limit = 10; digits < 19 && value >= limit; limit *= 10) {
            digits++;
        }
        return digits;
    }

    private static int[] firstK() {
        int[] firstK = new int[Math.getExponent(SHORT_HIGH) - MIN_SHORT_EXPONENT + 1];
        for (int e = 0; e < firstK.length; e++) {
            double smallest = Math.scalb(1.0, e + MIN_SHORT_EXPONENT);
            int k = MAX_FRACTION_DIGITS;
            while (smallest * POWERS[k] >= SHORT_DIGITS_LIMIT) {
                k--;
            }
            firstK[e] = k;
        }
        return firstK;
    }

    private static double[] powers() {
        double[] powers = new double[MAX_FRACTION_DIGITS + 1];
        for (int k = 0; k < powers.length; k++) {
            powers[k] = Double.parseDouble("1e" + k);
        }
        return powers;
    }

    private static long[] longPowers() {
        long[] powers = new long[MAX_FRACTION_DIGITS + 1];
        powers[0] = 1;
        for (int k = 1; k < powers.length; k++) {
            powers[k] = powers[k - 1] * 10;
        }
        return powers;
    }
}
