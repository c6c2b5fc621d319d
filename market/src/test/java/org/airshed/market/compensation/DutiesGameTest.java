package org.airshed.market.compensation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.airshed.core.allocation.ExactAllocationSolver;
import org.airshed.core.io.SectionInputException;
import org.airshed.core.model.Scenario;
import org.airshed.core.study.CooperationReport;
import org.airshed.core.study.DutyComparisonStudy;
import org.airshed.market.game.Game;
import org.junit.jupiter.api.Test;

/** The duties baseline: hand-solved values, and v(N) against the exact solver's duty comparison. */
class DutiesGameTest {
    private static final double[] NONE = {0, 0, 0};
    private static final double[][] NO_TRANSFER = new double[3][3];

    /**
     * R0 abates at 10, R1 at 30, R2 at 50 (per unit, 100 units each); duties 40, 40, 40. Alone:
     * 400 + 1200 + 2000 = 3600. Together R0 does 100 at 10 and R1 20 at 30: 1600, so v(N) = 2000;
     * v({0,1}) = 1600 − (80·10) = 800, v({0,2}) = 2400 − 800 = 1600, v({1,2}) = 3200 − 80·30 = 800.
     */
    private static Scenario handSolved() {
        return CompensationScenarios.steps(new double[][] {{100, 10}, {100, 30}, {100, 50}},
                new double[] {40, 40, 40}, NONE, NO_TRANSFER, NONE);
    }

    @Test
    void handSolvedCoalitionValues() {
        Game game = ScenarioGame.of(handSolved(), Baseline.DUTIES).game().orElseThrow();
        assertEquals(0, game.value(0b001), 1e-9);
        assertEquals(800, game.value(0b011), 1e-9);
        assertEquals(1600, game.value(0b101), 1e-9);
        assertEquals(800, game.value(0b110), 1e-9);
        assertEquals(2000, game.value(0b111), 1e-9);
    }

    @Test
    void surplusEqualsTheExactSolversDutyComparison() {
        Scenario scenario = handSolved();
        CooperationReport exact = DutyComparisonStudy.compare(scenario, new ExactAllocationSolver());
        ScenarioGame game = ScenarioGame.of(scenario, Baseline.DUTIES);
        assertEquals(exact.saving(), game.grandValue(), 1e-9 * exact.saving());
        for (int i = 0; i < 3; i++) {
            assertEquals(exact.regions().get(i).saving(), game.ownSaving()[i], 1e-9 * exact.saving());
        }
    }

    /**
     * Regression (reviewer B, defect 2, /tmp/revB/c/negduty.json): R0 has duty 0 and 10 units at −5,
     * R1 duty 5 and 10 units at 10. Alone R0 still takes its block (−50) and R1 pays 50; together R0's
     * block is all they need: −50. v(N) = 0 − (−50) = 50, not 100 (R0's own −50 counted as a saving).
     */
    @Test
    void aRegionWithDutyZeroStillTakesTheBlocksThatPayForThemselves() {
        Scenario scenario = CompensationScenarios.steps(new double[][] {{10, -5}, {10, 10}}, new double[] {0, 5},
                new double[2], new double[2][2], new double[2]);
        ScenarioGame game = ScenarioGame.of(scenario, Baseline.DUTIES);
        assertEquals(10, game.baselinePlan().abatement()[0], 0);
        assertEquals(-50, game.baselinePlan().cost()[0], 0);
        assertEquals(50, game.grandValue(), 1e-9);
        assertEquals(0, game.game().orElseThrow().value(0b01), 0);
        CooperationReport exact = DutyComparisonStudy.compare(scenario, new ExactAllocationSolver());
        assertEquals(exact.saving(), game.grandValue(), 1e-9);
    }

    @Test
    void transfersOfBalancedRulesSumToZeroAndGainsAddOwnSavings() {
        Scenario scenario = CompensationScenarios.steps(new double[][] {{100, 10, 50, 20}, {100, 30}, {100, 50}},
                new double[] {40, 40, 40}, new double[] {3, 2, 1},
                new double[][] {{1, 0.5, 0.2}, {0.3, 1, 0.4}, {0.1, 0.6, 1}}, new double[] {0, 10, 0});
        CompensationReport report = CompensationStudy.run(scenario, CompensationScenarios.spec(Baseline.DUTIES,
                "shapley", "nucleolus", "nash-bargaining", "beneficiary-pays", "polluter-pays",
                "proportional-emissions"), 1);
        double[] own = report.ownSaving();
        for (RuleReport rule : report.rules()) {
            assertTrue(rule.applied(), rule.name() + ": " + rule.reason());
            assertTrue(rule.budgetBalanced(), rule.name());
            double sum = 0;
            for (int i = 0; i < 3; i++) {
                sum += rule.transfers()[i];
                assertEquals(own[i] + rule.transfers()[i], rule.gains()[i], 1e-9 * report.surplus(), rule.name());
            }
            assertEquals(0, sum, 1e-9 * report.surplus(), rule.name());
        }
    }

    @Test
    void aRegionWorseOffUnderARuleIsNamed() {
        CompensationReport report = CompensationStudy.run(handSolved(),
                CompensationScenarios.spec(Baseline.DUTIES, "proportional-emissions"), 1);
        RuleReport none = CompensationStudy.run(handSolved(),
                CompensationScenarios.spec(Baseline.DUTIES, "polluter-pays"), 1).rules().get(0);
        assertEquals(RuleReport.UNDEFINED, none.status(), "no damages, no polluter-pays");
        RuleReport proportional = report.rules().get(0);
        assertTrue(proportional.applied());
        assertTrue(proportional.individuallyRational());
        Scenario costly = CompensationScenarios.steps(new double[][] {{100, 10}, {100, 30}, {100, 50}},
                new double[] {40, 40, 40}, NONE, NO_TRANSFER, new double[] {0, 700, 0});
        RuleReport shapley = CompensationStudy.run(costly, CompensationScenarios.spec(Baseline.DUTIES, "shapley"), 1)
                .rules().get(0);
        assertFalse(shapley.individuallyRational());
        assertEquals(List.of("R1"), shapley.worseOff());
        assertTrue(shapley.warnings().get(0).startsWith("R1 is worse off than going alone"), shapley.warnings().get(0));
    }

    @Test
    void aDutyARegionCannotMeetAloneIsBadInput() {
        Scenario scenario = CompensationScenarios.steps(new double[][] {{100, 10}, {10, 30}, {100, 50}},
                new double[] {40, 40, 40}, NONE, NO_TRANSFER, NONE);
        SectionInputException e = assertThrows(SectionInputException.class,
                () -> ScenarioGame.of(scenario, Baseline.DUTIES));
        assertEquals("$.policy.duties.R1", e.path());
        assertEquals("40", e.value());
        assertTrue(e.getMessage().contains("at most 10"), e.getMessage());
    }
}
