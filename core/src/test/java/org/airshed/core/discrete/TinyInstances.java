package org.airshed.core.discrete;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded tiny instances for the exact references: 2–8 sources with 1–4 options each (fixed
 * costs, dominated options and exact ties included), 1–3 regions, a cap and/or up to two
 * receptor limits, tightness anywhere from loose to all-but-everything.
 */
public final class TinyInstances {
    private TinyInstances() {
    }

    public static DiscreteProblem generate(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        DiscreteProblemBuilder builder = DiscreteProblem.builder();
        int regions = 1 + random.nextInt(3);
        for (int r = 0; r < regions; r++) {
            builder.addRegion("R" + r);
        }
        int sources = 2 + random.nextInt(7);
        double[] regionMax = new double[regions];
        double totalMax = 0;
        for (int i = 0; i < sources; i++) {
            int region = random.nextInt(regions);
            double baseline = random.nextInt(5) == 0 ? 10 * (1 + random.nextInt(10)) : 5 + 200 * random.nextDouble();
            int count = 1 + random.nextInt(4);
            List<ControlOption> options = new ArrayList<>();
            double max = 0;
            for (int o = 0; o < count; o++) {
                double removal = random.nextInt(6) == 0 ? 0.5 : 0.05 + 0.95 * random.nextDouble();
                double unit = 10 + 90 * random.nextDouble();
                double fixed = random.nextBoolean() ? 500 * random.nextDouble() : 0;
                double cost = random.nextInt(8) == 0 ? 1000 : Math.rint(unit * removal * baseline + fixed);
                options.add(ControlOption.of("T" + o, removal, cost));
                max = Math.max(max, removal * baseline);
            }
            builder.addSource("S" + i, region, baseline, options);
            regionMax[region] += max;
            totalMax += max;
        }
        int receptors = random.nextInt(3);
        boolean cap = receptors == 0 || random.nextBoolean();
        if (cap) {
            builder.capRequirement((0.1 + 0.85 * random.nextDouble()) * totalMax);
        }
        for (int k = 0; k < receptors; k++) {
            double[] row = new double[regions];
            double reachable = 0;
            for (int r = 0; r < regions; r++) {
                row[r] = random.nextInt(4) == 0 ? 0 : random.nextDouble();
                reachable += row[r] * regionMax[r];
            }
            builder.addReceptor(random.nextInt(regions), row, (0.1 + 0.85 * random.nextDouble()) * reachable);
        }
        return builder.build();
    }
}
