package org.airshed.core.allocation;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Seeded random problems with hundreds to tens of thousands of sources, for testing the fast
 * paths (sampled brackets, chunked passes, threads) against the plain ones. Everything comes from
 * one {@code SplittableRandom(seed)}. With {@code ties}, unit costs, amounts, quadratic terms and
 * requirements come from small integer palettes, so sums are exact and many blocks share the
 * equi-marginal price; otherwise they are continuous (lognormal costs, skewed sizes).
 *
 * @param sources   number of sources
 * @param regions   number of regions (≥ 1)
 * @param receptors receptor rows (≤ regions), transfer decaying with distance between regions
 * @param quadShare share of quadratic sources
 * @param welfare   whether regions get welfare weights
 * @param ties      palette values instead of continuous ones
 * @param zeroCost  share of step sources whose first blocks cost 0
 */
record ManySourceProblems(int sources, int regions, int receptors, double quadShare, boolean welfare, boolean ties,
                          double zeroCost) {

    AllocationProblem generate(long seed, double capShare) {
        SplittableRandom random = new SplittableRandom(seed);
        AllocationProblemBuilder builder = AllocationProblem.builder();
        double[] x = new double[regions];
        double[] y = new double[regions];
        for (int r = 0; r < regions; r++) {
            x[r] = random.nextDouble() * 1000;
            y[r] = random.nextDouble() * 1000;
            double weight = welfare && random.nextDouble() < 0.7 ? random.nextDouble() * 20 : 0;
            builder.addRegion("R" + r, ties ? Math.rint(weight) : weight);
        }
        double[] regionMax = new double[regions];
        double total = 0;
        for (int i = 0; i < sources; i++) {
            int r = (int) Math.floor(regions * Math.pow(random.nextDouble(), 1.5));
            double max = random.nextDouble() < quadShare ? addQuadratic(builder, r, random)
                    : addSteps(builder, r, random);
            regionMax[r] += max;
            total += max;
        }
        double cap = capShare * total;
        builder.capRequirement(ties ? Math.floor(cap * 2) / 2 : cap);
        for (int k = 0; k < receptors; k++) {
            double[] transfer = new double[regions];
            double reach = 0;
            for (int r = 0; r < regions; r++) {
                double distance = Math.hypot(x[r] - x[k], y[r] - y[k]);
                transfer[r] = 1e-4 * Math.exp(-distance / 300);
                reach += transfer[r] * regionMax[r];
            }
            builder.addReceptor(k, transfer, (0.3 + 0.5 * random.nextDouble()) * reach);
        }
        return builder.build();
    }

    private double addSteps(AllocationProblemBuilder builder, int region, SplittableRandom random) {
        int blocks = 1 + random.nextInt(5);
        double size = ties ? 1 + random.nextInt(4) : 10 / Math.pow(1 - random.nextDouble() * 0.99, 0.7);
        double[] amounts = new double[blocks];
        double[] costs = new double[blocks];
        double max = 0;
        double cost = ties ? random.nextInt(12) : Math.exp(3 + 0.8 * random.nextGaussian());
        int zeros = random.nextDouble() < zeroCost ? 1 + random.nextInt(blocks) : 0;
        for (int b = 0; b < blocks; b++) {
            double amount = ties ? size * (1 + random.nextInt(3)) : size * random.nextDouble();
            amounts[b] = random.nextDouble() < 0.05 ? 0 : amount;
            max += amounts[b];
            costs[b] = b < zeros ? 0 : cost;
            cost += ties ? random.nextInt(4) : cost * Math.exp(-1 + 0.7 * random.nextGaussian());
        }
        if (random.nextDouble() < 0.03) {
            costs[0] = ties ? -2 : -random.nextDouble() * 5;
        }
        Arrays.sort(costs);
        builder.addStepSource(region, max + 1, amounts, costs);
        return max;
    }

    private double addQuadratic(AllocationProblemBuilder builder, int region, SplittableRandom random) {
        double continuous = random.nextDouble() < zeroCost ? 0 : Math.exp(3 + random.nextGaussian());
        double linear = ties ? random.nextInt(12) : continuous;
        double slope = ties ? 1 + random.nextInt(2) : Math.exp(random.nextGaussian());
        double max = ties ? 1 + random.nextInt(6) : 1 + 20 * random.nextDouble();
        builder.addQuadraticSource(region, max + 1, linear, slope, max);
        return max;
    }
}
