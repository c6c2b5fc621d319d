package org.airshed.market.game;

/** x(S) = Σ_{i∈S} x_i for every coalition S at once, in the payoff's units, indexed by bitmask. */
final class PayoffSumsByMask {
    private PayoffSumsByMask() {
    }

    /** Fills {@code sums[mask]} for every mask below {@code sums.length}, one addition per coalition. */
    static void fill(double[] payoff, double[] sums) {
        sums[0] = 0;
        for (int mask = 1; mask < sums.length; mask++) {
            int lowest = mask & -mask;
            sums[mask] = sums[mask ^ lowest] + payoff[Integer.numberOfTrailingZeros(lowest)];
        }
    }
}
