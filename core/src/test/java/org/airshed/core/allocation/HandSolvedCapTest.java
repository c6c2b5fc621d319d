package org.airshed.core.allocation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A cap-only case solved by hand. Cap: abate at least 12 t in total.
 * <ul>
 *   <li>source 0 (north): 2 t at 10 yuan/t, then 3 t at 30 yuan/t;</li>
 *   <li>source 1 (north): quadratic C(a) = 5a + 2a²/2 on [0, 20] (marginal cost 5 + 2a);</li>
 *   <li>source 2 (south): 4 t at 20 yuan/t.</li>
 * </ul>
 * Equi-marginal price λ: for 10 &lt; λ &lt; 20 the response is 2 + (λ − 5)/2 + 0 ≤ 9.5 &lt; 12; at
 * λ = 20 it is 2 + 7.5 + [0, 4] ∋ 12; so λ = 20 yuan/t, a = (2, 7.5, 2.5) t, cost 2·10 +
 * (5·7.5 + 7.5²) + 2.5·20 = 20 + 93.75 + 50 = 163.75 yuan.
 */
class HandSolvedCapTest {
    static AllocationProblem problem() {
        AllocationProblemBuilder b = AllocationProblem.builder();
        int north = b.addRegion("north", 0);
        int south = b.addRegion("south", 0);
        b.addStepSource(north, 10, new double[] {2, 3}, new double[] {10, 30});
        b.addQuadraticSource(north, 25, 5, 2, 20);
        b.addStepSource(south, 6, new double[] {4}, new double[] {20});
        return b.capRequirement(12).build();
    }

    static Stream<Arguments> solvers() {
        return Stream.of(Arguments.of("reference", new ReferenceLpSolver()),
                Arguments.of("exact", new ExactAllocationSolver()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("solvers")
    void findsTheHandSolvedPriceAndSplit(String name, AllocationSolver solver) {
        AllocationProblem p = problem();
        AllocationSolution s = solver.solve(p);

        assertTrue(s.isOptimal(), name + ": " + s.reasons());
        assertEquals(20, s.capPrice(), 1e-9, name + ": λ");
        assertArrayEquals(new double[] {2, 7.5, 2.5}, s.abatement(), 1e-9, name + ": a");
        assertEquals(163.75, s.cost(), 1e-9, name + ": cost");
        assertEquals(List.of(), OptimalityCheck.verify(p, s, 1e-9), name);
    }
}
