package org.airshed.market.ledger;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * The market's exact scales: every amount the ledger, the auction and the order book hold is a
 * {@code long} count of one quantum, so sums are exact. A real-valued quantity becomes a count
 * once, where it enters, and the name of the conversion says how it rounds: {@link #of} to the
 * nearest count (ties to even), {@link #floor} down, {@link #ceil} up. A double is read as the
 * decimal it prints as (0.0025 t is exactly half a kilogram over 0.002 t and rounds to 0.002 t, as
 * by hand); a fast path gives the same answer as that decimal reading ({@link #ofReference}).
 */
public enum Quantum {
    /** Permits: 1/1000 of the scenario's mass unit (a kilogram when the unit is the tonne). */
    PERMIT(3, "permit amount"),
    /** Money: 1/100 of the money unit (a fen when it is the yuan, a cent for dollars). */
    MONEY(2, "money amount"),
    /** Prices: 1/100 of the money unit per mass unit (a fen per tonne), as bids and orders carry them. */
    PRICE(2, "price"),
    /** A price times a quantity, exactly: 1/100,000 of the money unit ({@link #revenue}). */
    REVENUE(5, "revenue");

    /** Scaled values below this magnitude carry an error far below {@link #TIE_WINDOW}: the fast path applies. */
    private static final double FAST_LIMIT = 0x1p40;
    /** How near a rounding boundary a scaled double must come before the decimal reading decides. */
    private static final double TIE_WINDOW = 1e-3;
    private static final double LONG_LIMIT = 0x1p63;
    /** MONEY counts per REVENUE count: 10^(5 − 2). */
    private static final long REVENUE_PER_MONEY = 1000;

    private final int decimals;
    private final long perUnit;
    private final double scale;
    private final String what;

    Quantum(int decimals, String what) {
        this.decimals = decimals;
        this.perUnit = BigInteger.TEN.pow(decimals).longValueExact();
        this.scale = perUnit;
        this.what = what;
    }

    /** Decimal places of the quantum: one count is 10^-decimals of the unit. */
    public int decimals() {
        return decimals;
    }

    /** Counts in one unit (1000 for permits, 100 for money and prices). */
    public long perUnit() {
        return perUnit;
    }

    /** The quantum itself in the unit (0.001 for permits): the resolution of every amount. */
    public double size() {
        return 1.0 / scale;
    }

    /** The count nearest to {@code value} units, ties to even; rejects NaN, infinities and counts beyond a long. */
    public long of(double value) {
        return convert(value, RoundingMode.HALF_EVEN);
    }

    /** The largest count not above {@code value} units: permits issued for a cap never exceed it. */
    public long floor(double value) {
        return convert(value, RoundingMode.FLOOR);
    }

    /** The smallest count not below {@code value} units: an ask that never sells at a loss. */
    public long ceil(double value) {
        return convert(value, RoundingMode.CEILING);
    }

    /** The plain definition the fast path must agree with: the double's decimal, rounded by {@code mode}. */
    long ofReference(double value, RoundingMode mode) {
        requireFinite(value);
        return exact(BigDecimal.valueOf(value).movePointRight(decimals).setScale(0, mode), value);
    }

    /** The exact count in {@code value}; more decimals than the quantum has are an error. */
    public long ofExact(BigDecimal value) {
        if (value == null) {
            throw new IllegalArgumentException(what + " must not be null");
        }
        BigDecimal scaled = value.movePointRight(decimals);
        if (scaled.signum() != 0 && scaled.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException(what + " " + value.toPlainString() + " has more than " + decimals
                    + " decimals");
        }
        return exact(scaled.setScale(0, RoundingMode.UNNECESSARY), value.toPlainString());
    }

    /** {@code count} as an exact decimal in units, with {@link #decimals()} places. */
    public BigDecimal toDecimal(long count) {
        return BigDecimal.valueOf(count, decimals);
    }

    /** An exact total of counts as a decimal in units. */
    public BigDecimal toDecimal(BigInteger count) {
        return new BigDecimal(count, decimals);
    }

    /** {@code count} as plain text with {@link #decimals()} places, never in exponent notation. */
    public String toPlainString(long count) {
        return toDecimal(count).toPlainString();
    }

    /** The double nearest to {@code count} in units; {@link #of} takes it back whenever |count| &lt; 10¹⁵. */
    public double toDouble(long count) {
        // Both operands are exact below 2^53, and IEEE division rounds the quotient correctly.
        return Math.abs(count) < (1L << 53) ? count / scale : toDecimal(count).doubleValue();
    }

    /** Exact REVENUE counts of {@code quantity} PERMIT counts at {@code price} PRICE counts. */
    public static long revenue(long price, long quantity) {
        try {
            return Math.multiplyExact(price, quantity);
        } catch (ArithmeticException e) {
            throw new ArithmeticException("revenue of price " + price + " x quantity " + quantity
                    + " counts overflows a long");
        }
    }

    /** MONEY counts of {@code quantity} PERMIT counts at {@code price} PRICE counts, rounded half to even once. */
    public static long payment(long price, long quantity) {
        long revenue = revenue(price, quantity);
        long whole = Math.floorDiv(revenue, REVENUE_PER_MONEY);
        long rest = Math.floorMod(revenue, REVENUE_PER_MONEY);
        boolean up = rest * 2 > REVENUE_PER_MONEY || (rest * 2 == REVENUE_PER_MONEY && (whole & 1) == 1);
        return up ? whole + 1 : whole;
    }

    private long convert(double value, RoundingMode mode) {
        requireFinite(value);
        double scaled = value * scale;
        if (Math.abs(scaled) < FAST_LIMIT) {
            double below = Math.floor(scaled);
            double fraction = scaled - below;
            switch (mode) {
                case HALF_EVEN -> {
                    if (Math.abs(fraction - 0.5) > TIE_WINDOW) {
                        return (long) (fraction < 0.5 ? below : below + 1);
                    }
                }
                case FLOOR -> {
                    if (fraction > TIE_WINDOW && fraction < 1 - TIE_WINDOW) {
                        return (long) below;
                    }
                }
                case CEILING -> {
                    if (fraction > TIE_WINDOW && fraction < 1 - TIE_WINDOW) {
                        return (long) below + 1;
                    }
                }
                default -> throw new IllegalArgumentException("rounding mode " + mode + " is not one of the market's");
            }
        }
        if (Math.abs(scaled) >= LONG_LIMIT * 2) {
            throw outOfRange(value);
        }
        return ofReference(value, mode);
    }

    private void requireFinite(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " must be finite; got " + value);
        }
    }

    private long exact(BigDecimal scaled, Object value) {
        try {
            return scaled.longValueExact();
        } catch (ArithmeticException e) {
            throw outOfRange(value);
        }
    }

    private IllegalArgumentException outOfRange(Object value) {
        return new IllegalArgumentException(what + " " + value + " is beyond the range of a long count of "
                + toPlainString(1) + " (" + Long.MIN_VALUE + " to " + Long.MAX_VALUE + " counts)");
    }
}
