package org.airshed.market.trading;

import java.util.SplittableRandom;

import org.airshed.core.allocation.AllocationProblem;
import org.airshed.core.allocation.AllocationProblemBuilder;

/**
 * Seeded random sources for property tests: a mix of step curves (1–4 blocks, some empty, some
 * priced below zero) and quadratic curves, baselines above the most each can abate, spread over
 * the given number of regions. {@link #build} gives the same sources with or without a cap, so a
 * market result can be compared with the least-cost solver on identical curves.
 */
final class RandomSources {
    final int regions;
    final int[] region;
    final double[] baseline;
    final double[][] amounts;
    final double[][] costs;
    /** {linear, slope, max} for a quadratic source, null for a step source. */
    final double[][] quadratic;

    private RandomSources(int regions, int[] region, double[] baseline, double[][] amounts, double[][] costs,
                          double[][] quadratic) {
        this.regions = regions;
        this.region = region;
        this.baseline = baseline;
        this.amounts = amounts;
        this.costs = costs;
        this.quadratic = quadratic;
    }

    /**
     * @param quadraticShare probability that a source is quadratic (0 for step curves only)
     * @param palette        unit costs drawn from a small set, so that blocks of different sources tie
     */
    static RandomSources draw(SplittableRandom random, int sources, int regions, double quadraticShare,
                              boolean palette) {
        int[] region = new int[sources];
        double[] baseline = new double[sources];
        double[][] amounts = new double[sources][];
        double[][] costs = new double[sources][];
        double[][] quadratic = new double[sources][];
        for (int i = 0; i < sources; i++) {
            region[i] = i < regions ? i : random.nextInt(regions);
            double max;
            if (random.nextDouble() < quadraticShare) {
                double linear = random.nextDouble() < 0.1 ? -random.nextDouble() : 6 * random.nextDouble();
                quadratic[i] = new double[] {linear, 0.2 + 4 * random.nextDouble(), 0.5 + 8 * random.nextDouble()};
                max = quadratic[i][2];
            } else {
                int blocks = 1 + random.nextInt(4);
                amounts[i] = new double[blocks];
                costs[i] = new double[blocks];
                double cost = palette ? random.nextInt(4) : (random.nextDouble() < 0.1 ? -1 : 0) + 5 * random.nextDouble();
                max = 0;
                for (int b = 0; b < blocks; b++) {
                    amounts[i][b] = random.nextDouble() < 0.08 ? 0 : (palette ? 1 + random.nextInt(3) : 0.2 + 4 * random.nextDouble());
                    costs[i][b] = cost;
                    cost += palette ? 1 + random.nextInt(3) : 4 * random.nextDouble();
                    max += amounts[i][b];
                }
            }
            baseline[i] = max + (palette ? random.nextInt(4) : 6 * random.nextDouble());
        }
        return new RandomSources(regions, region, baseline, amounts, costs, quadratic);
    }

    int size() {
        return baseline.length;
    }

    double totalBaseline() {
        double total = 0;
        for (double e : baseline) {
            total += e;
        }
        return total;
    }

    double totalMax() {
        double total = 0;
        for (int i = 0; i < size(); i++) {
            total += maxAbatement(i);
        }
        return total;
    }

    double maxAbatement(int i) {
        if (quadratic[i] != null) {
            return quadratic[i][2];
        }
        double total = 0;
        for (double a : amounts[i]) {
            total += a;
        }
        return total;
    }

    AllocationProblem build() {
        return builder().build();
    }

    /** The sources with the cap Σ a_i ≥ capRequirement (mass). */
    AllocationProblem build(double capRequirement) {
        return builder().capRequirement(capRequirement).build();
    }

    AllocationProblemBuilder builder() {
        AllocationProblemBuilder b = AllocationProblem.builder();
        for (int r = 0; r < regions; r++) {
            b.addRegion("r" + r, 0);
        }
        for (int i = 0; i < size(); i++) {
            if (quadratic[i] != null) {
                b.addQuadraticSource(region[i], baseline[i], quadratic[i][0], quadratic[i][1], quadratic[i][2]);
            } else {
                b.addStepSource(region[i], baseline[i], amounts[i], costs[i]);
            }
        }
        return b;
    }

    /** Random non-negative permits summing to {@code total} (mass). */
    static double[] permits(SplittableRandom random, int sources, double total) {
        double[] weight = new double[sources];
        double sum = 0;
        for (int i = 0; i < sources; i++) {
            double u = random.nextDouble();
            weight[i] = random.nextDouble() < 0.15 ? 0 : u * u;
            sum += weight[i];
        }
        if (sum == 0) {
            weight[0] = 1;
            sum = 1;
        }
        double[] permits = new double[sources];
        for (int i = 0; i < sources; i++) {
            permits[i] = total * weight[i] / sum;
        }
        return permits;
    }
}
