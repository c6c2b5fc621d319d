package org.airshed.core.study.multi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.airshed.core.io.ScenarioReader;
import org.airshed.core.model.multi.MultiPollutantScenario;
import org.airshed.core.study.Infeasibility;
import org.junit.jupiter.api.Test;

/** Rows no allocation can meet on their own, by hand: what each source can do, with a titrating NOx coefficient. */
class MultiInfeasibilityTest {
    /**
     * One region, background 10. Source a: SO2 100 (step 60), NOx 50 (step 50). Source b: options
     * FGD (SO2 0.9) and SCR (NOx 0.8) on SO2 100, NOx 100. Transfer: SO2 +0.01, NOx −0.02 (titration).
     * Baseline concentration 10 + 0.01·200 − 0.02·150 = 9. Cutting NOx raises it; the lowest reachable
     * cuts SO2 only: 9 − 0.01·(60 + 90) = 7.5.
     */
    private static MultiScenarioProblem problem(String policy) {
        MultiPollutantScenario s = ScenarioReader.read("hand.json", """
                {"name": "hand", "pollutants": [{"id": "SO2"}, {"id": "NOx"}],
                 "regions": [{"id": "R", "background": 10}],
                 "transfer": {"R": {"SO2": {"R": 0.01}, "NOx": {"R": -0.02}}},
                 "sources": [
                   {"id": "a", "region": "R", "emissions": {"SO2": 100, "NOx": 50},
                    "curves": {"SO2": {"steps": [{"amount": 60, "unitCost": 1}]},
                               "NOx": {"steps": [{"amount": 50, "unitCost": 1}]}}},
                   {"id": "b", "region": "R", "emissions": {"SO2": 100, "NOx": 100},
                    "options": [{"name": "FGD", "removal": {"SO2": 0.9}, "annualCost": 10},
                                {"name": "SCR", "removal": {"NOx": 0.8}, "annualCost": 10}]}],
                 "policy": %s}
                """.formatted(policy), null, List.of()).multiPollutant();
        return MultiScenarioProblem.of(s);
    }

    @Test
    void baselineConcentrationCountsTheNegativeCoefficient() {
        assertEquals(9, problem("{}").baselineConcentration(0), 1e-12);
        assertEquals(7.5, MultiInfeasibility.lowestConcentration(problem("{}"), 0), 1e-12);
    }

    @Test
    void aLimitAboveTheLowestReachableIsFine() {
        assertEquals(List.of(), MultiInfeasibility.explain(problem("{\"receptorLimits\": {\"R\": 7.5}}")));
    }

    @Test
    void aLimitBelowIsExplainedAtItsPath() {
        List<Infeasibility> reasons = MultiInfeasibility.explain(problem("{\"receptorLimits\": {\"R\": 7.4}}"));
        assertEquals(1, reasons.size());
        assertEquals("$.policy.receptorLimits.R", reasons.get(0).location());
        assertTrue(reasons.get(0).message().contains("concentration is 7.5"), reasons.get(0).message());
    }

    @Test
    void capsAreMeasuredAgainstEachSourcesBestForThatPollutant() {
        // SO2 reach 60 + 90 = 150 of 200: a cap of 50 asks 150 (fine), of 49 asks 151; NOx reach 130 of 150.
        assertEquals(List.of(), MultiInfeasibility.explain(problem("{\"caps\": {\"SO2\": 50}}")));
        List<Infeasibility> reasons = MultiInfeasibility.explain(problem("{\"caps\": {\"SO2\": 49, \"NOx\": 19}}"));
        assertEquals(List.of("$.policy.caps.SO2", "$.policy.caps.NOx"), reasons.stream().map(Infeasibility::location)
                .toList());
    }
}
