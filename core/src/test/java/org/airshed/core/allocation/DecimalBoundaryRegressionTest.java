package org.airshed.core.allocation;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A cap or limit that sits exactly on a block boundary in decimal but not in binary: total baseline
 * − cap came out ~1e-13 above the blocks below the boundary, the solver took a sliver of the next
 * block and priced it there (36.2 instead of 18.03; the cheapest block's cost instead of 0 at cap =
 * total baseline). Requirements are formed as the study forms them (total baseline − cap, baseline
 * concentration − limit). The cap-only tests, the limit at the baseline concentration and the two
 * seeds of {@link DecimalBoundaryPropertyTest} were red before the rule that a requirement within
 * rounding of a block boundary is met at the boundary ({@link BoundaryRule}); the other limit tests
 * were green already (the dual choice had the same allowance) and guard the receptor path.
 */
class DecimalBoundaryRegressionTest {
    /**
     * Baselines 0.1, 0.2, 0.3 (float total 0.6000000000000001), each one block of its baseline at
     * 12.5, 18.03 and 36.2: a cap of 0.3 asks for 0.3000000000000001, above the float sum of the two
     * cheap blocks, 0.30000000000000004.
     */
    private static AllocationProblemBuilder threeSources(int[] regionOf, String... regions) {
        return sources(new double[] {0.1, 0.2, 0.3}, regionOf, regions);
    }

    private static AllocationProblemBuilder sources(double[] baselines, int[] regionOf, String... regions) {
        AllocationProblemBuilder b = AllocationProblem.builder();
        for (String id : regions) {
            b.addRegion(id, 0);
        }
        double[] costs = {12.5, 18.03, 36.2};
        for (int i = 0; i < baselines.length; i++) {
            b.addStepSource(regionOf[i], baselines[i], new double[] {baselines[i]}, new double[] {costs[i]});
        }
        return b;
    }

    private static final double TOTAL_BASELINE = 0.1 + 0.2 + 0.3;

    @Test
    void capOnABoundaryIsPricedAtTheLowerBlock() {
        // Cap 0.3: reduce 0.3, exactly the two cheap blocks in decimal.
        AllocationProblem p = threeSources(new int[] {0, 0, 0}, "R").capRequirement(TOTAL_BASELINE - 0.3).build();
        AllocationSolution s = new ExactAllocationSolver().solve(p);
        assertAll(() -> assertEquals(AllocationStatus.OPTIMAL, s.status()),
                () -> assertEquals(18.03, s.capPrice(), 0, "λ"),
                () -> assertEquals(0.1, s.abatement()[0], 0),
                () -> assertEquals(0.2, s.abatement()[1], 0),
                () -> assertEquals(0, s.abatement()[2], 0, "no sliver of the 36.2 block"));
        // Baselines 0.1, 0.3, 0.7 and cap 0.7: 0.40000000000000013 asked, 0.4 below the boundary.
        double total = 0.1 + 0.3 + 0.7;
        AllocationProblem q = sources(new double[] {0.1, 0.3, 0.7}, new int[] {0, 0, 0}, "R")
                .capRequirement(total - 0.7).build();
        assertEquals(18.03, new ExactAllocationSolver().solve(q).capPrice(), 0, "λ at cap 0.7");
    }

    @Test
    void capAtTheTotalBaselineIsPricedAtZero() {
        AllocationProblem p = threeSources(new int[] {0, 0, 0}, "R").capRequirement(TOTAL_BASELINE - 0.6).build();
        AllocationSolution s = new ExactAllocationSolver().solve(p);
        assertAll(() -> assertEquals(AllocationStatus.OPTIMAL, s.status()),
                () -> assertEquals(0, s.capPrice(), 0, "λ"),
                () -> assertEquals(List.of(0.0, 0.0, 0.0), List.of(s.abatement()[0], s.abatement()[1], s.abatement()[2])));
    }

