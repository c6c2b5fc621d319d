package org.airshed.benchmarks.market;

import java.util.SplittableRandom;
import org.airshed.core.allocation.AllocationProblem;
import org.airshed.core.allocation.AllocationProblemBuilder;

/**
 * A seeded permit market of step-curve sources, the synthetic instance of docs/PERFORMANCE.md: n sources
 * in {@link #REGIONS} regions, each with {@link #BLOCKS} blocks of 0.5–10 t at unit costs that start
 * at 0–50 money per tonne and rise by 0–50 per block, and a baseline 1–2 times what it can abate.
 * Permits are grandfathered, the same share of every baseline, so that trading must deliver
 * 60 % of the abatement achievable. The blocks are also kept as flat arrays for the floor.
 *
 * @param problem   the sources, with the cap Σ baseline − Σ permits (tonnes)
 * @param permits   initial permits per source (tonnes)
 * @param required  the abatement the permits leave to be done, Σ (baseline − permits) (tonnes)
 * @param blockCost unit cost of every block, source-major (money per tonne)
 * @param blockAmount size of every block, source-major (tonnes)
 */
record StepSourceMarket(AllocationProblem problem, double[] permits, double required, double[] blockCost,
                        double[] blockAmount) {
    static final int REGIONS = 10;
    static final int BLOCKS = 5;
    /** Share of the achievable abatement the cap demands. */
    static final double TARGET = 0.6;
    /** Halvings of the price bracket in {@link #bisectPrice}: from at most 300 money down to below 10⁻¹⁵ of it. */
    static final int BISECTIONS = 60;

    static StepSourceMarket random(int sources, long seed) {
        if (sources < 1) {
            throw new IllegalArgumentException("sources must be ≥ 1, got " + sources);
        }
        SplittableRandom random = new SplittableRandom(seed);
        AllocationProblemBuilder builder = AllocationProblem.builder();
        for (int r = 0; r < REGIONS; r++) {
            builder.addRegion("R" + r, 0);
        }
        double[] baseline = new double[sources];
        double[] blockCost = new double[sources * BLOCKS];
        double[] blockAmount = new double[sources * BLOCKS];
        double[] amounts = new double[BLOCKS];
        double[] costs = new double[BLOCKS];
        double achievable = 0;
        double emitted = 0;
        for (int i = 0; i < sources; i++) {
            double cost = random.nextDouble(0, 50);
            double most = 0;
            for (int b = 0; b < BLOCKS; b++) {
                amounts[b] = random.nextDouble(0.5, 10);
                costs[b] = cost;
                cost += random.nextDouble(0, 50);
                most += amounts[b];
            }
            System.arraycopy(costs, 0, blockCost, i * BLOCKS, BLOCKS);
            System.arraycopy(amounts, 0, blockAmount, i * BLOCKS, BLOCKS);
            baseline[i] = most * random.nextDouble(1, 2);
            builder.addStepSource(random.nextInt(REGIONS), baseline[i], amounts, costs);
            achievable += most;
            emitted += baseline[i];
        }
        double required = TARGET * achievable;
        double kept = 1 - required / emitted;
        double[] permits = new double[sources];
        for (int i = 0; i < sources; i++) {
            permits[i] = kept * baseline[i];
        }
        builder.capRequirement(required);
        return new StepSourceMarket(builder.build(), permits, required, blockCost, blockAmount);
    }

    /**
     * The least price whose supply covers {@code required}, by bisection on the price: the obviously
     * correct reference, {@link #BISECTIONS} passes of {@link #supplyAt}. Returns the upper end of
     * the final bracket (money per tonne).
     */
    double bisectPrice() {
        double low = 0;
        double high = 0;
        for (double cost : blockCost) {
            high = Math.max(high, cost);
        }
        for (int step = 0; step < BISECTIONS; step++) {
            double mid = 0.5 * (low + high);
            if (supplyAt(mid) >= required) {
                high = mid;
            } else {
                low = mid;
            }
        }
        return high;
    }

    /** Σ of the blocks priced at or below {@code price} (tonnes): one sequential pass over both arrays. */
    double supplyAt(double price) {
        double total = 0;
        for (int k = 0; k < blockCost.length; k++) {
            total += blockCost[k] <= price ? blockAmount[k] : 0;
        }
        return total;
    }
}
