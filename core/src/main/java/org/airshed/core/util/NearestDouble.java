package org.airshed.core.util;

import java.math.BigInteger;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * The double nearest to an exact rational, ties to even: rounded once. ({@link BigFraction#doubleValue}
 * divides two doubles, which rounds twice.) The quotient is taken to 55 or 56 bits and the remainder
 * folded into its lowest bit, below the bit that decides the rounding, so that Java's conversion of
 * the long, itself correctly rounded, sees whether anything lay beyond.
 */
public final class NearestDouble {
    private NearestDouble() {
    }

    /** For a value in the normal range of doubles or 0 (prices: never subnormal). */
    public static double of(BigFraction value) {
        int sign = value.getNumerator().signum() * value.getDenominator().signum();
        if (sign == 0) {
            return 0;
        }
        BigInteger num = value.getNumerator().abs();
        BigInteger den = value.getDenominator().abs();
        int shift = 55 - (num.bitLength() - den.bitLength());
        BigInteger scaledNum = shift >= 0 ? num.shiftLeft(shift) : num;
        BigInteger scaledDen = shift >= 0 ? den : den.shiftLeft(-shift);
        BigInteger[] qr = scaledNum.divideAndRemainder(scaledDen);
        long q = qr[0].longValueExact();
        if (qr[1].signum() != 0) {
            q |= 1;
        }
        return sign * Math.scalb((double) q, -shift);
    }
}
