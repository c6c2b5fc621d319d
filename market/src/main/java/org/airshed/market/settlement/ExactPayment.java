package org.airshed.market.settlement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.airshed.market.ledger.Quantum;

/**
 * Money for permits at a price: the exact product of the quantity (PERMIT counts) and the price as
 * it prints (the decimal {@link Quantum} reads a double as), rounded once to the cent, ties to even.
 * The product in doubles can fall on the wrong side of a tie: 10.075 t at 81 is 816.075, which pays
 * 816.08, where 816.0749999999999 paid 816.07 (revG defect 3).
 */
public final class ExactPayment {
    /** Cents of a double product further than this from a half cent are rounded as the exact product is. */
    private static final double TIE_WINDOW = 1e-3;
    /** Cents below this magnitude carry an error far below {@link #TIE_WINDOW}. */
    private static final double FAST_LIMIT = 0x1p40;

    private ExactPayment() {
    }

    /**
     * @param quantity PERMIT counts (≥ 0)
     * @param price    money per mass unit, finite
     * @return MONEY counts
     */
    public static long of(long quantity, double price) {
        double product = Quantum.PERMIT.toDouble(quantity) * price;
        double cents = product * Quantum.MONEY.perUnit();
        if (Math.abs(cents) < FAST_LIMIT && Math.abs(cents - Math.floor(cents) - 0.5) > TIE_WINDOW) {
            return Quantum.MONEY.of(product);
        }
        return exact(quantity, price);
    }

    /** The plain definition {@link #of} must agree with. */
    static long exact(long quantity, double price) {
        if (!Double.isFinite(price)) {
            throw new IllegalArgumentException("price must be finite; got " + price);
        }
        BigDecimal money = Quantum.PERMIT.toDecimal(quantity).multiply(BigDecimal.valueOf(price))
                .setScale(Quantum.MONEY.decimals(), RoundingMode.HALF_EVEN);
        return Quantum.MONEY.ofExact(money);
    }
}
