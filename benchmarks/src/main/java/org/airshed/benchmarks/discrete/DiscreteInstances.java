package org.airshed.benchmarks.discrete;

import java.util.List;

import org.airshed.core.discrete.DiscreteInstanceGenerator;
import org.airshed.core.discrete.DiscreteInstanceSpec;
import org.airshed.core.discrete.DiscreteProblem;

/**
 * The bundled discrete instances: generated from fixed seeds, so every run sees the same
 * problems (6 options per source, half with fixed costs, cap at 50 % of the largest reduction,
 * receptors a little tighter; see {@link DiscreteInstanceGenerator}).
 */
final class DiscreteInstances {
    static final long SEED = 42;

    /** A named instance. */
    record Instance(String name, DiscreteInstanceSpec spec) {
        DiscreteProblem problem() {
            return DiscreteInstanceGenerator.generate(spec, SEED);
        }
    }

    static final Instance THOUSAND = new Instance("n1000-r10-k3", new DiscreteInstanceSpec(1_000, 10, 3, 6, 0.5));
    static final Instance TEN_THOUSAND = new Instance("n10000-r20-k5", new DiscreteInstanceSpec(10_000, 20, 5, 6, 0.5));
    static final List<Instance> ALL = List.of(THOUSAND, TEN_THOUSAND);

    private DiscreteInstances() {
    }
}
