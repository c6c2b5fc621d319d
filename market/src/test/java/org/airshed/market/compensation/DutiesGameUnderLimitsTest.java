package org.airshed.market.compensation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.airshed.core.allocation.ExactAllocationSolver;
import org.airshed.core.model.Objective;
import org.airshed.core.model.Policy;
import org.airshed.core.model.Region;
import org.airshed.core.model.Scenario;
import org.airshed.core.model.Source;
import org.airshed.core.model.Step;
import org.airshed.core.model.StepCurve;
import org.airshed.core.model.TransferMatrix;
import org.airshed.core.model.Units;
import org.airshed.core.study.DutyComparisonStudy;
import org.airshed.market.game.Game;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: the duties game ignored receptor limits, so every rule divided a saving the policy
 * rules out. Hand-solved, with binary fractions so that every number is exact:
 * <pre>
 * A: background 5; 30 t at 10, 20 t at 50.   B: 40 t at 20, 40 t at 40.   transfer A←A 1/8, A←B 1/16
 * duties A 40, B 20: alone A 800, B 400 (1,200); z_A = 5 + 60/8 + 60/16 = 16.25
 * jointly, no limit: A 30, B 30 at λ = 20 (900), saving 300, but z_A = 16.875
 * jointly under z_A ≤ 16.25: a_A/8 + a_B/16 ≥ 6.25; B's cheap block beats A's dear one
 *   (20 per 1/16 against 50 per 1/8), so A 30, B 40: 1,100, saving 100; z_A = 16.25
 * </pre>
 */
class DutiesGameUnderLimitsTest {
    private static Scenario twoRegions(double limit) {
        List<Region> regions = List.of(
                new Region("A", "A", OptionalDouble.empty(), OptionalDouble.empty(), 2, 5, 0),
                new Region("B", "B", OptionalDouble.empty(), OptionalDouble.empty(), 1, 3, 0));
        List<Source> sources = List.of(
                new Source("a1", "A", null, null, 100, new StepCurve(List.of(new Step(30, 10), new Step(20, 50)))),
                new Source("b1", "B", null, null, 80, new StepCurve(List.of(new Step(40, 20), new Step(40, 40)))));
        return new Scenario("limits", "", 7, Units.DEFAULT, Objective.COST, regions,
                new TransferMatrix(Map.of("A", Map.of("A", 0.125, "B", 0.0625), "B", Map.of("B", 0.25))),
                sources, new Policy(OptionalDouble.of(120), Map.of("A", limit), Map.of("A", 40.0, "B", 20.0)));
    }

    @Test
    void theGrandCoalitionMeetsTheLimitAndSavesOnlyWhatThePolicyAllows() {
        ScenarioGame game = ScenarioGame.of(twoRegions(16.25), Baseline.DUTIES);
        Game values = game.game().orElseThrow();
        assertEquals(0, values.value(0b01), 1e-9);
        assertEquals(0, values.value(0b10), 1e-9);
        assertEquals(100, game.grandValue(), 1e-9);
        assertEquals(500, game.ownSaving()[0], 1e-9);
        assertEquals(-400, game.ownSaving()[1], 1e-9);
        assertEquals(40, game.cooperativePlan().abatement()[1], 1e-9);
        assertEquals(16.25, game.cooperativePlan().concentration()[0], 1e-12);
        ReceptorOutcome a = game.receptors().get(0);
        assertEquals("A", a.receptor());
        assertEquals(16.25, a.limit(), 0);
        assertEquals(16.25, a.baseline(), 1e-12);
        assertEquals(16.25, a.effectiveLimit(), 1e-12);
        assertEquals(16.25, a.cooperative(), 1e-12);
        assertFalse(a.cooperativeExceedsLimit());
        assertTrue(game.surplusUnderWrittenLimits().isEmpty(), "the duties meet the limit: nothing to repair");
    }

    /**
     * The written limit 16 is below what the duties themselves leave (16.25): no coalition may make A's air
     * worse than the duties do (16.25), so the game is unchanged, and the plan exceeds the written limit,
     * which is said. Meeting 16 as well takes 2 t more of A's block at 50: the surplus under the written
     * limit is 1,200 − 1,200 = 0.
     */
    @Test
    void dutiesThatExceedALimitHoldCoalitionsToTheDutiesConcentrationAndSaySo() {
        ScenarioGame game = ScenarioGame.of(twoRegions(16), Baseline.DUTIES);
        assertEquals(100, game.grandValue(), 1e-9);
        ReceptorOutcome a = game.receptors().get(0);
        assertEquals(16, a.limit(), 0);
        assertEquals(16.25, a.effectiveLimit(), 1e-12);
        assertTrue(a.cooperativeExceedsLimit());
        assertEquals(0, game.surplusUnderWrittenLimits().getAsDouble(), 1e-9);
        assertTrue(game.notes().stream().anyMatch(n -> n.contains("the duties alone leave A at 16.25")),
                game.notes().toString());
    }

    @Test
    void theDutyComparisonRespectsTheLimitToo() {
        assertEquals(100, DutyComparisonStudy.compare(twoRegions(16.25), new ExactAllocationSolver()).saving(), 1e-9);
        assertEquals(100, DutyComparisonStudy.compare(twoRegions(16), new ExactAllocationSolver()).saving(), 1e-9);
    }

    @Test
    void theNashBaselineIgnoresThePolicyByDefinitionAndFlagsTheExceedance() {
        ScenarioGame game = ScenarioGame.of(twoRegions(5.5), Baseline.NASH);
        ReceptorOutcome a = game.receptors().get(0);
        assertTrue(Double.isNaN(a.effectiveLimit()), "the γ-game holds no coalition to the limit");
        assertTrue(a.cooperativeExceedsLimit());
        assertTrue(game.notes().stream().anyMatch(n -> n.contains("ignores the policy")), game.notes().toString());
    }
}
