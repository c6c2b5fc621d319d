package org.airshed.core.study.multi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.airshed.core.allocation.multi.InfeasibilityCertificate;
import org.airshed.core.allocation.multi.MultiPollutantSolvers;
import org.airshed.core.io.ScenarioReader;
import org.airshed.core.model.multi.MultiPollutantScenario;
import org.airshed.core.study.Infeasibility;
import org.junit.jupiter.api.Test;

/**
 * The one-row branch of phase 1's proof in file terms ({@link MultiInfeasibility#together}): a cap, a
 * limit, and a limit that only titration touches, each failing alone, by hand. One region, background
 * 10, units t and ug/m3. Source a: SO2 100 (step 60), NOx 50 (step 50). Source b: options FGD (SO2 0.9)
 * and SCR (NOx 0.8) on SO2 33.3333333, NOx 100. The thirds make every number in the message rounded.
 */
class MultiInfeasibilityOneRowTest {
    private static MultiScenarioProblem problem(String so2Transfer, String policy) {
        return problem(so2Transfer, policy, "R", "SO2");
    }

    /** The problem with the region's id {@code region} and SO2's {@code so2}. */
    private static MultiScenarioProblem problem(String so2Transfer, String policy, String region, String so2) {
        MultiPollutantScenario s = ScenarioReader.read("hand.json", """
                {"name": "hand", "units": {"mass": "t", "money": "CNY", "concentration": "ug/m3"},
                 "pollutants": [{"id": "SO2"}, {"id": "NOx"}],
                 "regions": [{"id": "R", "background": 10}],
                 "transfer": {"R": {%s"NOx": {"R": -0.02}}},
                 "sources": [
                   {"id": "a", "region": "R", "emissions": {"SO2": 100, "NOx": 50},
                    "curves": {"SO2": {"steps": [{"amount": 60, "unitCost": 1}]},
                               "NOx": {"steps": [{"amount": 50, "unitCost": 1}]}}},
                   {"id": "b", "region": "R", "emissions": {"SO2": 33.3333333, "NOx": 100},
                    "options": [{"name": "FGD", "removal": {"SO2": 0.9}, "annualCost": 10},
                                {"name": "SCR", "removal": {"NOx": 0.8}, "annualCost": 10}]}],
                 "policy": %s}
                """.formatted(so2Transfer, policy).replace("\"R\"", "\"" + region + "\"")
                .replace("\"SO2\"", "\"" + so2 + "\""), null, List.of()).multiPollutant();
        return MultiScenarioProblem.of(s);
    }

    /** Phase 1's proof for the problem, which must rest on one row, in file terms. */
    private static Infeasibility oneRow(MultiScenarioProblem problem) {
        InfeasibilityCertificate proof = MultiPollutantSolvers.exact().infeasibility(problem.problem()).orElseThrow();
        assertEquals(1, proof.rows().size(), proof.toString());
        return MultiInfeasibility.together(problem, proof);
    }

    @Test
    void aCapThatCannotBeMetAlone() {
        // Baseline 133.3333333 minus the cap 40 asks 93.3333333; a gives 60, b's FGD 29.99999997.
        MultiScenarioProblem problem = problem("\"SO2\": {\"R\": 0.01}, ", "{\"caps\": {\"SO2\": 40}}");
        Infeasibility reason = oneRow(problem);
        assertEquals("$.policy.caps.SO2", reason.location());
        assertEquals("40", reason.value());
        assertEquals("$.policy.caps.SO2 = 40 cannot be met: it needs an emission reduction of 93.3333 t (baseline"
                + " 133.333 minus the cap), but no allocation reaches more than 90 t (short by 3.33333 t)",
                reason.message());
        assertEquals(List.of(reason.location()), locations(MultiInfeasibility.explain(problem)));
    }

    @Test
    void aLimitThatCannotBeMetAlone() {
        // Baseline 10 + 0.01·133.3333333 − 0.02·150 = 8.333333333; the limit 7.4 asks 0.933333333 of it,
        // cutting SO2 (NOx cuts raise it) gives at most 0.01·89.99999997.
        MultiScenarioProblem problem = problem("\"SO2\": {\"R\": 0.01}, ", "{\"receptorLimits\": {\"R\": 7.4}}");
        Infeasibility reason = oneRow(problem);
        assertEquals("$.policy.receptorLimits.R", reason.location());
        assertEquals("7.4", reason.value());
        assertEquals("$.policy.receptorLimits.R = 7.4 cannot be met: it needs a concentration reduction of"
                + " 0.933333 ug/m3 (baseline 8.33333 minus the limit), but no allocation reaches more than 0.9 ug/m3"
                + " (short by 0.0333333 ug/m3)", reason.message());
        assertEquals(List.of(reason.location()), locations(MultiInfeasibility.explain(problem)));
    }

    @Test
    void aLimitOnlyTitrationTouches() {
        // Only NOx reaches R, with −0.02: baseline 10 − 0.02·150 = 7, every cut raises it, the limit 6.75 is out of reach.
        MultiScenarioProblem problem = problem("", "{\"receptorLimits\": {\"R\": 6.75}}");
        Infeasibility reason = oneRow(problem);
        assertEquals("$.policy.receptorLimits.R", reason.location());
        assertEquals("6.75", reason.value());
        assertEquals("$.policy.receptorLimits.R = 6.75 cannot be met: it needs a concentration reduction of"
                + " 0.25 ug/m3 (baseline 7 minus the limit), but no allocation reaches more than 0 ug/m3"
                + " (short by 0.25 ug/m3)", reason.message());
        assertEquals(List.of(reason.location()), locations(MultiInfeasibility.explain(problem)));
    }

    /**
     * Ids that are not plain names are named quoted, as sweep paths read them back, and whole: the
     * location was cut at the first " = " of the message, inside a region id {@code R = 1}.
     */
    @Test
    void idsThatAreNotPlainNamesAreNamedQuotedAndWhole() {
        MultiScenarioProblem cap = problem("\"SO2\": {\"R\": 0.01}, ", "{\"caps\": {\"SO2\": 40}}", "R = 1", "SO.2");
        Infeasibility capReason = oneRow(cap);
        assertEquals("$.policy.caps['SO.2']", capReason.location());
        assertTrue(capReason.message().startsWith("$.policy.caps['SO.2'] = 40 cannot be met: it needs an emission"
                + " reduction of 93.3333 t"), capReason.message());
        assertEquals(List.of(capReason.location()), locations(MultiInfeasibility.explain(cap)));
        MultiScenarioProblem limit = problem("\"SO2\": {\"R\": 0.01}, ", "{\"receptorLimits\": {\"R\": 7.4}}", "R = 1",
                "SO.2");
        Infeasibility limitReason = oneRow(limit);
        assertEquals("$.policy.receptorLimits['R = 1']", limitReason.location());
        assertEquals("7.4", limitReason.value());
        assertTrue(limitReason.message().startsWith("$.policy.receptorLimits['R = 1'] = 7.4 cannot be met: it needs a"
                + " concentration reduction of 0.933333 ug/m3"), limitReason.message());
        assertEquals(List.of(limitReason.location()), locations(MultiInfeasibility.explain(limit)));
    }

    private static List<String> locations(List<Infeasibility> reasons) {
        return reasons.stream().map(Infeasibility::location).toList();
    }
}
