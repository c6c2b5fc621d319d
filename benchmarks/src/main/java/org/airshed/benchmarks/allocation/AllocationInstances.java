package org.airshed.benchmarks.allocation;

import org.airshed.core.allocation.AllocationProblem;
import org.airshed.core.allocation.ExactAllocationSolver;
import org.airshed.scenarios.generate.GeneratorSpec;
import org.airshed.scenarios.generate.SyntheticScenarios;

/**
 * The benchmark instances: {@code airshed generate} draws (the same generator, in memory) with
 * exactly {@value #BLOCKS} blocks per source, {@value #REGIONS} regions, requirements at 60 % of
 * the achievable, seed {@value #SEED}. Equivalent files: {@code ./airshed generate --sources N
 * --regions 200 --receptors K --min-blocks 5 --blocks 5 --seed 20261122 --out FILE.json}.
 */
final class AllocationInstances {
    static final long SEED = 20_261_122L;
    static final int REGIONS = 200;
    static final int BLOCKS = 5;

    private AllocationInstances() {
    }

    /** The solver's default pivot seed (it changes the work done, never the answer). */
    static final long PIVOT_SEED = 0x5eed_a1_5eedL;

    /** The exact solver using at most {@code threads} threads per solve. */
    static ExactAllocationSolver solver(int threads) {
        return new ExactAllocationSolver(PIVOT_SEED, threads);
    }

    static GeneratorSpec spec(int sources, int receptors) {
        return spec(sources, REGIONS, receptors);
    }

    static GeneratorSpec spec(int sources, int regions, int receptors) {
        return GeneratorSpec.of(sources, regions, receptors, SEED).withExactBlocks(BLOCKS);
    }

    static AllocationProblem problem(int sources, int receptors) {
        return SyntheticScenarios.problem(spec(sources, receptors));
    }

    static AllocationProblem problem(int sources, int regions, int receptors) {
        return SyntheticScenarios.problem(spec(sources, regions, receptors));
    }

    /** The problem and a copy of its block arrays (cost, amount) for the one-pass floor. */
    static WithArrays withArrays(int sources, int receptors) {
        BlockArrays arrays = new BlockArrays(sources * BLOCKS);
        AllocationProblem problem = SyntheticScenarios.problem(spec(sources, receptors), arrays);
        return new WithArrays(problem, arrays.costs(), arrays.amounts());
    }

    /** A problem with its blocks as flat arrays: unit costs (CNY/t) and amounts (t). */
    record WithArrays(AllocationProblem problem, double[] costs, double[] amounts) {
    }
}
