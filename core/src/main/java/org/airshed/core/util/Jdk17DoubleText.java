package org.airshed.core.util;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * The characters JDK 17's {@link Double#toString(double)} gives, for every double, on any JDK.
 * Result files have always printed numbers that way; JDK 19 changed {@code Double.toString} to the
 * shortest decimal (2e23 prints {@code 2.0E23} there, {@code 1.9999999999999998E23} on JDK 17), so
 * a result file's bytes would depend on the JDK that wrote it. Also cheaper to warm up: JDK 17's
 * digit generator is one large method that C2 compiles up to three times in a run.
 *
 * <p>The algorithm is JDK 17's own (FloatingDecimal, after Steele and White's free-format
 * printing): estimate the decimal exponent; integers below 2^63 print their digits, rounded to the
 * digits the double's precision carries; otherwise B/S = value/10^exponent and M = half an ulp,
 * scaled alike, and the digits of B/S are taken while the remainder is at least M from either end
 * ("low": below M; "high": above the next digit's step minus M), the last digit then rounded up
 * when high (ties on the doubled remainder to an even digit). Its quirks are kept on purpose: a
 * symmetric interval even below a power of two (M halved there), a strict "high" test in long
 * arithmetic but a non-strict one in big-integer arithmetic, the long loop's overflow rule, and at
 * least two digits whenever the result is in E-form. {@code Jdk17DoubleTextTest} compares it with
 * {@code Double.toString} on JDK 17 over every kind of double, and pins JDK 17's text of thousands
 * of values for any other JDK.
 *
 * <p>An instance keeps its digit buffer: not thread-safe; one per formatting thread.
 */
public final class Jdk17DoubleText {
    /** Longest text: a sign, 17 digits, a point, "E-324" and room to spare. */
    public static final int MAX_LENGTH = 32;

    private static final int EXP_SHIFT = 52;
    private static final long FRACT_HOB = 1L << EXP_SHIFT;
    private static final long SIGNIFICAND_MASK = FRACT_HOB - 1;
    private static final long EXP_MASK = 0x7FFL << EXP_SHIFT;
    private static final int EXP_BIAS = 1023;
    private static final long EXP_ONE = (long) EXP_BIAS << EXP_SHIFT;
    private static final int MAX_SMALL_BIN_EXP = 62;
    private static final int MIN_SMALL_BIN_EXP = -(63 / 3);
    private static final int DIGIT_CAPACITY = 20;
    /** Bits below which the two-long loop keeps B, M and 10·S (see {@link #wideDigits}). */
    private static final int WIDE_BITS = 118;
    private static final byte[] NAN = ascii("NaN");
    private static final byte[] INFINITY = ascii("Infinity");
    private static final byte[] NEGATIVE_INFINITY = ascii("-Infinity");
    private static final byte[] ZERO = ascii("0.0");
    private static final byte[] NEGATIVE_ZERO = ascii("-0.0");

    /** 5^i as long, for i below 27. */
    private static final long[] LONG_5_POW = longPowersOfFive(27);
    /** About ceil(log2(5^i)), as JDK 17 counts bits to choose int, long or big arithmetic. */
    private static final int[] N_5_BITS = {
        0, 3, 5, 7, 10, 12, 14, 17, 19, 21, 24, 26, 28, 31, 33, 35, 38, 40, 42, 45, 47, 49, 52, 54,
        56, 59, 61,
    };
    /** floor(log10(2^p)) for p below 64: the decimal digits an integer's lost bits spoil. */
    private static final int[] INSIGNIFICANT_DIGITS_FOR_POW2 = {
        0, 0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 5, 5, 5, 6, 6, 6, 6, 7, 7, 7, 8, 8, 8, 9, 9,
        9, 9, 10, 10, 10, 11, 11, 11, 12, 12, 12, 12, 13, 13, 13, 14, 14, 14, 15, 15, 15, 15, 16, 16,
        16, 17, 17, 17, 18, 18, 18, 19,
    };

    private final byte[] digits = new byte[DIGIT_CAPACITY];
    private int firstDigit;
    private int digitCount;
    private int decimalExponent;

    /** JDK 17's {@code Double.toString(value)}. */
    public static String text(double value) {
        byte[] to = new byte[MAX_LENGTH];
        int end = new Jdk17DoubleText().write(value, to, 0);
        return new String(to, 0, end, StandardCharsets.ISO_8859_1);
    }

    /**
     * Writes the text of {@code value} as ASCII at {@code to[at]} (room for {@link #MAX_LENGTH}
     * bytes needed) and returns the index after its last byte.
     */
    public int write(double value, byte[] to, int at) {
        long bits = Double.doubleToRawLongBits(value);
        boolean negative = bits < 0;
        long fraction = bits & SIGNIFICAND_MASK;
        int binaryExponent = (int) ((bits & EXP_MASK) >> EXP_SHIFT);
        if (binaryExponent == (int) (EXP_MASK >> EXP_SHIFT)) {
            return copy(fraction != 0 ? NAN : negative ? NEGATIVE_INFINITY : INFINITY, to, at);
        }
        int significantBits;
        if (binaryExponent == 0) {
            if (fraction == 0) {
                return copy(negative ? NEGATIVE_ZERO : ZERO, to, at);
            }
            int leadingZeros = Long.numberOfLeadingZeros(fraction);
            int shift = leadingZeros - (63 - EXP_SHIFT);
            fraction <<= shift;
            binaryExponent = 1 - shift;
            significantBits = 64 - leadingZeros;
        } else {
            fraction |= FRACT_HOB;
            significantBits = EXP_SHIFT + 1;
        }
        generate(binaryExponent - EXP_BIAS, fraction, significantBits);
        if (negative) {
            to[at++] = '-';
        }
        return layOut(to, at);
    }

    private static int copy(byte[] text, byte[] to, int at) {
        System.arraycopy(text, 0, to, at, text.length);
        return at + text.length;
    }

    /** The digits and decimal exponent of fraction·2^(binaryExponent−52), fraction normalised. */
    private void generate(int binaryExponent, long fraction, int significantBits) {
        int tailZeros = Long.numberOfTrailingZeros(fraction);
        int fractionBits = EXP_SHIFT + 1 - tailZeros;
        int tinyBits = Math.max(0, fractionBits - binaryExponent - 1);
        if (tinyBits == 0 && binaryExponent <= MAX_SMALL_BIN_EXP && binaryExponent >= MIN_SMALL_BIN_EXP) {
            int insignificant = binaryExponent > significantBits
                    ? insignificantDigitsForPow2(binaryExponent - significantBits - 1) : 0;
            long integer = binaryExponent >= EXP_SHIFT
                    ? fraction << (binaryExponent - EXP_SHIFT) : fraction >>> (EXP_SHIFT - binaryExponent);
            integerDigits(integer, insignificant);
            return;
        }
        int estimate = estimateDecimalExponent(fraction, binaryExponent);
        int b5 = Math.max(0, -estimate);
        int b2 = b5 + tinyBits + binaryExponent;
        int s5 = Math.max(0, estimate);
        int s2 = s5 + tinyBits;
        int m5 = b5;
        int m2 = b2 - significantBits;

        fraction >>>= tailZeros;
        b2 -= fractionBits - 1;
        int common2 = Math.min(b2, s2);
        b2 -= common2;
        s2 -= common2;
        m2 -= common2;
        if (fractionBits == 1) {
            m2 -= 1; // JDK 17 halves M at a power of two, then tests symmetrically
        }
        if (m2 < 0) {
            b2 -= m2;
            s2 -= m2;
            m2 = 0;
        }
        int bBits = fractionBits + b2 + (b5 < N_5_BITS.length ? N_5_BITS[b5] : b5 * 3);
        int tenSBits = s2 + 1 + (s5 + 1 < N_5_BITS.length ? N_5_BITS[s5 + 1] : (s5 + 1) * 3);
        // JDK 17 has an int version of the long loop for B and 10·S below 2^31; no double takes it,
        // as B keeps at least the 53 significant bits (subnormals: 5^307 and more).
        if (bBits < 64 && tenSBits < 64) {
            longDigits(estimate, fraction * LONG_5_POW[b5] << b2, LONG_5_POW[s5] << s2, LONG_5_POW[m5] << m2);
        } else if (fitsWide(fraction, b5, b2, s5, s2, m5, m2)) {
            wideDigits(estimate, fraction, b5, b2, s2, m5, m2);
        } else {
            bigDigits(estimate, fraction, b5, b2, s5, s2, m5, m2);
        }
    }

    /** An integer's digits, its last {@code insignificant} rounded off, trailing zeros dropped. */
    private void integerDigits(long value, int insignificant) {
        int exponent = 0;
        if (insignificant != 0) {
            long pow10 = LONG_5_POW[insignificant] << insignificant;
            long residue = value % pow10;
            value /= pow10;
            exponent += insignificant;
            if (residue >= (pow10 >> 1)) {
                value++;
            }
        }
        int at = DIGIT_CAPACITY - 1;
        int digit = (int) (value % 10);
        value /= 10;
        while (digit == 0) {
            exponent++;
            digit = (int) (value % 10);
            value /= 10;
        }
        while (value != 0) {
            digits[at--] = (byte) ('0' + digit);
            exponent++;
            digit = (int) (value % 10);
            value /= 10;
        }
        digits[at] = (byte) ('0' + digit);
        decimalExponent = exponent + 1;
        firstDigit = at;
        digitCount = DIGIT_CAPACITY - at;
    }

    /**
     * The digit loop in long arithmetic; M's overflow stops it at once, as in JDK 17. Each digit is
     * B / S and B % S exactly, found with S's reciprocal ({@link #quotient}) rather than a 64-bit
     * division per digit: the division was most of a long number's time (one per digit, 17 digits).
     */
    private void longDigits(int estimate, long b, long s, long m) {
        long tens = s * 10L;
        long inverse = Long.divideUnsigned(-1L, s);
        int q = quotient(b, s, inverse);
        b = 10L * (b - q * s);
        m *= 10L;
        boolean low = b < m;
        boolean high = b + m > tens;
        estimate = firstDigit(estimate, q, high);
        if (eForm(estimate)) {
            low = false; // E-form shows two digits at least: go on
            high = false;
        }
        while (!low && !high) {
            q = quotient(b, s, inverse);
            b = 10 * (b - q * s);
            m *= 10;
            if (m > 0L) {
                low = b < m;
                high = b + m > tens;
            } else {
                low = true;
                high = true;
            }
            digits[digitCount++] = (byte) ('0' + q);
        }
        finish(estimate, low, high, Long.signum((b << 1) - tens));
    }

    /**
     * {@code b / s} for 0 ≤ b < 2^63 and s > 0, given {@code inverse} = ⌊(2^64 − 1) / s⌋ (unsigned):
     * the high half of b · inverse is the quotient or one less (b · inverse / 2^64 lies in
     * (b / s − 1, b / s]), and one comparison of the remainder settles which.
     */
    static int quotient(long b, long s, long inverse) {
        long q = Math.multiplyHigh(b, inverse) + ((inverse >> 63) & b); // unsigned high half, b ≥ 0
        return (int) (b - q * s >= s ? q + 1 : q);
    }

    /** Whether B, 10·M and 10·S stay below 2^WIDE_BITS with S a power of two (a small value's case). */
    private static boolean fitsWide(long fraction, int b5, int b2, int s5, int s2, int m5, int m2) {
        if (s5 != 0 || m5 + 1 >= LONG_5_POW.length) {
            return false;
        }
        int bBits = bitLength(fraction) + bitLength(LONG_5_POW[b5]) + b2;
        int mBits = bitLength(LONG_5_POW[m5 + 1]) + m2 + 1;
        return bBits <= WIDE_BITS && mBits <= WIDE_BITS && s2 + 4 <= WIDE_BITS;
    }

    private static int bitLength(long value) {
        return 64 - Long.numberOfLeadingZeros(value);
    }

    /**
     * {@link #bigDigits} where S is 2^s2 and the numbers fit two longs: what a small value such as
     * a transfer coefficient of 10^-5 needs, without a BigInteger per step. Below 2^118 every
     * product by ten and every sum stays below 2^127 (in the loop M < 10·S), so the high halves
     * are never negative and compare as signed longs, the low halves as unsigned.
     */
    private void wideDigits(int estimate, long fraction, int b5, int b2, int s2, int m5, int m2) {
        long five = LONG_5_POW[b5];
        long bh = shiftedHigh(Math.multiplyHigh(fraction, five), fraction * five, b2);
        long bl = shiftedLow(fraction * five, b2);
        long mh = shiftedHigh(0, LONG_5_POW[m5 + 1], m2 + 1);
        long ml = shiftedLow(LONG_5_POW[m5 + 1], m2 + 1);
        long th = shiftedHigh(0, 5, s2 + 1);
        long tl = shiftedLow(5, s2 + 1);
        int q = (int) (s2 < 64 ? (bl >>> s2) | (s2 == 0 ? 0 : bh << (64 - s2)) : bh >>> (s2 - 64));
        if (s2 < 64) {
            bh = 0;
            bl &= (1L << s2) - 1;
        } else {
            bh &= (1L << (s2 - 64)) - 1;
        }
        long carry = Math.multiplyHigh(bl, 10) + ((bl >> 63) & 10);
        bh = bh * 10 + carry;
        bl *= 10;
        boolean low = less(bh, bl, mh, ml);
        boolean high = !sumLess(bh, bl, mh, ml, th, tl);
        estimate = firstDigit(estimate, q, high);
        if (eForm(estimate)) {
            low = false; // E-form shows two digits at least: go on
            high = false;
        }
        while (!low && !high) {
            q = (int) (s2 < 64 ? (bl >>> s2) | (s2 == 0 ? 0 : bh << (64 - s2)) : bh >>> (s2 - 64));
            if (s2 < 64) {
                bh = 0;
                bl &= (1L << s2) - 1;
            } else {
                bh &= (1L << (s2 - 64)) - 1;
            }
            carry = Math.multiplyHigh(bl, 10) + ((bl >> 63) & 10);
            bh = bh * 10 + carry;
            bl *= 10;
            carry = Math.multiplyHigh(ml, 10) + ((ml >> 63) & 10);
            mh = mh * 10 + carry;
            ml *= 10;
            low = less(bh, bl, mh, ml);
            high = !sumLess(bh, bl, mh, ml, th, tl);
            digits[digitCount++] = (byte) ('0' + q);
        }
        int lowDigitDifference = 0;
        if (high && low) {
            long dh = bh << 1 | bl >>> 63;
            long dl = bl << 1;
            lowDigitDifference = less(dh, dl, th, tl) ? -1 : dh == th && dl == tl ? 0 : 1;
        }
        finish(estimate, low, high, lowDigitDifference);
    }

    /** The high half of (high, low) · 2^n, n below 128, the result below 2^127. */
    private static long shiftedHigh(long high, long low, int n) {
        if (n == 0) {
            return high;
        }
        return n < 64 ? high << n | low >>> (64 - n) : low << (n - 64);
    }

    private static long shiftedLow(long low, int n) {
        return n < 64 ? low << n : 0;
    }

    private static boolean less(long ah, long al, long bh, long bl) {
        return ah != bh ? ah < bh : Long.compareUnsigned(al, bl) < 0;
    }

    /** (a + b) < c, all three below 2^127. */
    private static boolean sumLess(long ah, long al, long bh, long bl, long ch, long cl) {
        long sl = al + bl;
        long sh = ah + bh + (Long.compareUnsigned(sl, al) < 0 ? 1 : 0);
        return less(sh, sl, ch, cl);
    }

    /** The digit loop on big integers; here "high" includes equality, as in JDK 17. */
    private void bigDigits(int estimate, long fraction, int b5, int b2, int s5, int s2, int m5, int m2) {
        BigInteger s = powers(s5, s2);
        BigInteger b = BigInteger.valueOf(fraction).multiply(powers(b5, b2));
        BigInteger m = powers(m5 + 1, m2 + 1);
        BigInteger tens = powers(s5 + 1, s2 + 1);
        BigInteger[] step = b.divideAndRemainder(s);
        int q = step[0].intValueExact();
        b = step[1].multiply(BigInteger.TEN);
        boolean low = b.compareTo(m) < 0;
        boolean high = b.add(m).compareTo(tens) >= 0;
        estimate = firstDigit(estimate, q, high);
        if (eForm(estimate)) {
            low = false; // E-form shows two digits at least: go on
            high = false;
        }
        while (!low && !high) {
            step = b.divideAndRemainder(s);
            q = step[0].intValueExact();
            b = step[1].multiply(BigInteger.TEN);
            m = m.multiply(BigInteger.TEN);
            low = b.compareTo(m) < 0;
            high = b.add(m).compareTo(tens) >= 0;
            digits[digitCount++] = (byte) ('0' + q);
        }
        int lowDigitDifference = high && low ? b.shiftLeft(1).compareTo(tens) : 0;
        finish(estimate, low, high, lowDigitDifference);
    }

    private static BigInteger powers(int fives, int twos) {
        return FivePowers.of(fives).shiftLeft(twos);
    }

    /** 5^i for the big-integer path, made on its first use (JDK 17 keeps such a table too). */
    private static final class FivePowers {
        /** Beyond every exponent a double needs (5^343 for the smallest subnormal's M, plus one). */
        private static final BigInteger[] TABLE = table(360);

        static BigInteger of(int i) {
            return i < TABLE.length ? TABLE[i] : BigInteger.valueOf(5).pow(i);
        }

        private static BigInteger[] table(int n) {
            BigInteger[] table = new BigInteger[n];
            table[0] = BigInteger.ONE;
            for (int i = 1; i < n; i++) {
                table[i] = table[i - 1].multiply(BigInteger.valueOf(5));
            }
            return table;
        }
    }

    /** Records the digits and rounds the last one up as the stopping test says. */
    /**
     * Keeps the first quotient as the first digit, and returns the estimate; a leading zero (the
     * estimate was one too high) is dropped and the estimate lowered, unless already high.
     */
    private int firstDigit(int estimate, int q, boolean high) {
        firstDigit = 0;
        digitCount = 0;
        if (q == 0 && !high) {
            return estimate - 1;
        }
        digits[digitCount++] = (byte) ('0' + q);
        return estimate;
    }

    /** Whether the value prints in E-form, where JDK 17 always shows two digits. */
    private static boolean eForm(int estimate) {
        return estimate < -3 || estimate >= 8;
    }

    private void finish(int estimate, boolean low, boolean high, int lowDigitDifference) {
        decimalExponent = estimate + 1;
        if (high && (!low || lowDigitDifference > 0
                || lowDigitDifference == 0 && (digits[digitCount - 1] & 1) != 0)) {
            roundUp();
        }
    }

    private void roundUp() {
        int i = firstDigit + digitCount - 1;
        byte q = digits[i];
        if (q == '9') {
            while (q == '9' && i > firstDigit) {
                digits[i] = '0';
                q = digits[--i];
            }
            if (q == '9') {
                decimalExponent += 1;
                digits[firstDigit] = '1';
                return;
            }
        }
        digits[i] = (byte) (q + 1);
    }

    /** JDK 17's layout: plain for 10^-3 ≤ |value| < 10^7, else E-form, always a digit after the point. */
    private int layOut(byte[] to, int at) {
        if (decimalExponent > 0 && decimalExponent < 8) {
            int whole = Math.min(digitCount, decimalExponent);
            System.arraycopy(digits, firstDigit, to, at, whole);
            at += whole;
            if (whole < decimalExponent) {
                for (int i = whole; i < decimalExponent; i++) {
                    to[at++] = '0';
                }
                to[at++] = '.';
                to[at++] = '0';
            } else {
                to[at++] = '.';
                if (whole < digitCount) {
                    System.arraycopy(digits, firstDigit + whole, to, at, digitCount - whole);
                    at += digitCount - whole;
                } else {
                    to[at++] = '0';
                }
            }
        } else if (decimalExponent <= 0 && decimalExponent > -3) {
            to[at++] = '0';
            to[at++] = '.';
            for (int i = decimalExponent; i < 0; i++) {
                to[at++] = '0';
            }
            System.arraycopy(digits, firstDigit, to, at, digitCount);
            at += digitCount;
        } else {
            to[at++] = digits[firstDigit];
            to[at++] = '.';
            if (digitCount > 1) {
                System.arraycopy(digits, firstDigit + 1, to, at, digitCount - 1);
                at += digitCount - 1;
            } else {
                to[at++] = '0';
            }
            to[at++] = 'E';
            int e;
            if (decimalExponent <= 0) {
                to[at++] = '-';
                e = -decimalExponent + 1;
            } else {
                e = decimalExponent - 1;
            }
            if (e >= 100) {
                to[at++] = (byte) ('0' + e / 100);
                e %= 100;
                to[at++] = (byte) ('0' + e / 10);
            } else if (e >= 10) {
                to[at++] = (byte) ('0' + e / 10);
            }
            to[at++] = (byte) ('0' + e % 10);
        }
        return at;
    }

    /**
     * JDK 17's estimate of floor(log10(value)) from a linear fit of log10 on [1, 2), computed in
     * the same double arithmetic so that it errs where JDK 17's errs (at most one too high).
     */
    static int estimateDecimalExponent(long fraction, int binaryExponent) {
        double d2 = Double.longBitsToDouble(EXP_ONE | (fraction & SIGNIFICAND_MASK));
        double d = (d2 - 1.5D) * 0.289529654D + 0.176091259 + (double) binaryExponent * 0.301029995663981;
        long dBits = Double.doubleToRawLongBits(d);
        int exponent = (int) ((dBits & EXP_MASK) >> EXP_SHIFT) - EXP_BIAS;
        boolean negative = dBits < 0;
        if (exponent >= 0 && exponent < 52) {
            long mask = SIGNIFICAND_MASK >> exponent;
            int r = (int) (((dBits & SIGNIFICAND_MASK) | FRACT_HOB) >> (EXP_SHIFT - exponent));
            return negative ? ((mask & dBits) == 0L ? -r : -r - 1) : r;
        } else if (exponent < 0) {
            return (dBits & Long.MAX_VALUE) == 0 ? 0 : negative ? -1 : 0;
        } else {
            return (int) d;
        }
    }

    private static int insignificantDigitsForPow2(int p2) {
        return p2 > 1 && p2 < INSIGNIFICANT_DIGITS_FOR_POW2.length ? INSIGNIFICANT_DIGITS_FOR_POW2[p2] : 0;
    }

    private static long[] longPowersOfFive(int n) {
        long[] powers = new long[n];
        powers[0] = 1;
        for (int i = 1; i < n; i++) {
            powers[i] = powers[i - 1] * 5;
        }
        return powers;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
