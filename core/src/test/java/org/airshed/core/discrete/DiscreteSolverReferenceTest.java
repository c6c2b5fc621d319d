package org.airshed.core.discrete;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.airshed.core.discrete.bound.HullBound;
import org.airshed.core.discrete.heuristic.RoundedHull;
import org.junit.jupiter.api.Test;

/**
 * The discrete solver against brute force on seeded tiny instances: branch and bound proves
 * every optimum, and the bound it reports is the optimum.
 */
class DiscreteSolverReferenceTest {
    private static final int INSTANCES = 240;
    private static final double TOLERANCE = 1e-9;

    @Test
    void provesTheBruteForceOptimum() {
        List<String> misses = new ArrayList<>();
        int infeasible = 0;
        for (long seed = 0; seed < INSTANCES; seed++) {
            DiscreteProblem problem = TinyInstances.generate(seed);
            int[] optimum = BruteForce.optimum(problem);
            DiscreteResult result = DiscreteSolver.solve(problem, DiscreteSettings.of(seed).withUnimprovedStepLimit(100));
            if (optimum == null) {
                infeasible++;
                assertFalse(result.isFeasible(), "seed " + seed + ": brute force found no feasible choice");
                assertFalse(result.reasons().isEmpty(), "seed " + seed);
                continue;
            }
            double best = problem.cost(optimum);
            double slack = TOLERANCE * Math.max(1, best);
            assertTrue(result.isFeasible(), "seed " + seed + ": " + result.reasons());
            assertTrue(ScaledProblem.of(problem).isFeasible(result.choice()), "seed " + seed);
            assertEquals(result.cost(), problem.cost(result.choice()), slack, "seed " + seed);
            assertTrue(result.bound() <= best + slack, "seed " + seed + ": bound " + result.bound() + " > optimum " + best);
            assertTrue(best <= result.cost() + slack, "seed " + seed);
            assertTrue(result.constructionCost() >= best - slack, "seed " + seed);
            if (result.cost() > best + slack) {
                misses.add("seed " + seed + ": " + result.cost() + " > " + best + " (" + problem + ")");
            }
            if (!result.isOptimal() || result.bound() != result.cost() || result.relativeGap() != 0) {
                misses.add("seed " + seed + ": " + result.status().key() + ", bound " + result.bound() + ", gap "
                        + result.relativeGap() + " (" + problem + ")");
            }
            assertTrue(result.hullBound() <= result.bound(), "seed " + seed);
            assertEquals(0, result.searchSteps(), "seed " + seed + ": proven, so no local search");
        }
        assertTrue(misses.isEmpty(), misses.size() + " misses: " + String.join("\n", misses));
        assertTrue(infeasible < INSTANCES / 4, "too many infeasible instances to be a test: " + infeasible);
    }

    @Test
    void roundedHullIsFeasibleWheneverTheProblemIs() {
        for (long seed = 1000; seed < 1000 + INSTANCES; seed++) {
            DiscreteProblem problem = TinyInstances.generate(seed);
            ScaledProblem scaled = ScaledProblem.of(problem);
            int[] construction = RoundedHull.construct(scaled, HullBound.compute(problem));
            assertEquals(BruteForce.optimum(problem) != null, scaled.isFeasible(construction), "seed " + seed);
        }
    }
}
