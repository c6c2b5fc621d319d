package org.airshed.market.settlement;

import org.airshed.market.ledger.LargestRemainder;
import org.airshed.market.ledger.Quantum;

/**
 * Exact positions for a market whose plan is real-valued: the emissions each holder must cover,
 * counted in permits, and the net purchases that leave every holder holding at least that.
 */
public final class CompliancePositions {
    private CompliancePositions() {
    }

    /**
     * Emissions (mass, one per holder) counted in permits: their total rounded to the quantum, never
     * above the {@code issued} permits (a plan within rounding of its cap emits what was issued), split
     * by largest remainder so that the counts sum to that total exactly.
     */
    public static long[] due(double[] emissions, long issued) {
        double[] weights = new double[emissions.length];
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = Math.max(emissions[i], 0);
            total += weights[i];
        }
        long units = Math.min(issued, Quantum.PERMIT.of(total));
        return units == 0 ? new long[weights.length] : LargestRemainder.apportion(units, weights);
    }

    /**
     * Net purchases (PERMIT counts, + buy, − sell; summing to zero) after which every holder holds at
     * least its {@code due}: each buyer gets exactly what it lacks, sellers give it in proportion to
     * their surplus, none more than its surplus.
     *
     * @throws IllegalArgumentException when the holdings together cover less than the dues
     */
    public static long[] netPurchases(long[] holdings, long[] due) {
        int n = holdings.length;
        long[] need = new long[n];
        long[] surplus = new long[n];
        double[] weights = new double[n];
        long total = 0;
        for (int i = 0; i < n; i++) {
            need[i] = Math.max(due[i] - holdings[i], 0);
            surplus[i] = Math.max(holdings[i] - due[i], 0);
            weights[i] = surplus[i];
            total = Math.addExact(total, need[i]);
        }
        long[] give = total == 0 ? new long[n] : ExactSplit.of(total, weights, surplus);
        long[] net = new long[n];
        for (int i = 0; i < n; i++) {
            net[i] = need[i] - give[i];
        }
        return net;
    }
}