    @Test
    void capOnABoundaryOfManySourcesIsPricedAtTheLowerBlock() {
        // The sampled bracket and chunked passes (forced on by a threshold of 1 source).
        AllocationProblem p = threeSources(new int[] {0, 0, 0}, "R").capRequirement(TOTAL_BASELINE - 0.3).build();
        AllocationSolution s = new ExactAllocationSolver(7, Workers.sequential(), 1).solve(p);
        assertEquals(18.03, s.capPrice(), 0, "λ");
        assertEquals(0, s.abatement()[2], 0, "no sliver of the 36.2 block");
    }

    @Test
    void limitOnABoundaryIsPricedAtTheLowerBlock() {
        // One receptor in A, every region's transfer 1: baseline concentration 0.6000000000000001, limit 0.3.
        AllocationProblemBuilder b = threeSources(new int[] {0, 0, 1}, "A", "B");
        b.addReceptor(0, new double[] {1, 1}, TOTAL_BASELINE - 0.3);
        AllocationProblem p = b.build();
        AllocationSolution s = new ExactAllocationSolver().solve(p);
        assertAll(() -> assertEquals(AllocationStatus.OPTIMAL, s.status()),
                () -> assertEquals(18.03, s.receptorPrices()[0], 0, "μ"),
                () -> assertEquals(0, s.abatement()[2], 0, "no sliver of the 36.2 block"));
    }

    @Test
    void limitOnABoundaryInOneRegionLeavesTheSliver() {
        // The three sources in the receptor's own region: the exact finish pins the region at 36.2
        // with a 5.6e-17 sliver of its block, which the split took.
        AllocationProblemBuilder b = threeSources(new int[] {0, 0, 0}, "A");
        b.addReceptor(0, new double[] {1}, TOTAL_BASELINE - 0.3);
        AllocationSolution s = new ExactAllocationSolver().solve(b.build());
        assertAll(() -> assertEquals(AllocationStatus.OPTIMAL, s.status()),
                () -> assertEquals(18.03, s.receptorPrices()[0], 0, "μ"),
                () -> assertEquals(0, s.abatement()[2], 0, "no sliver of the 36.2 block"));
    }

    /**
     * Limits on a boundary in several regions: the split filled the bottom of a pinned region's jump,
     * summed in curve order, from strict responses summed in source order, and took the ulps between
     * them from the next block (0.8000000000000009 of a source whose blocks up to the price hold 0.8).
     */
    @Test
    void limitOnABoundaryLeavesNoUlpOfTheNextBlock() {
        assertAll(java.util.stream.LongStream.of(1_400_001, 1_400_003).mapToObj(seed -> () -> assertEquals(List.of(),
                DecimalBoundaryPropertyTest.check(DecimalBoundaryPropertyTest.limitOnABoundary(seed),
                        new ExactAllocationSolver()))));
    }

    @Test
    void limitAtTheBaselineConcentrationIsPricedAtZero() {
        AllocationProblemBuilder b = threeSources(new int[] {0, 0, 1}, "A", "B");
        b.addReceptor(0, new double[] {1, 1}, TOTAL_BASELINE - 0.6);
        AllocationSolution s = new ExactAllocationSolver().solve(b.build());
        assertAll(() -> assertEquals(AllocationStatus.OPTIMAL, s.status()),
                () -> assertEquals(0, s.receptorPrices()[0], 0, "μ"),
                () -> assertEquals(0, s.abatement()[0] + s.abatement()[1] + s.abatement()[2], 0));
    }

    @Test
    void capOnABoundaryWithALimitIsPricedAtTheLowerBlock() {
        // The cap as above and a limit nobody needs: through column generation and the exact finish.
        AllocationProblemBuilder b = threeSources(new int[] {0, 0, 1}, "A", "B").capRequirement(TOTAL_BASELINE - 0.3);
        b.addReceptor(1, new double[] {0.5, 1}, 0.01);
        AllocationSolution s = new ExactAllocationSolver().solve(b.build());
        assertAll(() -> assertEquals(AllocationStatus.OPTIMAL, s.status()),
                () -> assertEquals(18.03, s.capPrice(), 0, "λ"),
                () -> assertEquals(0, s.receptorPrices()[0], 0, "μ"),
                () -> assertEquals(0, s.abatement()[2], 0, "no sliver of the 36.2 block"));
    }
}
