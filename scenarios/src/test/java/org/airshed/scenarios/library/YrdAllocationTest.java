package org.airshed.scenarios.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Stream;

import org.airshed.core.allocation.AllocationSolver;
import org.airshed.core.allocation.ExactAllocationSolver;
import org.airshed.core.allocation.ReferenceLpSolver;
import org.airshed.core.model.Policy;
import org.airshed.core.model.Scenario;
import org.airshed.core.study.AllocationReport;
import org.airshed.core.study.AllocationStudy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The yrd-so2 policy does what its description says: cap and Shanghai limit both bind. */
class YrdAllocationTest {
    static Stream<Arguments> solvers() {
        return Stream.of(Arguments.of("exact", new ExactAllocationSolver()),
                Arguments.of("reference LP", new ReferenceLpSolver()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("solvers")
    void shanghaiLimitBindsAtTheLeastCostOptimum(String name, AllocationSolver solver) {
        Scenario scenario = BundledText.scenario(YrdScenarioGenerator.NAME);
        double limit = scenario.policy().receptorLimits().get("SH");

        AllocationReport withLimit = AllocationStudy.run(scenario, solver);
        AllocationReport capOnly = AllocationStudy.run(withoutReceptorLimits(scenario), solver);

        assertTrue(withLimit.isOptimal(), name + ": " + withLimit.reasons());
        assertTrue(capOnly.isOptimal(), name + ": " + capOnly.reasons());
        // without the limit, least cost moves abatement away from Shanghai and its air gets worse
        assertTrue(capOnly.region("SH").concentration() > limit + 0.1,
                "cap-only concentration at SH " + capOnly.region("SH").concentration() + " vs limit " + limit);
        assertEquals(limit, withLimit.region("SH").concentration(), 1e-6);
        assertTrue(withLimit.receptorPrices().get("SH") > 0, "μ_SH " + withLimit.receptorPrices());
        assertTrue(withLimit.capPrice() > 0, "λ " + withLimit.capPrice());
        assertEquals(scenario.policy().cap().getAsDouble(), withLimit.emissions(), 1e-6 * withLimit.emissions());
        assertTrue(withLimit.totalCost() > capOnly.totalCost());
    }

    private static Scenario withoutReceptorLimits(Scenario s) {
        Policy p = s.policy();
        return new Scenario(s.name(), s.description(), s.seed(), s.units(), s.objective(), s.regions(), s.transfer(),
                s.sources(), new Policy(p.cap(), Map.of(), p.duties()));
    }
}
