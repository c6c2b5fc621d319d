package org.airshed.core.allocation.multi;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rows asking for every unit (a row's requirement set to exactly the most the sources can give it,
 * {@link MultiBoundaryStallRegressionTest#atBoundary}) against ojAlgo as in {@link MultiDifferentialTest}:
 * the same verdict, the objective to 1e-9 relative, the KKT check at 1e-9; 2,700 instances (300 per
 * flavour, the draw that found the stalls; about 5 s). Where ojAlgo calls the instance infeasible (its
 * sums of the same amounts in another order fall an ulp short: QUADRATIC 50205) it solves a copy
 * asking 1e-14 less, since the solver meets a rounding-size shortfall, as documented.
 */
class MultiBoundaryDifferentialTest {
    static Stream<Arguments> instances() {
        return MultiDifferentialTest.instances(300, 50_000);
    }

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("instances")
    void agreesWithOjAlgoAtTheBoundary(MultiRandomProblems.Flavour flavour, long seed) {
        MultiPollutantProblem q = MultiBoundaryStallRegressionTest.atBoundary(MultiRandomProblems.draw(flavour, seed));
        MultiDifferentialTest.check(q, MultiOjAlgoReference.solve(q).feasible() ? q
                : MultiBoundaryStallRegressionTest.atBoundary(MultiRandomProblems.draw(flavour, seed), 1 - 1e-14));
    }
}
