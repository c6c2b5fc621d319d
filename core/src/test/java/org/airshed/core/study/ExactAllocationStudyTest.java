package org.airshed.core.study;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.airshed.core.allocation.ExactAllocationSolver;
import org.airshed.core.model.Objective;
import org.airshed.core.model.Policy;
import org.airshed.core.model.Scenario;
import org.junit.jupiter.api.Test;

/** The same hand-computed optima as {@link AllocationStudyTest}, found by the exact solver. */
class ExactAllocationStudyTest {
    private static final double TOL = 1e-6;
    private static final ExactAllocationSolver SOLVER = new ExactAllocationSolver();

    @Test
    void capOnly() {
        AllocationReport r = AllocationStudy.run(
                TinyScenarios.twoRegions(Objective.COST, 2, 1, TinyScenarios.cap(120)), SOLVER);
        assertEquals(30, r.source("a1").abatement(), TOL);
        assertEquals(30, r.source("b1").abatement(), TOL);
        assertEquals(900, r.objective(), TOL);
        assertEquals(20, r.capPrice(), TOL);
        assertEquals(42, r.damages(), TOL);
    }

    @Test
    void receptorLimit() {
        Scenario s = TinyScenarios.twoRegions(Objective.COST, 0, 0,
                TinyScenarios.capAndLimits(120, Map.of("A", 14.25)));
        AllocationReport r = AllocationStudy.run(s, SOLVER);
        assertEquals(30, r.source("a1").abatement(), TOL);
        assertEquals(35, r.source("b1").abatement(), TOL);
        assertEquals(1000, r.totalCost(), TOL);
        assertEquals(0, r.capPrice(), TOL);
        assertEquals(400, r.receptorPrices().get("A"), TOL);
        assertEquals(14.25, r.region("A").concentration(), TOL);
    }

    @Test
    void welfare() {
        AllocationReport r = AllocationStudy.run(
                TinyScenarios.twoRegions(Objective.WELFARE, 200, 100, Policy.NONE), SOLVER);
        assertEquals(30, r.source("a1").abatement(), TOL);
        assertEquals(40, r.source("b1").abatement(), TOL);
        assertEquals(5000, r.objective(), TOL);
    }
}
