package org.airshed.core.allocation;

/**
 * Splits the exact face's region totals among sources by price, not by amount: every source of a
 * region responds to the region's price, taking blocks priced exactly there when the region stands
 * after its jump (or leaving them when before it); a region pinned inside a jump takes its strict
 * response and fills the blocks priced exactly there, in source order, up to its total. Searching
 * for the price of a total instead would let a total that sits on a sum of blocks, summed in
 * another order, spill an ulp into the next block (and price it there). One pass in fixed chunks,
 * so the bits do not depend on the number of threads.
 */
final class PriceSplit {
    private static final int CHUNK_SOURCES = 16_384;

    private PriceSplit() {
    }

    /**
     * @param price  each region's price (a block's cost exactly where pinned)
     * @param upper  whether each unpinned region takes the blocks priced exactly at its price
     * @param pinned regions inside a jump, whose {@code total} decides how much of it they take
     * @param total  region totals (read for pinned regions)
     * @param onBreakpoint per region, how far above the bottom of its jump a pinned region's total
     *                     still counts as at the bottom (mass, {@link BoundaryRule}): that sliver is not taken
     * @param abatement  output a_i (mass)
     * @param sourceCost output C_i(a_i) (money)
     */
    static void split(AllocationProblem p, Workers workers, double[] price, boolean[] upper, boolean[] pinned,
                      double[] total, double[] onBreakpoint, double[] abatement, double[] sourceCost) {
        int n = p.sourceCount();
        int chunks = (n + CHUNK_SOURCES - 1) / CHUNK_SOURCES;
        workers.forEach(chunks, (long) n + p.blockCost.length, (c, worker) -> {
            int to = Math.min(n, (c + 1) * CHUNK_SOURCES);
            for (int i = c * CHUNK_SOURCES; i < to; i++) {
                int r = p.sourceRegion[i];
                abatement[i] = response(p, i, price[r], !pinned[r] && upper[r]);
            }
        });
        boolean anyPinned = false;
        for (boolean b : pinned) {
            anyPinned |= b;
        }
        if (anyPinned) {
            double[] missing = new double[p.regionCount()];
            for (int i = 0; i < n; i++) {
                int r = p.sourceRegion[i];
                if (pinned[r]) {
                    missing[r] -= abatement[i];
                }
            }
            for (int r = 0; r < missing.length; r++) {
                missing[r] += pinned[r] ? total[r] : 0;
                // The bottom of the jump summed in curve order, the strict responses in source order: ulps apart.
                missing[r] = missing[r] > onBreakpoint[r] ? missing[r] : 0;
            }
            for (int i = 0; i < n; i++) {
                int r = p.sourceRegion[i];
                for (int b = p.blockStart[i]; b < p.blockStart[i + 1] && pinned[r] && missing[r] > 0; b++) {
                    if (p.blockCost[b] == price[r]) {
                        double take = Math.min(missing[r], p.blockAmount[b]);
                        abatement[i] += take;
                        missing[r] -= take;
                    }
                }
            }
        }
        workers.forEach(chunks, (long) n + p.blockCost.length, (c, worker) -> {
            int to = Math.min(n, (c + 1) * CHUNK_SOURCES);
            for (int i = c * CHUNK_SOURCES; i < to; i++) {
                sourceCost[i] = p.cost(i, abatement[i]);
            }
        });
    }

    /** Source i's response at price g: blocks below g, and those at g when {@code inclusive}; a quadratic where its marginal cost is g. */
    private static double response(AllocationProblem p, int i, double g, boolean inclusive) {
        double a = 0;
        for (int b = p.blockStart[i]; b < p.blockStart[i + 1]; b++) {
            if (p.blockCost[b] < g || inclusive && p.blockCost[b] == g) {
                a += p.blockAmount[b];
            }
        }
        if (p.quadMax[i] > 0) {
            a += Math.min(Math.max((g - p.quadLinear[i]) / p.quadSlope[i], 0), p.quadMax[i]);
        }
        return a;
    }
}
