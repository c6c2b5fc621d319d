package org.airshed.core.discrete.multi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.airshed.core.allocation.AllocationStatus;
import org.airshed.core.allocation.multi.MultiPollutantProblem;
import org.airshed.core.allocation.multi.MultiPollutantProblemBuilder;
import org.airshed.core.allocation.multi.MultiPollutantSolution;
import org.airshed.core.allocation.multi.MultiPollutantSolvers;
import org.junit.jupiter.api.Test;

/**
 * Review 16, finding 2: {@code hullBound} was the root's Lagrangian bound (lowered by the row
 * tolerances and a rounding margin: 1566.666661377726 on review16/adv/disc.json where the
 * continuous optimum is 4700/3), not the continuous optimum the docs promise. It must equal the
 * exact continuous solver's objective on the same problem, to the bit.
 */
class HullBoundIsTheContinuousOptimumTest {
    /** review16/adv/disc.json: two pollutants, two regions, a signed receptor row. */
    private static MultiPollutantProblem disc() {
        MultiPollutantProblemBuilder b = MultiPollutantProblem.builder(new String[] {"SO2", "NOx"},
                new String[] {"A", "B"});
        b.optionSource(0, new double[] {100, 50});
        b.option(900, new double[] {0.9, 0});
        b.option(800, new double[] {0, 0.8});
        b.option(1600, new double[] {0.9, 0.8});
        b.optionSource(1, new double[] {80, 60});
        b.option(200, new double[] {0.5, 0});
        b.option(900, new double[] {0.875, 0.5});
        b.optionSource(1, new double[] {40, 40});
        b.option(700, new double[] {0.5, 0.5});
        b.cap(0, 220 - 120);
        b.cap(1, 150 - 100);
        return b.build();
    }

    @Test
    void hullBoundOfDiscIsTheContinuousOptimum() {
        MultiPollutantProblem q = disc();
        MultiPollutantSolution continuous = MultiPollutantSolvers.exact().solve(q);
        MultiDiscreteResult r = MultiDiscreteSolver.solve(MultiDiscreteProblem.of(q), 20_000, null, 1);
        assertEquals(continuous.cost(), r.hullBound(), 0.0);
    }

    @Test
    void hullBoundIsTheContinuousOptimumOnSeededInstances() {
        List<String> failures = new ArrayList<>();
        int compared = 0;
        for (long seed = 0; seed < 60; seed++) {
            MultiPollutantProblem q = MultiDiscreteInstances.small(seed);
            MultiPollutantSolution continuous = MultiPollutantSolvers.exact().solve(q);
            if (continuous.status() != AllocationStatus.OPTIMAL) {
                continue;
            }
            compared++;
            MultiDiscreteResult r = MultiDiscreteSolver.solve(MultiDiscreteProblem.of(q), 3, null, seed);
            if (Double.doubleToLongBits(continuous.cost()) != Double.doubleToLongBits(r.hullBound())) {
                failures.add("seed " + seed + ": hullBound " + r.hullBound() + ", continuous " + continuous.cost());
            }
        }
        assertTrue(compared >= 30, "only " + compared + " continuous optima");
        assertTrue(failures.isEmpty(), failures.size() + " failures:\n" + String.join("\n", failures));
    }
}
