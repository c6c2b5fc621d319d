package org.airshed.core.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.airshed.core.allocation.AllocationSolution;
import org.airshed.core.allocation.AllocationStatus;
import org.airshed.core.allocation.ExactAllocationSolver;
import org.airshed.core.model.Objective;
import org.airshed.core.model.Policy;
import org.airshed.core.model.QuadraticCurve;
import org.airshed.core.model.Region;
import org.airshed.core.model.Scenario;
import org.airshed.core.model.Source;
import org.airshed.core.model.TransferMatrix;
import org.airshed.core.model.Units;
import org.junit.jupiter.api.Test;

/**
 * Issue #13's verdicts at the scenario level: `infeasible` only with a proof, the same one
 * {@code validate} gives ({@link InfeasibilityExplainer}), and a solver that stops short is an
 * iteration limit, not an infeasibility. Each test was red before its fix.
 */
class ExactVerdictsTest {
    private static final double TOL = 1e-9;

    /**
     * The reported case: a cap equal to the total baseline and a limit that cannot be broken; the
     * optimum is to abate nothing. Column generation used to stall at a gap of 2.8e-7 on it, which
     * the study reported as infeasible (exit 2).
     */
    @Test
    void capAtTotalBaselineWithAnUnbreakableLimitIsOptimalAbatingNothing() {
        for (double limit : new double[] {25.661, 30}) {
            Scenario s = threeQuadraticSources(213, limit);
            assertTrue(InfeasibilityExplainer.explain(ScenarioProblem.of(s)).isEmpty(), "validate says valid");
            AllocationReport r = AllocationStudy.run(s, new ExactAllocationSolver());
            assertEquals(AllocationStatus.OPTIMAL, r.status(), "limit " + limit + ": " + r.reasons());
            assertEquals(0, r.totalReduction(), TOL);
            assertEquals(0, r.totalCost(), TOL);
            assertEquals(0, r.capPrice(), TOL);
            assertEquals(0, r.receptorPrices().get("R0"), TOL);
        }
    }

    /**
     * A requirement above full abatement by less than the explainer's rounding tolerance (5e-11
     * relative): {@code validate} calls it valid, so {@code run} must solve it (the solver's own
     * check used a stricter tolerance and called it infeasible).
     */
    @Test
    void validateAndRunAgreeOnARequirementAboveFullAbatementByRounding() {
        double baseline = 1000;
        Scenario s = new Scenario("edge", "rounding edge", 1, Units.DEFAULT, Objective.COST,
                List.of(TinyScenarios.region("A", 0, 0)), new TransferMatrix(Map.of()),
                List.of(TinyScenarios.steps("a1", "A", baseline, 400, 10, baseline * (1 - 5e-11) - 400, 20)),
                new Policy(OptionalDouble.of(0), Map.of(), Map.of()));
        assertTrue(InfeasibilityExplainer.explain(ScenarioProblem.of(s)).isEmpty(), "validate says valid");
        AllocationReport r = AllocationStudy.run(s, new ExactAllocationSolver());
        assertEquals(AllocationStatus.OPTIMAL, r.status(), r.reasons().toString());
        assertEquals(baseline * (1 - 5e-11), r.totalReduction(), 1e-9);
        assertEquals(20, r.capPrice(), TOL);
    }

    /** A solver that stops at its iteration limit has an allocation; the study must not call it infeasible. */
    @Test
    void anIterationLimitIsReportedAsSuchWithItsAllocation() {
        Scenario s = TinyScenarios.twoRegions(Objective.COST, 0, 0, TinyScenarios.cap(120));
        AllocationReport r = AllocationStudy.run(s, problem -> new AllocationSolution(AllocationStatus.ITERATION_LIMIT,
                new double[] {30, 30}, 900, 20, new double[0], 3e-6, 40,
                List.of("column generation stalled at certified relative gap 3e-6")));
        assertEquals(AllocationStatus.ITERATION_LIMIT, r.status());
        assertFalse(r.isOptimal());
        assertEquals(60, r.totalReduction(), TOL);
        assertEquals(900, r.totalCost(), TOL);
        assertEquals(20, r.capPrice(), TOL);
        assertEquals(3e-6, r.relativeGap(), 0);
        assertEquals(2, r.regions().size());
        assertTrue(r.reasons().get(0).message().contains("relative gap"), r.reasons().toString());
    }

    /**
     * Three quadratic sources in region R2, none elsewhere; receptor R0 takes 0.097 per tonne from
     * R2. The cap equals the total baseline and R0's limit is at least its baseline concentration.
     */
    private static Scenario threeQuadraticSources(double cap, double limitR0) {
        Map<String, Map<String, Double>> t = new LinkedHashMap<>();
        t.put("R0", Map.of("R0", 0.043, "R1", 0.003, "R2", 0.097));
        t.put("R1", Map.of("R0", 0.011, "R1", 0.033, "R2", 0.017));
        t.put("R2", Map.of("R0", 0.077, "R1", 0.025, "R2", 0.095));
        List<Region> regions = List.of(TinyScenarios.region("R0", 0, 5), TinyScenarios.region("R1", 0, 5),
                TinyScenarios.region("R2", 0, 5));
        List<Source> sources = List.of(
                new Source("s0", "R2", null, null, 90, new QuadraticCurve(17, 4.5, 90)),
                new Source("s1", "R2", null, null, 50, new QuadraticCurve(3, 4.5, 50)),
                new Source("s2", "R2", null, null, 73, new QuadraticCurve(11, 7.5, 73)));
        return new Scenario("unbreakable", "cap at total baseline, limit at or above the baseline concentration", 1,
                Units.DEFAULT, Objective.COST, regions, new TransferMatrix(t), sources,
                new Policy(OptionalDouble.of(cap), Map.of("R0", limitR0), Map.of()));
    }
}
