package org.airshed.core.discrete.exact;

import java.util.SplittableRandom;

import org.airshed.core.discrete.DiscreteInstanceGenerator;
import org.airshed.core.discrete.DiscreteInstanceSpec;
import org.airshed.core.discrete.DiscreteProblem;

/**
 * Seeded small instances for the MIP reference, drawn like the benchmarks' (Pareto baselines,
 * rising unit costs, half the options with a fixed part, transfer decaying with distance) but
 * of every shape: 5–24 sources, 1–6 options, 1–6 regions, 0–3 receptor limits, cap targets from
 * 10 % to 90 % of the largest reduction.
 */
final class SmallInstances {
    private SmallInstances() {
    }

    static DiscreteProblem generate(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int regions = 1 + random.nextInt(6);
        DiscreteInstanceSpec spec = new DiscreteInstanceSpec(5 + random.nextInt(20), regions,
                Math.min(regions, random.nextInt(4)), 1 + random.nextInt(6), 0.1 + 0.8 * random.nextDouble());
        return DiscreteInstanceGenerator.generate(spec, random);
    }
}
