package org.airshed.market.ledger;

import java.math.BigDecimal;

/**
 * Permit amounts: {@code long} counts of 1/1000 of the scenario's mass unit (kilograms when the
 * mass unit is the tonne).
 * The ledger holds only these counts, so sums are exact; conversion from {@code double} rounds
 * half to even once, where a real-valued quantity enters.
 */
public final class PermitUnits {
    /** Decimal places of the unit: one ledger unit is 10^-{@value #DECIMALS} mass units (e.g. tonnes). */
    public static final int DECIMALS = 3;
    /** Ledger units in one mass unit. */
    public static final long PER_UNIT = 1000;

    private PermitUnits() {
    }

    /**
     * The ledger units nearest to {@code amount} mass units (e.g. tonnes), ties to even, reading
     * the double as the decimal it prints as. Rejects NaN, infinities and amounts beyond a {@code long} of units,
     * with the value in the message.
     */
    public static long of(double amount) {
        return FixedPoint.toUnits(amount, DECIMALS, "permit amount");
    }

    /** The exact ledger units of {@code amount}; more than {@value #DECIMALS} decimals is an error. */
    public static long ofExact(BigDecimal amount) {
        return FixedPoint.toUnitsExact(amount, DECIMALS, "permit amount");
    }

    /** {@code units} as an exact decimal in mass units (e.g. tonnes), with {@value #DECIMALS} decimals. */
    public static BigDecimal toDecimal(long units) {
        return FixedPoint.toDecimal(units, DECIMALS);
    }

    /** {@code units} as plain text with {@value #DECIMALS} decimals, never in exponent notation. */
    public static String toPlainString(long units) {
        return toDecimal(units).toPlainString();
    }

    /**
     * The double nearest to {@code units} in mass units (e.g. tonnes); {@link #of(double)} takes it back to
     * {@code units} whenever |units| &lt; 10¹⁵.
     */
    public static double toDouble(long units) {
        return toDecimal(units).doubleValue();
    }
}
