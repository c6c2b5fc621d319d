package org.airshed.market.auction;

import java.util.SplittableRandom;

/** Shares what is left at the clearing price among the bids tied there, in a seeded random order. */
final class TieBreak {
    private TieBreak() {
    }

    /**
     * Awards {@code remainder} quantity ticks to the bids {@code tied} (indices in input order):
     * all in full when it suffices, otherwise one by one, in full, in an order drawn from
     * {@code random} (Fisher–Yates), the last one served taking what is left.
     */
    static void share(long[] quantities, int[] tied, int tiedCount, long remainder, SplittableRandom random,
                      long[] awards) {
        long wanted = 0;
        for (int t = 0; t < tiedCount; t++) {
            wanted = Math.addExact(wanted, quantities[tied[t]]);
        }
        if (wanted > remainder) {
            for (int t = tiedCount - 1; t > 0; t--) {
                int j = random.nextInt(t + 1);
                int swap = tied[t];
                tied[t] = tied[j];
                tied[j] = swap;
            }
        }
        long left = remainder;
        for (int t = 0; t < tiedCount; t++) {
            long award = Math.min(left, quantities[tied[t]]);
            awards[tied[t]] = award;
            left -= award;
        }
    }
}
