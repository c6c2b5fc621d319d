package org.airshed.market.trading;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Compounding at a rate r per period, exact in decimal: r is the shortest decimal that reads back
 * as the double given (0.05 as written, not the binary 0.05000000000000000277…), (1 + r)^t is
 * computed exactly, and every amount grown or discounted is the double nearest its exact value
 * (rounded once, half even), so 23 grown one period at 5 % is 24.15, not 24.150000000000002.
 *
 * <p>(1 + r)^t has t times as many decimals as r, so each call costs time growing with t; paths of
 * periods are short.
 */
public final class CompoundGrowth {
    private final BigDecimal base;

    private CompoundGrowth(BigDecimal base) {
        this.base = base;
    }

    /**
     * @param rate r ≥ 0 per period, finite
     * @throws IllegalArgumentException if the rate is negative, NaN or infinite
     */
    public static CompoundGrowth of(double rate) {
        if (!Double.isFinite(rate) || rate < 0) {
            throw new IllegalArgumentException("growth rate must be finite and ≥ 0, got " + rate);
        }
        return new CompoundGrowth(BigDecimal.ONE.add(shortestDecimal(rate)));
    }

    /**
     * The decimal of fewest significant digits (the nearest of them) that reads back as x: what was
     * written. Not Double.toString, whose digits JDK 17 does not always make shortest and JDK 19 changed.
     */
    static BigDecimal shortestDecimal(double x) {
        BigDecimal exact = new BigDecimal(x);
        for (int digits = 1; digits < 17; digits++) {
            BigDecimal d = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            if (d.doubleValue() == x) {
                return d;
            }
        }
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN));
    }

    /** (1 + r)^t, exact. */
    public BigDecimal factor(int t) {
        if (t < 0) {
            throw new IllegalArgumentException("period must be ≥ 0, got " + t);
        }
        return base.pow(t);
    }

    /** The double nearest amount · (1 + r)^t: a price or value carried t periods forward. */
    public double grow(double amount, int t) {
        if (t == 0 || !Double.isFinite(amount)) {
            return amount;
        }
        BigDecimal exact = new BigDecimal(amount).multiply(factor(t));
        return exact.scale() <= 0 ? nearest(exact.toBigIntegerExact(), BigInteger.ONE)
                : nearest(exact.unscaledValue(), BigInteger.TEN.pow(exact.scale()));
    }

    /** The double nearest amount / (1 + r)^t: a period-t amount in period-0 money. */
    public double discount(double amount, int t) {
        if (t == 0 || !Double.isFinite(amount)) {
            return amount;
        }
        BigDecimal a = new BigDecimal(amount);
        BigDecimal f = factor(t);
        // a / f = unscaled(a) · 10^(scale(f) − scale(a)) / unscaled(f): the power of ten goes where it is whole.
        int tens = f.scale() - a.scale();
        BigInteger numerator = tens >= 0 ? a.unscaledValue().multiply(BigInteger.TEN.pow(tens)) : a.unscaledValue();
        BigInteger denominator = tens >= 0 ? f.unscaledValue() : f.unscaledValue().multiply(BigInteger.TEN.pow(-tens));
        return nearest(numerator, denominator);
    }

    /**
     * The double nearest numerator / denominator (denominator &gt; 0), ties to even; exact for every
     * normal result (a subnormal one may be a step off).
     */
    static double nearest(BigInteger numerator, BigInteger denominator) {
        if (denominator.signum() <= 0) {
            throw new IllegalArgumentException("denominator must be > 0, got " + denominator);
        }
        if (numerator.signum() == 0) {
            return 0;
        }
        BigInteger n = numerator.abs();
        // Scale so the integer quotient has 55 or 56 bits: two or more below the 53 a double keeps.
        int shift = 55 - (n.bitLength() - denominator.bitLength());
        BigInteger[] qr = shift >= 0 ? n.shiftLeft(shift).divideAndRemainder(denominator)
                : n.divideAndRemainder(denominator.shiftLeft(-shift));
        BigInteger q = qr[0];
        if (qr[1].signum() != 0) {
            // A sticky bit below the rounding bit: the remainder breaks what would look like a tie.
            q = q.setBit(0);
        }
        double magnitude = Math.scalb(q.doubleValue(), -shift);
        return numerator.signum() < 0 ? -magnitude : magnitude;
    }
}
