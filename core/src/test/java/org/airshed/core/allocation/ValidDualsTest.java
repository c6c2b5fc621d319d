package org.airshed.core.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.airshed.core.allocation.RandomProblems.Flavour;
import org.junit.jupiter.api.Test;

/**
 * Degenerate duals resolved the documented way, the lexicographically smallest valid vector:
 * the smallest cap price, then the smallest price of the first receptor, and so on.
 */
class ValidDualsTest {
    private static final double TOL = 1e-12;

    /** A cap met exactly by the blocks up to 5 (the next costs 7): any λ in [5, 7] is valid; 5 it is. */
    @Test
    void aCapEndingOnABlockIsPricedAtThatBlock() {
        AllocationProblemBuilder b = AllocationProblem.builder();
        int a = b.addRegion("A", 0);
        int c = b.addRegion("B", 0);
        b.addStepSource(a, 10, new double[] {4, 6}, new double[] {5, 9});
        b.addStepSource(c, 10, new double[] {3, 7}, new double[] {2, 7});
        b.capRequirement(7);
        b.addReceptor(a, new double[] {1, 1}, 1);
        AllocationProblem p = b.build();
        AllocationSolution s = new ExactAllocationSolver().solve(p);
        assertEquals(5, s.capPrice(), TOL);
        assertEquals(0, s.receptorPrices()[0], 0);
        assertEquals(List.of(), IndependentCheck.of(p, s));
    }

    /**
     * Two receptors with the same row, both binding: only μ1 + μ2 is determined. The first takes
     * nothing, the second all.
     */
    @Test
    void twinReceptorsPutThePriceOnTheLastOne() {
        AllocationProblemBuilder b = AllocationProblem.builder();
        int a = b.addRegion("A", 0);
        int c = b.addRegion("B", 0);
        b.addStepSource(a, 10, new double[] {10}, new double[] {3});
        b.addQuadraticSource(c, 10, 1, 1, 10);
        b.addReceptor(a, new double[] {1, 0.5}, 8);
        b.addReceptor(c, new double[] {1, 0.5}, 8);
        AllocationProblem p = b.build();
        AllocationSolution s = new ExactAllocationSolver().solve(p);
        assertEquals(0, s.receptorPrices()[0], 0);
        // A takes 8 at price 3 only if B (price μ/2) stays below marginal cost 1 + a_B: μ = 3, B abates 0.5.
        assertEquals(3, s.receptorPrices()[1], TOL);
        assertEquals(List.of(), IndependentCheck.of(p, s));
    }

    /** Nothing asked and nothing worth doing: every price 0, whatever the rows' shapes. */
    @Test
    void nothingAskedIsPricedAtZero() {
        AllocationProblemBuilder b = AllocationProblem.builder();
        int a = b.addRegion("A", 0);
        b.addQuadraticSource(a, 5, 0, 2, 5);
        b.addStepSource(a, 5, new double[] {5}, new double[] {0});
        b.capRequirement(0);
        b.addReceptor(a, new double[] {1}, 0);
        AllocationProblem p = b.build();
        AllocationSolution s = new ExactAllocationSolver().solve(p);
        assertEquals(0, s.capPrice(), 0);
        assertEquals(0, s.receptorPrices()[0], 0);
        assertEquals(List.of(), IndependentCheck.of(p, s));
    }

    /**
     * Found by the slow differential run, each red before its fix: rounding-size rows (a zero row
     * of the valid set's arithmetic, 5e-17 long) that the lexicographic LP normalised to unit length
     * and took for constraints, so it stopped at the first point it stood on (μ 8 where 0 was
     * valid); dependent working rows that made its multipliers' QR throw; and a duplicated region
     * normal that the QR without pivoting counted as rank (the set looked like a point: λ = 6 where
     * 0 was valid, TIES 5014960).
     */
    @Test
    void roundingSizeRowsConstrainNothing() {
        long[][] cases = {{Flavour.TIES.ordinal(), 5010400}, {Flavour.TIES.ordinal(), 5017819},
                {Flavour.TIES.ordinal(), 5011105}, {Flavour.TIES.ordinal(), 5012283}, {Flavour.TIES.ordinal(), 5013948}, {Flavour.TIES.ordinal(), 5014960},
                {Flavour.MIXED.ordinal(), 8016093}, {Flavour.MIXED.ordinal(), 8017902}};
        for (long[] c : cases) {
            Flavour flavour = Flavour.values()[(int) c[0]];
            AllocationProblem p = RandomProblems.generate(flavour, c[1]);
            assertEquals(List.of(), IndependentCheck.of(p, new ExactAllocationSolver().solve(p)), flavour + " " + c[1]);
        }
    }
}
