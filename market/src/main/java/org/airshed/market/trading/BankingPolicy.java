package org.airshed.market.trading;

/**
 * The intertemporal rules of a permit market.
 *
 * @param discountRate   r ≥ 0 per period
 * @param banking        whether unused permits carry forward; without it they expire each period
 * @param borrowingLimit the most the bank may go below zero (mass ≥ 0; 0 = no borrowing), repaid by the last period
 * @param priceFloor     money per mass ≥ 0; permits of the period are withheld (at most all of them) rather
 *                       than sold below it (0 = none)
 * @param priceCeiling   money per mass &gt; 0; at it unlimited extra permits are sold (+∞ = none)
 */
public record BankingPolicy(double discountRate, boolean banking, double borrowingLimit, double priceFloor,
                            double priceCeiling) {
    public BankingPolicy {
        if (!Double.isFinite(discountRate) || discountRate < 0) {
            throw new IllegalArgumentException("discount rate must be finite and ≥ 0, got " + discountRate);
        }
        if (!Double.isFinite(borrowingLimit) || borrowingLimit < 0) {
            throw new IllegalArgumentException("borrowing limit must be finite and ≥ 0, got " + borrowingLimit);
        }
        if (!banking && borrowingLimit > 0) {
            throw new IllegalArgumentException("borrowing limit " + borrowingLimit + " needs banking");
        }
        if (!Double.isFinite(priceFloor) || priceFloor < 0) {
            throw new IllegalArgumentException("price floor must be finite and ≥ 0, got " + priceFloor);
        }
        if (Double.isNaN(priceCeiling) || priceCeiling <= 0 || priceCeiling < priceFloor) {
            throw new IllegalArgumentException("price ceiling must be > 0 and ≥ the floor " + priceFloor + ", got "
                    + priceCeiling);
        }
    }

    /** Banking at discount rate r, no borrowing, no floor or ceiling. */
    public static BankingPolicy banking(double discountRate) {
        return new BankingPolicy(discountRate, true, 0, 0, Double.POSITIVE_INFINITY);
    }

    /** Every period on its own: unused permits expire. */
    public static BankingPolicy noBanking(double discountRate) {
        return new BankingPolicy(discountRate, false, 0, 0, Double.POSITIVE_INFINITY);
    }

    public BankingPolicy withBorrowing(double limit) {
        return new BankingPolicy(discountRate, banking, limit, priceFloor, priceCeiling);
    }

    public BankingPolicy withFloor(double floor) {
        return new BankingPolicy(discountRate, banking, borrowingLimit, floor, priceCeiling);
    }

    public BankingPolicy withCeiling(double ceiling) {
        return new BankingPolicy(discountRate, banking, borrowingLimit, priceFloor, ceiling);
    }

    boolean hasFloor() {
        return priceFloor > 0;
    }

    boolean hasCeiling() {
        return priceCeiling < Double.POSITIVE_INFINITY;
    }
}
