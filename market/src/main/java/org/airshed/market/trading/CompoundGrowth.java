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
 * <p>(1 + r)^t = N^t / 10^(d·t) for 1 + r = N / 10^d, kept as the two integers and carried from one
 * period to the next, so period t costs work in proportion to its t·d digits: paths of periods are
 * short (benchmarks/README.md, "Exact banking prices").
 */
public final class CompoundGrowth {
    /** 1 + r = numerator / 10^decimals. */
    private final BigInteger numerator;
    private final BigInteger tenToDecimals;

    private CompoundGrowth(BigDecimal onePlusRate) {
        this.numerator = onePlusRate.unscaledValue();
        this.tenToDecimals = BigInteger.TEN.pow(onePlusRate.scale());
    }

    /**
     * @param rate r ≥ 0 per period, finite
     * @throws IllegalArgumentException if the rate is negative, NaN or infinite
     */
    public static CompoundGrowth of(double rate) {
        if (!Double.isFinite(rate) || rate < 0) {
            throw new IllegalArgumentException("growth rate must be finite and ≥ 0, got " + rate);
        }
        // 1 + r has scale ≥ 0 (that of 1), so its unscaled value over 10^scale is the fraction.
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

    /**
     * Element t (0 … periods−1): the double nearest value · (1 + r)^(t − j), a price of period j carried
     * to every period (exactly: element j is value rounded once).
     *
     * @param value an exact value: {@link #shortestDecimal} of a price as written, or a computed double's own
     * @param j     its period, 0 ≤ j &lt; periods
     */
    public double[] path(BigDecimal value, int j, int periods) {
        if (j < 0 || j >= periods) {
            throw new IllegalArgumentException("period " + j + " outside 0.." + (periods - 1));
        }
        // value = units / scale, both integers.
        BigInteger units = value.unscaledValue();
        BigInteger scale = BigInteger.ONE;
        if (value.scale() >= 0) {
            scale = BigInteger.TEN.pow(value.scale());
        } else {
            units = units.multiply(BigInteger.TEN.pow(-value.scale()));
        }
        double[] out = new double[periods];
        BigInteger up = BigInteger.ONE;
        BigInteger down = BigInteger.ONE;
        for (int k = 0; j + k < periods || j - k >= 0; k++) {
            if (j + k < periods) {
                out[j + k] = nearest(units.multiply(up), scale.multiply(down));
            }
            if (k > 0 && j - k >= 0) {
                out[j - k] = nearest(units.multiply(down), scale.multiply(up));
            }
            up = up.multiply(numerator);
            down = down.multiply(tenToDecimals);
        }
        return out;
    }

    /** Element t: the double nearest amounts[t] / (1 + r)^t (period-t amounts in period-0 money). */
    public double[] discount(double... amounts) {
        double[] out = new double[amounts.length];
        BigInteger up = BigInteger.ONE;
        BigInteger down = BigInteger.ONE;
        for (int t = 0; t < amounts.length; t++) {
            double amount = amounts[t];
            if (t == 0 || amount == 0 || !Double.isFinite(amount)) {
                out[t] = amount;
            } else {
                // A double's exact decimal has scale ≥ 0: amount = unscaled / 10^scale.
                BigDecimal exact = new BigDecimal(amount);
                out[t] = nearest(exact.unscaledValue().multiply(down), BigInteger.TEN.pow(exact.scale()).multiply(up));
            }
            up = up.multiply(numerator);
            down = down.multiply(tenToDecimals);
        }
        return out;
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
