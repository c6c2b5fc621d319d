package org.airshed.market.settlement;

import org.airshed.market.ledger.LargestRemainder;
import org.airshed.market.ledger.Quantum;

/**
 * Exact shares that respect what each holder can give: largest remainder first, then any unit a
 * holder cannot take moved to the next holder with room, in index order.
 */
public final class ExactSplit {
    private ExactSplit() {
    }

    /**
     * Splits {@code total} units by {@code weights} with part i ≤ {@code caps[i]}.
     *
     * @throws IllegalArgumentException when the caps together hold less than the total
     */
    public static long[] of(long total, double[] weights, long[] caps) {
        long room = 0;
        for (long c : caps) {
            room += c;
        }
        if (room < total) {
            throw new IllegalArgumentException("cannot split " + total + " units: the holders have room for " + room);
        }
        long[] parts = total == 0 ? new long[weights.length] : LargestRemainder.apportion(total, weights);
        long excess = 0;
        for (int i = 0; i < parts.length; i++) {
            if (parts[i] > caps[i]) {
                excess += parts[i] - caps[i];
                parts[i] = caps[i];
            }
        }
        for (int i = 0; i < parts.length && excess > 0; i++) {
            long take = Math.min(excess, caps[i] - parts[i]);
            if (take > 0 && weights[i] > 0) {
                parts[i] += take;
                excess -= take;
            }
        }
        for (int i = 0; i < parts.length && excess > 0; i++) {
            long take = Math.min(excess, caps[i] - parts[i]);
            parts[i] += take;
            excess -= take;
        }
        return parts;
    }

    /**
     * Real-valued net purchases (+ buy, − sell; Σ ≈ 0) as exact units that sum to zero: the volume
     * rounded once, split among buyers by their purchases and among sellers by their sales, no
     * seller selling more than it holds.
     */
    public static long[] netPositions(double[] net, long[] holdings) {
        int n = net.length;
        double[] buys = new double[n];
        double[] sells = new double[n];
        double volume = 0;
        for (int i = 0; i < n; i++) {
            buys[i] = Math.max(net[i], 0);
            sells[i] = Math.max(-net[i], 0);
            volume += buys[i];
        }
        long units = org.airshed.market.ledger.Quantum.PERMIT.of(volume);
        long[] sellerRoom = new long[n];
        long[] buyerRoom = new long[n];
        long room = 0;
        for (int i = 0; i < n; i++) {
            sellerRoom[i] = sells[i] > 0 ? holdings[i] : 0;
            buyerRoom[i] = buys[i] > 0 ? Long.MAX_VALUE / (n + 1) : 0;
            room += sellerRoom[i];
        }
        units = Math.min(units, room);
        long[] bought = of(units, buys, buyerRoom);
        long[] sold = of(units, sells, sellerRoom);
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = bought[i] - sold[i];
        }
        return out;
    }
}
