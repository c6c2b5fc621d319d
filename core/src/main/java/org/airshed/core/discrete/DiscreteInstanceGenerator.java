package org.airshed.core.discrete;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded synthetic instances like those docs/PERFORMANCE.md measures: skewed (Pareto) baselines,
 * options with increasing removal and rising unit cost, half of them carrying a fixed part
 * (so costs are not convex), regions on the unit square with transfer coefficients decaying
 * with distance. The cap asks for {@code targetFraction} of the largest achievable reduction;
 * each receptor asks for 1.05–1.3 times that fraction (at most 95 %) of what all controls would
 * achieve at it, so some receptor limits bind beyond the cap. Units: tonnes per year, money
 * per year, µg/m³.
 */
public final class DiscreteInstanceGenerator {
    /** Pareto shape of the baselines: heavy tail, finite mean. */
    private static final double PARETO_SHAPE = 1.5;
    private static final double MIN_BASELINE = 100;
    private static final double MAX_BASELINE = 100 * MIN_BASELINE;
    /** Transfer coefficient at distance 0 (µg/m³ per tonne) and its decay length (unit square). */
    private static final double TRANSFER_SCALE = 1e-3;
    private static final double TRANSFER_DECAY = 0.25;

    private DiscreteInstanceGenerator() {
    }

    public static DiscreteProblem generate(DiscreteInstanceSpec spec, long seed) {
        return generate(spec, new SplittableRandom(seed));
    }

    public static DiscreteProblem generate(DiscreteInstanceSpec spec, SplittableRandom random) {
        DiscreteProblemBuilder builder = DiscreteProblem.builder();
        int regions = spec.regions();
        double[] x = new double[regions];
        double[] y = new double[regions];
        for (int r = 0; r < regions; r++) {
            x[r] = random.nextDouble();
            y[r] = random.nextDouble();
            builder.addRegion("R" + r);
        }
        double[] regionMax = new double[regions];
        double totalMax = 0;
        for (int i = 0; i < spec.sources(); i++) {
            int region = random.nextInt(regions);
            double u = random.nextDouble();
            double baseline = Math.min(MAX_BASELINE, MIN_BASELINE * Math.pow(1 - u, -1 / PARETO_SHAPE));
            List<ControlOption> options = options(spec.optionsPerSource(), baseline, random);
            builder.addSource("S" + i, region, baseline, options);
            double max = baseline * options.get(options.size() - 1).removal();
            regionMax[region] += max;
            totalMax += max;
        }
        builder.capRequirement(spec.targetFraction() * totalMax);
        int[] located = distinctRegions(spec.receptors(), regions, random);
        for (int k = 0; k < located.length; k++) {
            double[] row = new double[regions];
            double reachable = 0;
            for (int r = 0; r < regions; r++) {
                double d = Math.hypot(x[r] - x[located[k]], y[r] - y[located[k]]);
                row[r] = TRANSFER_SCALE * Math.exp(-d / TRANSFER_DECAY);
                reachable += row[r] * regionMax[r];
            }
            double fraction = Math.min(0.95, spec.targetFraction() * (1.05 + 0.25 * random.nextDouble()));
            builder.addReceptor(located[k], row, fraction * reachable);
        }
        return builder.build();
    }

    /** Options of increasing removal; unit cost rises with removal; half carry a fixed part. */
    private static List<ControlOption> options(int count, double baseline, SplittableRandom random) {
        double[] removal = new double[count];
        for (int o = 0; o < count; o++) {
            removal[o] = 0.15 + 0.83 * random.nextDouble();
        }
        Arrays.sort(removal);
        for (int o = 1; o < count; o++) {
            removal[o] = Math.max(removal[o], Math.min(1, removal[o - 1] + 1e-3));
        }
        boolean[] fixed = new boolean[count];
        int fixedCount = 0;
        while (fixedCount < count / 2) {
            int o = random.nextInt(count);
            if (!fixed[o]) {
                fixed[o] = true;
                fixedCount++;
            }
        }
        double unitCost = 200 + 1800 * random.nextDouble();
        List<ControlOption> options = new ArrayList<>(count);
        for (int o = 0; o < count; o++) {
            double abatement = removal[o] * baseline;
            double cost = unitCost * abatement * (0.7 + 0.6 * random.nextDouble());
            if (fixed[o]) {
                cost += (0.1 + 0.6 * random.nextDouble()) * unitCost * baseline;
            }
            options.add(ControlOption.of("T" + o, removal[o], Math.rint(cost)));
        }
        return options;
    }

    private static int[] distinctRegions(int count, int regions, SplittableRandom random) {
        int[] all = new int[regions];
        for (int r = 0; r < regions; r++) {
            all[r] = r;
        }
        for (int j = 0; j < count; j++) {
            int pick = j + random.nextInt(regions - j);
            int swap = all[j];
            all[j] = all[pick];
            all[pick] = swap;
        }
        return Arrays.copyOf(all, count);
    }
}
