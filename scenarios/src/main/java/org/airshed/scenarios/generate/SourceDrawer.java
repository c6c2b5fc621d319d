package org.airshed.scenarios.generate;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Draws the inventory one source at a time. Per source, in this fixed order: its region (in
 * proportion to population), its sector, a lognormal baseline (clamped to [1 t, 50 × the
 * sector median], to 0.001 t), the number of blocks, the abatable share of the baseline
 * (uniform 50–95 %), the block sizes (exponential weights, rounded down to 0.001 t so the total
 * stays within the baseline), and a convex cost curve: a first unit cost around the sector's
 * level with economies of scale (∝ size^−0.15, lognormal spread σ = 0.35), each further block
 * 15–100 % dearer than the last (to 0.01 CNY/t, which keeps them non-decreasing).
 */
final class SourceDrawer {
    private static final double MASS_SCALE = 1_000;
    private static final double COST_SCALE = 100;
    private static final double MAX_SIZE_OVER_MEDIAN = 50;
    private static final double SCALE_ECONOMY_EXPONENT = -0.15;
    private static final double COST_SPREAD = 0.35;

    private final GeneratorSpec spec;
    private final double[] cumulativePopulation;
    private final SplittableRandom random;
    private final DrawnSource buffer;
    private final double[] weights;

    SourceDrawer(GeneratorSpec spec, SyntheticRegions regions, SplittableRandom random) {
        this.spec = spec;
        this.cumulativePopulation = regions.cumulativePopulation();
        this.random = random;
        this.buffer = new DrawnSource(spec.maxBlocks());
        this.weights = new double[spec.maxBlocks()];
    }

    /** Draws all N sources into {@code sink}; call once. */
    void drawAll(SourceSink sink) {
        for (int i = 0; i < spec.sources(); i++) {
            draw(i);
            sink.accept(buffer);
        }
    }

    private void draw(int index) {
        DrawnSource s = buffer;
        s.index = index;
        s.region = region(random.nextDouble());
        s.sector = Sector.at(random.nextDouble());
        double median = s.sector.medianBaseline;
        double size = Draws.lognormal(random, median, s.sector.sigma);
        s.baseline = Draws.round(Math.min(Math.max(size, 1), MAX_SIZE_OVER_MEDIAN * median), MASS_SCALE);
        s.blocks = spec.minBlocks() + random.nextInt(spec.maxBlocks() - spec.minBlocks() + 1);
        double abatable = s.baseline * Draws.uniform(random, 0.5, 0.95);
        double weightSum = 0;
        for (int b = 0; b < s.blocks; b++) {
            weights[b] = Draws.exponential(random);
            weightSum += weights[b];
        }
        double[] amounts = s.amounts();
        for (int b = 0; b < s.blocks; b++) {
            amounts[b] = Draws.floor(abatable * weights[b] / weightSum, MASS_SCALE);
        }
        double[] costs = s.unitCosts();
        double cost = s.sector.baseUnitCost * StrictMath.pow(s.baseline / median, SCALE_ECONOMY_EXPONENT)
                * Draws.lognormal(random, 1, COST_SPREAD);
        for (int b = 0; b < s.blocks; b++) {
            if (b > 0) {
                cost *= Draws.uniform(random, 1.15, 2.0);
            }
            costs[b] = Draws.round(cost, COST_SCALE);
        }
    }

    /** The region whose population interval holds u ∈ [0, 1). */
    private int region(double u) {
        double target = u * cumulativePopulation[cumulativePopulation.length - 1];
        int at = Arrays.binarySearch(cumulativePopulation, target);
        int r = at >= 0 ? at + 1 : -at - 1;
        return Math.min(r, cumulativePopulation.length - 1);
    }
}
