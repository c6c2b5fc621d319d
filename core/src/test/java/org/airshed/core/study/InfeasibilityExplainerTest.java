package org.airshed.core.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.airshed.core.model.Objective;
import org.airshed.core.model.Policy;
import org.airshed.core.model.Scenario;
import org.airshed.core.model.TransferMatrix;
import org.airshed.core.model.Units;
import org.junit.jupiter.api.Test;

class InfeasibilityExplainerTest {
    @Test
    void capBeyondEveryControlIsExplained() {
        // Baseline 180, capacity 50 + 80 = 130; a cap of 10 needs 170.
        Scenario s = TinyScenarios.twoRegions(Objective.COST, 0, 0, TinyScenarios.cap(10));
        List<Infeasibility> reasons = InfeasibilityExplainer.explain(ScenarioProblem.of(s));
        assertEquals(1, reasons.size());
        Infeasibility reason = reasons.get(0);
        assertEquals("$.policy.cap", reason.location());
        assertEquals("10", reason.value());
        assertEquals("maximum feasible reduction 130 t is less than required 170 t"
                + " (short by 40 t; total baseline 180 t minus the cap 10 t)", reason.message());
    }

    /** B: background 3, baseline 100 of which 80 abatable, 0.2 per t: at best 3 + 0.2·20 = 7 > 5. */
    private static List<Infeasibility> receptorBeyondEveryControl(String b) {
        Scenario s = new Scenario("receptor", "", 1, Units.DEFAULT, Objective.COST,
                List.of(TinyScenarios.region(b, 0, 3)), new TransferMatrix(Map.of(b, Map.of(b, 0.2))),
                List.of(TinyScenarios.steps("b1", b, 100, 40, 20, 40, 40)),
                new Policy(OptionalDouble.empty(), Map.of(b, 5.0), Map.of()));
        return InfeasibilityExplainer.explain(ScenarioProblem.of(s));
    }

    @Test
    void receptorBeyondEveryControlIsExplained() {
        List<Infeasibility> reasons = receptorBeyondEveryControl("B");
        assertEquals(1, reasons.size());
        assertEquals("$.policy.receptorLimits.B = 5: receptor B cannot be met: with every control applied its"
                + " concentration is 7 ug/m3, above the limit 5 ug/m3 by 2 ug/m3", reasons.get(0).toString());
    }

    /** A receptor id that is not a plain name is named quoted, as sweep paths read it back (was $.policy.receptorLimits.B.1). */
    @Test
    void aReceptorWhoseIdHasADotIsNamedQuoted() {
        List<Infeasibility> reasons = receptorBeyondEveryControl("B.1");
        assertEquals(1, reasons.size());
        assertEquals("$.policy.receptorLimits['B.1']", reasons.get(0).location());
    }

    @Test
    void everyUnmetConstraintIsReported() {
        Scenario s = TinyScenarios.twoRegions(Objective.COST, 0, 0,
                TinyScenarios.capAndLimits(10, Map.of("A", 5.0, "B", 3.0)));
        // A at best 5 + 0.1·50 + 0.05·0 = 10 > 5; B at best 3 + 0 = 3: met exactly.
        List<Infeasibility> reasons = InfeasibilityExplainer.explain(ScenarioProblem.of(s));
        assertEquals(List.of("$.policy.cap", "$.policy.receptorLimits.A"),
                reasons.stream().map(Infeasibility::location).toList());
        assertTrue(reasons.get(1).message().contains("concentration is 10 ug/m3, above the limit 5 ug/m3 by 5"));
    }

    @Test
    void feasibleProblemHasNoReasons() {
        Scenario s = TinyScenarios.twoRegions(Objective.COST, 0, 0,
                TinyScenarios.capAndLimits(50, Map.of("A", 14.25)));
        assertTrue(InfeasibilityExplainer.explain(ScenarioProblem.of(s)).isEmpty());
    }
}
