package org.airshed.market.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Conversions between decimal quantities and {@code long} counts of 10⁻ᵈ of their unit. */
final class FixedPoint {
    private FixedPoint() {
    }

    /**
     * The count of 10^-decimals units nearest to {@code value}, ties to even. The double is read
     * as the decimal it prints as (BigDecimal.valueOf), so 0.0025 t is exactly half a kilogram
     * over 0.002 t and rounds to 0.002 t, as it would by hand.
     */
    static long toUnits(double value, int decimals, String what) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " must be finite; got " + value);
        }
        BigDecimal scaled = BigDecimal.valueOf(value).movePointRight(decimals).setScale(0, RoundingMode.HALF_EVEN);
        return exact(scaled, value, what);
    }

    /** The exact count of 10^-decimals units in {@code value}; more decimals than that are an error. */
    static long toUnitsExact(BigDecimal value, int decimals, String what) {
        if (value == null) {
            throw new IllegalArgumentException(what + " must not be null");
        }
        BigDecimal scaled = value.movePointRight(decimals);
        if (scaled.signum() != 0 && scaled.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException(what + " " + value.toPlainString() + " has more than " + decimals
                    + " decimals");
        }
        return exact(scaled.setScale(0, RoundingMode.UNNECESSARY), value.toPlainString(), what);
    }

    static BigDecimal toDecimal(long units, int decimals) {
        return BigDecimal.valueOf(units, decimals);
    }

    private static long exact(BigDecimal scaled, Object value, String what) {
        try {
            return scaled.longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(what + " " + value + " is beyond the range of a long count of units ("
                    + Long.MIN_VALUE + " to " + Long.MAX_VALUE + ")", e);
        }
    }
}
