package org.airshed.core.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.airshed.core.allocation.AllocationProblem;
import org.airshed.core.model.Objective;
import org.airshed.core.model.Policy;
import org.junit.jupiter.api.Test;

class ScenarioProblemTest {
    private static final double TOL = 1e-12;

    @Test
    void welfareWeightsAreDamageAvoidedPerUnitAbated() {
        // w_A = 200·0.1 + 100·0 = 20; w_B = 200·0.05 + 100·0.2 = 30.
        ScenarioProblem sp = ScenarioProblem.of(TinyScenarios.twoRegions(Objective.WELFARE, 200, 100, Policy.NONE));
        AllocationProblem p = sp.problem();
        assertEquals(20, p.regionWeight(0), TOL);
        assertEquals(30, p.regionWeight(1), TOL);
        assertFalse(p.hasCap());
        assertEquals(0, p.receptorCount());
    }

    @Test
    void costObjectiveHasNoWeights() {
        AllocationProblem p = ScenarioProblem.of(TinyScenarios.twoRegions(Objective.COST, 200, 100,
                TinyScenarios.cap(120))).problem();
        assertEquals(0, p.regionWeight(0));
        assertEquals(0, p.regionWeight(1));
    }

    @Test
    void capBecomesRequiredReductionAndLimitsBecomeRequiredConcentrationDrops() {
        // Cap 120 of baseline 180: 60 t. Receptor A: 5 + 0.1·100 + 0.05·80 − 14.25 = 4.75.
        ScenarioProblem sp = ScenarioProblem.of(TinyScenarios.twoRegions(Objective.COST, 0, 0,
                TinyScenarios.capAndLimits(120, Map.of("A", 14.25))));
        AllocationProblem p = sp.problem();
        assertTrue(p.hasCap());
        assertEquals(60, p.capRequirement(), TOL);
        assertEquals(1, p.receptorCount());
        assertEquals("A", sp.receptorId(0));
        assertEquals(0, p.receptorRegion(0));
        assertEquals(4.75, p.receptorRequirement(0), TOL);
        assertEquals(0.1, p.transfer(0, 0), TOL);
        assertEquals(0.05, p.transfer(0, 1), TOL);
        assertEquals("$.policy.cap", sp.capOrigin().location());
    }

    @Test
    void indexMapsFollowFileOrder() {
        ScenarioProblem sp = ScenarioProblem.of(TinyScenarios.twoRegions(Objective.COST, 0, 0, Policy.NONE));
        assertEquals("A", sp.regionId(0));
        assertEquals("B", sp.regionId(1));
        assertEquals(1, sp.regionIndex("B"));
        assertEquals(0, sp.scenarioSource(0));
        assertEquals(1, sp.scenarioSource(1));
        assertEquals(100, sp.regionBaseline(0), TOL);
        assertEquals(80, sp.regionBaseline(1), TOL);
    }

    @Test
    void capOnlyForOneRegionKeepsOnlyItsSources() {
        ScenarioProblem sp = ScenarioProblem.capOnly(TinyScenarios.twoRegions(Objective.WELFARE, 200, 100,
                TinyScenarios.capAndLimits(120, Map.of("A", 14.25))), "B",
                new RequirementOrigin("$.policy.duties.B", 20, 20, "duty"));
        AllocationProblem p = sp.problem();
        assertEquals(1, p.regionCount());
        assertEquals("B", sp.regionId(0));
        assertEquals(1, p.sourceCount());
        assertEquals(1, sp.scenarioSource(0));
        assertEquals(0, p.regionWeight(0));
        assertEquals(20, p.capRequirement(), TOL);
        assertEquals(0, p.receptorCount());
    }
}
