package org.airshed.core.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.airshed.core.allocation.AllocationSolution;
import org.airshed.core.allocation.AllocationSolver;
import org.airshed.core.allocation.AllocationStatus;
import org.airshed.core.model.Objective;
import org.airshed.core.model.Policy;
import org.airshed.core.model.Scenario;
import org.junit.jupiter.api.Test;

/** The report's arithmetic, given a solution: the solver is stubbed with a hand-computed optimum. */
class AllocationStudyTest {
    private static final double TOL = 1e-9;

    private static AllocationSolver returning(double[] abatement, double capPrice, double... receptorPrices) {
        return problem -> new AllocationSolution(AllocationStatus.OPTIMAL, abatement.clone(), Double.NaN, capPrice,
                receptorPrices.clone(), 0, 3, List.of());
    }

    @Test
    void capOnlyReport() {
        // Cap 120: 60 t; a1 takes its 30 t at 10, b1 30 of its 40 t at 20, so λ = 20.
        Scenario s = TinyScenarios.twoRegions(Objective.COST, 2, 1, TinyScenarios.cap(120));
        AllocationReport r = AllocationStudy.run(s, returning(new double[] {30, 30}, 20));

        assertEquals(AllocationStatus.OPTIMAL, r.status());
        assertEquals(900, r.totalCost(), TOL);
        assertEquals(900, r.objective(), TOL);
        assertEquals(60, r.totalReduction(), TOL);
        assertEquals(120, r.emissions(), TOL);
        assertEquals(20, r.capPrice(), TOL);
        assertTrue(r.receptorPrices().isEmpty());
        assertEquals(3, r.iterations());

        // z_A = 5 + 0.1·70 + 0.05·50 = 14.5, z_B = 3 + 0.2·50 = 13; damages 2·14.5 + 1·13 = 42.
        RegionOutcome a = r.region("A");
        assertEquals(100, a.baseline(), TOL);
        assertEquals(30, a.reduction(), TOL);
        assertEquals(70, a.emissions(), TOL);
        assertEquals(300, a.cost(), TOL);
        assertEquals(14.5, a.concentration(), TOL);
        assertEquals(29, a.damage(), TOL);
        assertTrue(a.limit().isEmpty());
        assertTrue(a.receptorPrice().isEmpty());
        RegionOutcome b = r.region("B");
        assertEquals(600, b.cost(), TOL);
        assertEquals(13, b.concentration(), TOL);
        assertEquals(42, r.damages(), TOL);

        SourceOutcome a1 = r.source("a1");
        assertEquals(10, a1.marginalCost(), TOL);
        assertEquals(20, a1.price(), TOL);
        assertEquals(70, a1.emissions(), TOL);
        SourceOutcome b1 = r.source("b1");
        assertEquals(20, b1.marginalCost(), TOL);
        assertEquals(20, b1.price(), TOL);
        assertTrue(r.cooperation().isEmpty());
    }

    @Test
    void receptorPricesReachSourcesThroughTransfer() {
        // Limit 14.25 at A: optimum a = (30, 35), cap slack, μ_A = 400 (b1 interior at 20 = 400·0.05).
        Scenario s = TinyScenarios.twoRegions(Objective.COST, 0, 0,
                TinyScenarios.capAndLimits(120, Map.of("A", 14.25)));
        AllocationReport r = AllocationStudy.run(s, returning(new double[] {30, 35}, 0, 400));

        assertEquals(Map.of("A", 400.0), r.receptorPrices());
        assertEquals(0, r.capPrice(), TOL);
        assertEquals(1000, r.totalCost(), TOL);
        assertEquals(14.25, r.region("A").concentration(), TOL);
        assertEquals(14.25, r.region("A").limit().getAsDouble(), TOL);
        assertEquals(400, r.region("A").receptorPrice().getAsDouble(), TOL);
        assertEquals(12, r.region("B").concentration(), TOL);
        assertEquals(40, r.source("a1").price(), TOL);
        assertEquals(20, r.source("b1").price(), TOL);
        assertEquals(20, r.source("b1").marginalCost(), TOL);
    }

    @Test
    void welfareObjectiveAddsDamages() {
        // w = (20, 30): a1 abates its 10-block, b1 its 20-block: a = (30, 40), cost 1100;
        // z = (5 + 7 + 2, 3 + 8) = (14, 11), damages 200·14 + 100·11 = 3900.
        Scenario s = TinyScenarios.twoRegions(Objective.WELFARE, 200, 100, Policy.NONE);
        AllocationReport r = AllocationStudy.run(s, returning(new double[] {30, 40}, 0));

        assertEquals(Objective.WELFARE, r.objectiveKind());
        assertEquals(1100, r.totalCost(), TOL);
        assertEquals(3900, r.damages(), TOL);
        assertEquals(5000, r.objective(), TOL);
        assertEquals(0, r.capPrice(), TOL);
        assertEquals(20, r.source("a1").price(), TOL);
        assertEquals(30, r.source("b1").price(), TOL);
    }

    @Test
    void capPriceIsZeroWithoutCapWhateverTheSolverSays() {
        Scenario s = TinyScenarios.twoRegions(Objective.WELFARE, 200, 100, Policy.NONE);
        assertEquals(0, AllocationStudy.run(s, returning(new double[] {30, 40}, Double.NaN)).capPrice());
    }

    @Test
    void infeasibleProblemIsExplainedWithoutSolving() {
        Scenario s = TinyScenarios.twoRegions(Objective.COST, 0, 0, TinyScenarios.cap(10));
        AllocationReport r = AllocationStudy.run(s, problem -> {
            throw new AssertionError("an infeasible problem must not reach the solver");
        });
        assertFalse(r.isOptimal());
        assertEquals(AllocationStatus.INFEASIBLE, r.status());
        assertEquals("$.policy.cap", r.reasons().get(0).location());
        assertTrue(r.regions().isEmpty());
        assertTrue(Double.isNaN(r.totalCost()));
    }

    @Test
    void solverInfeasibilityKeepsItsReasons() {
        Scenario s = TinyScenarios.twoRegions(Objective.COST, 0, 0, TinyScenarios.cap(120));
        AllocationReport r = AllocationStudy.run(s, problem -> AllocationSolution.infeasible(List.of("no luck"), 0));
        assertEquals(AllocationStatus.INFEASIBLE, r.status());
        assertEquals("$.policy: no luck", r.reasons().get(0).toString());
    }
}
