package org.airshed.core.allocation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Hand-computed cap-only allocations: the equi-marginal price and who abates at it. */
class EquiMarginalSelectionTest {
    private static final double EXACT = 1e-12;

    private static AllocationSolution solve(AllocationProblemBuilder b) {
        return new ExactAllocationSolver().solve(b.build());
    }

    @Test
    void priceIsTheUnitCostOfTheMarginalBlock() {
        AllocationProblemBuilder b = AllocationProblem.builder();
        int r = b.addRegion("A", 0);
        b.addStepSource(r, 10, new double[] {4, 6}, new double[] {100, 300});
        b.addStepSource(r, 10, new double[] {5}, new double[] {200});
        b.capRequirement(12); // 4 at 100, 5 at 200, then 3 of the 300 block
        AllocationSolution s = solve(b);
        assertEquals(300, s.capPrice(), EXACT);
        assertArrayEquals(new double[] {7, 5}, s.abatement(), EXACT);
        assertEquals(4 * 100 + 5 * 200 + 3 * 300, s.cost(), EXACT);
    }

    @Test
    void tiedBlocksFillInSourceOrder() {
        AllocationProblemBuilder b = AllocationProblem.builder();
        int r = b.addRegion("A", 0);
        b.addStepSource(r, 5, new double[] {5}, new double[] {50});
        b.addStepSource(r, 5, new double[] {5}, new double[] {50});
        b.addStepSource(r, 5, new double[] {5}, new double[] {50});
        b.capRequirement(7);
        AllocationSolution s = solve(b);
        assertEquals(50, s.capPrice(), EXACT);
        assertArrayEquals(new double[] {5, 2, 0}, s.abatement(), EXACT);
    }

    @Test
    void quadraticSourcesMeetAtTheSamePrice() {
        // MC_1 = 2a, MC_2 = 10 + a: at λ = 20, a_1 = 10 and a_2 = 10.
        AllocationProblemBuilder b = AllocationProblem.builder();
        int r = b.addRegion("A", 0);
        b.addQuadraticSource(r, 50, 0, 2, 50);
        b.addQuadraticSource(r, 50, 10, 1, 50);
        b.capRequirement(20);
        AllocationSolution s = solve(b);
        assertEquals(20, s.capPrice(), 1e-9);
        assertArrayEquals(new double[] {10, 10}, s.abatement(), 1e-9);
        assertEquals(100 + (100 + 50), s.cost(), 1e-9);
    }

    @Test
    void slackCapHasZeroPriceAndZeroCostBlocksAreNotTakenForNothing() {
        AllocationProblemBuilder b = AllocationProblem.builder();
        int r = b.addRegion("A", 0);
        b.addStepSource(r, 10, new double[] {3, 7}, new double[] {0, 40});
        b.capRequirement(-5); // cap above baseline
        AllocationSolution s = solve(b);
        assertEquals(0, s.capPrice(), EXACT);
        assertArrayEquals(new double[] {0}, s.abatement(), EXACT);
    }

    @Test
    void zeroCostBlocksAreTakenAtZeroPriceWhenNeeded() {
        AllocationProblemBuilder b = AllocationProblem.builder();
        int r = b.addRegion("A", 0);
        b.addStepSource(r, 10, new double[] {3, 7}, new double[] {0, 40});
        b.capRequirement(2);
        AllocationSolution s = solve(b);
        assertEquals(0, s.capPrice(), EXACT);
        assertArrayEquals(new double[] {2}, s.abatement(), EXACT);
    }

    @Test
    void negativeCostAbatementIsTakenEvenWithoutACap() {
        AllocationProblemBuilder b = AllocationProblem.builder();
        int r = b.addRegion("A", 0);
        b.addStepSource(r, 10, new double[] {3, 7}, new double[] {-20, 40});
        AllocationSolution s = solve(b);
        assertArrayEquals(new double[] {3}, s.abatement(), EXACT);
        assertEquals(-60, s.cost(), EXACT);
    }

    @Test
    void welfareWeightRaisesTheRegionsPrice() {
        // Region B's abatement also avoids damage worth 25 per unit, so it abates up to 25 + λ.
        AllocationProblemBuilder b = AllocationProblem.builder();
        int a = b.addRegion("A", 0);
        int bb = b.addRegion("B", 25);
        b.addStepSource(a, 10, new double[] {10}, new double[] {30});
        b.addStepSource(bb, 10, new double[] {10}, new double[] {40});
        b.capRequirement(5);
        AllocationSolution s = solve(b);
        assertEquals(15, s.capPrice(), EXACT); // B's block at 40 − 25
        assertArrayEquals(new double[] {0, 5}, s.abatement(), EXACT);
        // Without the cap B still abates everything its damage saving pays for: nothing here (40 > 25).
    }

    @Test
    void resultDoesNotDependOnThePivotSeed() {
        SplittableRandom random = new SplittableRandom(7);
        AllocationProblemBuilder b = AllocationProblem.builder();
        int r = b.addRegion("A", 0);
        for (int i = 0; i < 500; i++) {
            if (i % 3 == 0) {
                b.addQuadraticSource(r, 20, random.nextInt(50), 0.5 + random.nextDouble(), 20);
            } else {
                b.addStepSource(r, 20, new double[] {10, 10}, new double[] {random.nextInt(40), 40 + random.nextInt(40)});
            }
        }
        b.capRequirement(4000);
        AllocationProblem problem = b.build();
        AllocationSolution first = new ExactAllocationSolver(1).solve(problem);
        AllocationSolution second = new ExactAllocationSolver(99).solve(problem);
        assertEquals(first.capPrice(), second.capPrice(), 0);
        assertArrayEquals(first.abatement(), second.abatement(), 0);
    }
}
