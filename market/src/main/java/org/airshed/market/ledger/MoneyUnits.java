package org.airshed.market.ledger;

import java.math.BigDecimal;

/**
 * Money amounts: {@code long} counts of 1/100 of the money unit (fen when the money unit is the
 * yuan, cents for dollars).
 * The ledger holds only these counts, so sums are exact; conversion from {@code double} rounds
 * half to even once, where a real-valued quantity enters.
 */
public final class MoneyUnits {
    /** Decimal places of the unit: one ledger unit is 10^-{@value #DECIMALS} money units (e.g. yuan). */
    public static final int DECIMALS = 2;
    /** Ledger units in one money unit. */
    public static final long PER_UNIT = 100;

    private MoneyUnits() {
    }

    /**
     * The ledger units nearest to {@code amount} money units (e.g. yuan), ties to even, reading
     * the double as the decimal it prints as. Rejects NaN, infinities and amounts beyond a {@code long} of units,
     * with the value in the message.
     */
    public static long of(double amount) {
        return FixedPoint.toUnits(amount, DECIMALS, "money amount");
    }

    /** The exact ledger units of {@code amount}; more than {@value #DECIMALS} decimals is an error. */
    public static long ofExact(BigDecimal amount) {
        return FixedPoint.toUnitsExact(amount, DECIMALS, "money amount");
    }

    /** {@code units} as an exact decimal in money units (e.g. yuan), with {@value #DECIMALS} decimals. */
    public static BigDecimal toDecimal(long units) {
        return FixedPoint.toDecimal(units, DECIMALS);
    }

    /** {@code units} as plain text with {@value #DECIMALS} decimals, never in exponent notation. */
    public static String toPlainString(long units) {
        return toDecimal(units).toPlainString();
    }

    /**
     * The double nearest to {@code units} in money units (e.g. yuan); {@link #of(double)} takes it back to
     * {@code units} whenever |units| &lt; 10¹⁵.
     */
    public static double toDouble(long units) {
        return toDecimal(units).doubleValue();
    }
}
