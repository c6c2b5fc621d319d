package org.airshed.core.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Column generation stops on its certificate, not an iteration count, and the exact finish
 * closes what is left: step curves and quadratic curves alike end optimal with a gap at rounding
 * level and every source certified at 1e-9.
 */
class ColumnGenerationConvergenceTest {
    @Test
    void stepCurvesCloseTheGapExactly() {
        for (int seed = 0; seed < 500; seed++) {
            AllocationSolution s = new ExactAllocationSolver().solve(instance(seed, false));
            if (s.status() != AllocationStatus.INFEASIBLE) {
                assertEquals(AllocationStatus.OPTIMAL, s.status(), "seed " + seed);
                assertTrue(s.relativeGap() <= 1e-12, "seed " + seed + " gap " + s.relativeGap());
            }
        }
    }

    @Test
    void quadraticCurvesEndExactToo() {
        for (int seed = 0; seed < 2000; seed++) {
            AllocationProblem p = instance(seed, true);
            AllocationSolution s = new ExactAllocationSolver().solve(p);
            if (s.status() == AllocationStatus.INFEASIBLE) {
                continue;
            }
            assertEquals(AllocationStatus.OPTIMAL, s.status(), "seed " + seed + " " + s.reasons());
            assertTrue(s.iterations() <= 60, "seed " + seed + " took " + s.iterations() + " iterations");
            assertTrue(s.relativeGap() <= 1e-12, "seed " + seed + " gap " + s.relativeGap());
            assertEquals(java.util.List.of(), OptimalityCheck.verify(p, s, 1e-9), "seed " + seed);
        }
    }

    /** Random regions, sources and 1–4 receptor rows; mixed curves when {@code quadratic}. */
    static AllocationProblem instance(int seed, boolean quadratic) {
        SplittableRandom random = new SplittableRandom(seed);
        AllocationProblemBuilder b = AllocationProblem.builder();
        int regions = 1 + random.nextInt(8);
        for (int r = 0; r < regions; r++) {
            b.addRegion("R" + r, random.nextInt(3) == 0 ? random.nextDouble() * 4 : 0);
        }
        double[] regionMax = new double[regions];
        int sources = random.nextInt(40);
        for (int i = 0; i < sources; i++) {
            int r = random.nextInt(regions);
            if (quadratic && random.nextBoolean()) {
                double max = 1 + random.nextDouble() * 10;
                b.addQuadraticSource(r, max, random.nextDouble() * 3 - 1, 0.05 + random.nextDouble() * 2, max);
                regionMax[r] += max;
            } else {
                double first = 1 + random.nextInt(9);
                double second = random.nextInt(5);
                double cost = random.nextInt(6);
                b.addStepSource(r, first + second, new double[] {first, second}, new double[] {cost, cost + random.nextInt(3)});
                regionMax[r] += first + second;
            }
        }
        double total = 0;
        for (double m : regionMax) {
            total += m;
        }
        if (random.nextBoolean()) {
            b.capRequirement(random.nextDouble() * total);
        }
        int receptors = 1 + random.nextInt(4);
        for (int k = 0; k < receptors; k++) {
            double[] row = new double[regions];
            double best = 0;
            for (int r = 0; r < regions; r++) {
                row[r] = random.nextInt(3) == 0 ? 0 : random.nextDouble() * 5;
                best += row[r] * regionMax[r];
            }
            b.addReceptor(random.nextInt(regions), row, random.nextDouble() * best * 1.02);
        }
        return b.build();
    }
}
