package org.airshed.market.auction;

import org.airshed.market.ledger.PermitUnits;

/**
 * The fixed-point scales of the market's {@code long} amounts, kept in one place so they can be
 * reconciled with the ledger's.
 * <ul>
 *   <li>quantity: 1 tick = 1/1000 of the scenario's mass unit (1 kg when the unit is the tonne);</li>
 *   <li>price: 1 tick = 1/100 of the money unit per mass unit (1 fen/t for yuan per tonne);</li>
 *   <li>revenue: price ticks × quantity ticks, so 1 tick = 1/100,000 of the money unit, exact.</li>
 * </ul>
 * Conversions from {@code double} round to the nearest tick unless the name says otherwise and
 * reject values a {@code long} cannot hold.
 */
public final class Ticks {
    /** Quantity ticks per mass unit. */
    public static final long QUANTITY_PER_UNIT = PermitUnits.PER_UNIT;
    /** Price ticks per money unit per mass unit. */
    public static final long PRICE_PER_UNIT = 100;
    /** Revenue ticks (price tick × quantity tick) per money unit. */
    public static final long REVENUE_PER_UNIT = QUANTITY_PER_UNIT * PRICE_PER_UNIT;

    private static final double LONG_LIMIT = 0x1p63;

    private Ticks() {
    }

    /** Quantity ticks nearest to {@code mass} (mass units): the ledger's permit units, rounded as it rounds. */
    public static long quantity(double mass) {
        return PermitUnits.of(mass);
    }

    /** Price ticks nearest to {@code moneyPerMass}. */
    public static long price(double moneyPerMass) {
        return toLong("price", moneyPerMass * PRICE_PER_UNIT, Math.rint(moneyPerMass * PRICE_PER_UNIT));
    }

    /** Largest price tick not above {@code moneyPerMass}: what a buyer may bid without a loss. */
    public static long priceFloor(double moneyPerMass) {
        return toLong("price", moneyPerMass * PRICE_PER_UNIT, Math.floor(moneyPerMass * PRICE_PER_UNIT));
    }

    /** Smallest price tick not below {@code moneyPerMass}: what a seller may ask without a loss. */
    public static long priceCeil(double moneyPerMass) {
        return toLong("price", moneyPerMass * PRICE_PER_UNIT, Math.ceil(moneyPerMass * PRICE_PER_UNIT));
    }

    /** Mass units of {@code quantity} ticks. */
    public static double mass(long quantity) {
        return (double) quantity / QUANTITY_PER_UNIT;
    }

    /** Money per mass unit of {@code price} ticks. */
    public static double moneyPerMass(long price) {
        return (double) price / PRICE_PER_UNIT;
    }

    /** Money units of {@code revenue} ticks. */
    public static double money(long revenue) {
        return (double) revenue / REVENUE_PER_UNIT;
    }

    /** Exact revenue ticks of {@code quantity} ticks sold at {@code price} ticks. */
    public static long revenue(long price, long quantity) {
        try {
            return Math.multiplyExact(price, quantity);
        } catch (ArithmeticException e) {
            throw new ArithmeticException("revenue of price " + price + " x quantity " + quantity
                    + " ticks overflows a long");
        }
    }

    private static long toLong(String what, double scaled, double rounded) {
        if (!Double.isFinite(scaled) || rounded >= LONG_LIMIT || rounded < -LONG_LIMIT) {
            throw new IllegalArgumentException(what + " " + scaled + " ticks is not a finite long");
        }
        return (long) rounded;
    }
}
