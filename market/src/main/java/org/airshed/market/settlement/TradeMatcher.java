package org.airshed.market.settlement;

import java.util.ArrayList;
import java.util.List;
import org.airshed.market.ledger.Quantum;

/**
 * Turns net positions that sum to zero into bilateral trades: sellers and buyers each in index
 * order, matched like the north-west corner rule, so at most sellers + buyers − 1 trades and the
 * same positions always give the same trades.
 */
public final class TradeMatcher {
    private TradeMatcher() {
    }

    /**
     * @param holders     holder of each position
     * @param net         permits bought (+) or sold (−) per holder, PERMIT counts; must sum to zero
     * @param sellerPrice money per mass unit the seller receives
     * @param fee         transaction cost per mass unit, paid by the buyer
     * @param idPrefix    trade ids are {@code idPrefix + number}, numbered from 1
     */
    public static List<Trade> match(List<String> holders, long[] net, double sellerPrice, double fee, String idPrefix,
                                    int period) {
        long sum = 0;
        for (long q : net) {
            sum = Math.addExact(sum, q);
        }
        if (sum != 0) {
            throw new IllegalArgumentException("net positions must sum to zero, got " + Quantum.PERMIT.toPlainString(sum));
        }
        List<Trade> trades = new ArrayList<>();
        long[] left = net.clone();
        int buyer = next(left, 0, 1);
        int seller = next(left, 0, -1);
        while (buyer < left.length && seller < left.length) {
            long q = Math.min(left[buyer], -left[seller]);
            trades.add(new Trade(idPrefix + (trades.size() + 1), period, holders.get(seller), holders.get(buyer), q,
                    sellerPrice, ExactPayment.of(q, sellerPrice), ExactPayment.of(q, fee)));
            left[buyer] -= q;
            left[seller] += q;
            buyer = next(left, buyer, 1);
            seller = next(left, seller, -1);
        }
        return trades;
    }

    private static int next(long[] left, int from, int sign) {
        int i = from;
        while (i < left.length && Long.signum(left[i]) != sign) {
            i++;
        }
        return i;
    }
}
