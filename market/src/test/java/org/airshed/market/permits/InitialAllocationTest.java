package org.airshed.market.permits;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.airshed.core.model.Objective;
import org.airshed.core.model.Policy;
import org.airshed.core.model.Region;
import org.airshed.core.model.Scenario;
import org.airshed.core.model.Source;
import org.airshed.core.model.Step;
import org.airshed.core.model.StepCurve;
import org.airshed.core.model.TransferMatrix;
import org.airshed.core.model.Units;
import org.airshed.core.study.ScenarioProblem;
import org.junit.jupiter.api.Test;

class InitialAllocationTest {
    /** A: two sources (100 t, can cut 50; 300 t, can cut 30); B: one (600 t, can cut 600). */
    private static ScenarioProblem threeSources(OptionalDouble popA, Map<String, Double> duties) {
        List<Region> regions = List.of(
                new Region("A", "A", popA, OptionalDouble.of(3e9), 0, 0, 0),
                new Region("B", "B", OptionalDouble.of(3e6), OptionalDouble.of(1e9), 0, 0, 0));
        List<Source> sources = List.of(
                source("a1", "A", 100, 50), source("a2", "A", 300, 30), source("b1", "B", 600, 600));
        Scenario s = new Scenario("t", "", 1, Units.DEFAULT, Objective.COST, regions, new TransferMatrix(Map.of()),
                sources, new Policy(OptionalDouble.of(700), Map.of(), duties));
        return ScenarioProblem.of(s);
    }

    private static Source source(String id, String region, double baseline, double capacity) {
        return new Source(id, region, null, null, baseline, new StepCurve(List.of(new Step(capacity, 10))));
    }

    private static final ScenarioProblem SP = threeSources(OptionalDouble.of(1e6), Map.of("A", 100.0, "B", 200.0));

    @Test
    void grandfatheringIsProportionalToBaseline() {
        assertArrayEquals(new double[] {70, 210, 420}, InitialAllocation.of(AllocationRule.GRANDFATHERING, SP, 700),
                1e-9);
    }

    @Test
    void equalProportionalCapsEachCutAtCapacity() {
        // Cut 300 t: a uniform 30 % would ask a2 for 90 t but it can cut 30; the fraction rises to
        // f with 100f + 30 + 600f = 300, f = 27/70 (a1 cuts 38.6 t < 50).
        double f = 27.0 / 70;
        double[] permits = InitialAllocation.of(AllocationRule.EQUAL_PROPORTIONAL, SP, 700);
        assertArrayEquals(new double[] {100 - 100 * f, 270, 600 - 600 * f}, permits, 1e-9);
    }

    @Test
    void equalProportionalAboveTheBaselineHandsOutTheSurplusByBaseline() {
        assertArrayEquals(new double[] {110, 330, 660},
                InitialAllocation.of(AllocationRule.EQUAL_PROPORTIONAL, SP, 1100), 1e-9);
    }

    @Test
    void equalProportionalRejectsACutBeyondCapacity() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> InitialAllocation.of(AllocationRule.EQUAL_PROPORTIONAL, SP, 300));
        assertTrue(e.getMessage().contains("700"), e.getMessage());
    }

    @Test
    void perCapitaSplitsRegionsByPopulationThenSourcesByBaseline() {
        // A: 1e6 of 4e6 people → 175 t, split 1:3 by baseline; B: 525 t.
        assertArrayEquals(new double[] {43.75, 131.25, 525},
                InitialAllocation.of(AllocationRule.PER_CAPITA, SP, 700), 1e-9);
    }

    @Test
    void gdpWeightsRegionsByGdp() {
        assertArrayEquals(new double[] {131.25, 393.75, 175}, InitialAllocation.of(AllocationRule.GDP, SP, 700),
                1e-9);
    }

    @Test
    void dutiesWeightRegionsByBaselineMinusDuty() {
        // A: 400 − 100 = 300; B: 600 − 200 = 400; total 700 → exactly baseline minus duty.
        assertArrayEquals(new double[] {75, 225, 400}, InitialAllocation.of(AllocationRule.DUTIES, SP, 700), 1e-9);
    }

    @Test
    void auctionGivesNothingAway() {
        assertArrayEquals(new double[3], InitialAllocation.of(AllocationRule.AUCTION, SP, 700));
    }

    @Test
    void aMissingPopulationIsNamed() {
        ScenarioProblem sp = threeSources(OptionalDouble.empty(), Map.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> InitialAllocation.of(AllocationRule.PER_CAPITA, sp, 700));
        assertEquals("region A has no population, which this allocation rule weights by", e.getMessage());
        IllegalArgumentException d = assertThrows(IllegalArgumentException.class,
                () -> InitialAllocation.of(AllocationRule.DUTIES, sp, 700));
        assertTrue(d.getMessage().contains("policy.duties"), d.getMessage());
    }

    /** Regression (review 16): only the first region without a population or duty was named. */
    @Test
    void everyRegionWithoutItsPopulationOrDutyIsNamed() {
        List<Region> regions = List.of(
                new Region("A", "A", OptionalDouble.empty(), OptionalDouble.of(3e9), 0, 0, 0),
                new Region("B", "B", OptionalDouble.empty(), OptionalDouble.of(1e9), 0, 0, 0));
        Scenario s = new Scenario("t", "", 1, Units.DEFAULT, Objective.COST, regions, new TransferMatrix(Map.of()),
                List.of(source("a1", "A", 100, 50), source("b1", "B", 600, 600)),
                new Policy(OptionalDouble.of(600), Map.of(), Map.of()));
        ScenarioProblem sp = ScenarioProblem.of(s);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> InitialAllocation.of(AllocationRule.PER_CAPITA, sp, 600));
        assertEquals("regions A and B have no population, which this allocation rule weights by", e.getMessage());
        IllegalArgumentException d = assertThrows(IllegalArgumentException.class,
                () -> InitialAllocation.of(AllocationRule.DUTIES, sp, 600));
        assertEquals("regions A and B have no policy.duties entry, which the duties rule needs", d.getMessage());
    }

    @Test
    void everyRuleHandsOutExactlyTheTotal() {
        SplittableRandom random = new SplittableRandom(11);
        for (int trial = 0; trial < 50; trial++) {
            double total = 400 + random.nextDouble() * 800;
            for (AllocationRule rule : AllocationRule.values()) {
                if (rule == AllocationRule.AUCTION || rule == AllocationRule.EQUAL_PROPORTIONAL && total < 320) {
                    continue;
                }
                double sum = 0;
                for (double q : InitialAllocation.of(rule, SP, total)) {
                    assertTrue(q >= -1e-9, rule + " gave a negative share");
                    sum += q;
                }
                assertEquals(total, sum, 1e-9 * total, rule.key());
            }
        }
    }
}
