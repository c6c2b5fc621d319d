package org.airshed.market.settlement;

/**
 * One settled trade: {@code quantity} permits from {@code seller} to {@code buyer}, who pays
 * {@code payment} to the seller and {@code fee} (the transaction cost) to the brokers. Amounts in
 * exact ledger units (PERMIT and MONEY counts); {@code price} is the seller's price in money per
 * mass unit, as reported.
 *
 * @param period compliance period (0 for a single-period market)
 */
public record Trade(String id, int period, String seller, String buyer, long quantity, double price, long payment,
                    long fee) {
    public Trade {
        if (id == null || seller == null || buyer == null) {
            throw new IllegalArgumentException("trade id, seller and buyer are required");
        }
        if (quantity <= 0 || payment < 0 || fee < 0) {
            throw new IllegalArgumentException("trade " + id + ": quantity must be > 0 and payment, fee >= 0, got "
                    + quantity + ", " + payment + ", " + fee);
        }
    }
}
