package org.airshed.market.compensation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.airshed.core.model.Scenario;
import org.junit.jupiter.api.Test;

/** Beneficiary pays, polluter pays, Chander–Tulkens and the per-concentration rules on hand-checked cases. */
class ScenarioRulesTest {
    /**
     * Duties 40 each; R0 abates at 10, R1 at 30. Jointly R0 does 80 at 10: its extra cost is 400 and
     * its extra abatement 40. δ = (1, 3), transfer R1←R0 = 2, R0←R0 = 1: benefits 1·1·40 = 40 (R0)
     * and 3·2·40 = 240 (R1); R1 pays 400·240/280.
     */
    @Test
    void beneficiaryPaysSharesTheExtraCostByBenefit() {
        Scenario s = CompensationScenarios.steps(new double[][] {{100, 10}, {100, 30}}, new double[] {40, 40},
                new double[] {1, 3}, new double[][] {{1, 0}, {2, 1}}, new double[] {0, 0});
        RuleReport rule = CompensationStudy.run(s, CompensationScenarios.spec(Baseline.DUTIES, "beneficiary-pays"), 1)
                .rules().get(0);
        double pays = 400.0 * 240 / 280;
        assertArrayEquals(new double[] {pays, -pays}, rule.transfers(), 1e-9);
        assertTrue(rule.budgetBalanced());
    }

    /** Same plan: R1 emits 40 more than in the baseline and pays R0 δ_0·T_01 = 1·0.5 per unit. */
    @Test
    void polluterPaysChargesEmissionsAboveTheAllowance() {
        Scenario s = CompensationScenarios.steps(new double[][] {{100, 10}, {100, 30}}, new double[] {40, 40},
                new double[] {1, 3}, new double[][] {{1, 0.5}, {2, 1}}, new double[] {0, 0});
        RuleReport rule = CompensationStudy.run(s, CompensationScenarios.spec(Baseline.DUTIES, "polluter-pays"), 1)
                .rules().get(0);
        assertArrayEquals(new double[] {20, -20}, rule.transfers(), 1e-9);
        CompensationSpec allowed = new CompensationSpec(Baseline.DUTIES, List.of("polluter-pays"),
                Map.of("R1", 170.0), ShapleyMethod.AUTO, 100, 0.95, Map.of());
        RuleReport capped = CompensationStudy.run(s, allowed, 1).rules().get(0);
        assertArrayEquals(new double[] {15, -15}, capped.transfers(), 1e-9, "R1 emits 200, allowed 170");
    }

    @Test
    void chanderTulkensIsInTheGammaCoreForAScalarPollutant() {
        for (long seed = 1; seed <= 30; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            int n = 2 + random.nextInt(5);
            double[] c = new double[n];
            double[] delta = new double[n];
            double[][] transfer = new double[n][n];
            for (int j = 0; j < n; j++) {
                c[j] = random.nextDouble(0.5, 5);
                delta[j] = random.nextDouble(1, 10);
                double alpha = random.nextDouble(0.1, 2);
                java.util.Arrays.fill(transfer[j], alpha);
            }
            Scenario s = CompensationScenarios.quadratic(c, delta, transfer);
            RuleReport rule = CompensationStudy.run(s, CompensationScenarios.spec(Baseline.NASH, "chander-tulkens"), 1)
                    .rules().get(0);
            assertTrue(rule.applied(), rule.reason());
            assertTrue(rule.budgetBalanced(), "seed " + seed);
            assertTrue(rule.inCore(), "seed " + seed + ": max excess " + rule.maxExcess());
        }
    }

    @Test
    void chanderTulkensRefusesAMatrixThatIsNotScalar() {
        Scenario s = CompensationScenarios.quadratic(new double[] {1, 2}, new double[] {1, 1},
                new double[][] {{1, 0.5}, {0.5, 1}});
        RuleReport rule = CompensationStudy.run(s, CompensationScenarios.spec(Baseline.NASH, "chander-tulkens"), 1)
                .rules().get(0);
        assertFalse(rule.applied());
        assertTrue(rule.reason().contains("transfer.R0.R1 = 0.5 differs from transfer.R0.R0 = 1.0"), rule.reason());
        RuleReport duties = CompensationStudy.run(CompensationScenarios.steps(new double[][] {{10, 1}, {10, 2}},
                new double[] {1, 1}, new double[] {1, 1}, new double[][] {{1, 1}, {1, 1}}, new double[] {0, 0}),
                CompensationScenarios.spec(Baseline.DUTIES, "chander-tulkens"), 1).rules().get(0);
        assertTrue(duties.reason().contains("Nash equilibrium"), duties.reason());
    }

    /** Shanxi: 100,000 per µg/m³ up to 5, 200,000 above; Shandong 2017 with SO2's weight 0.15 and a coastal ×1.5. */
    @Test
    void concentrationSchedulesPayImprovementsAndChargeDeteriorations() {
        ConcentrationRule shanxi = new ConcentrationRule("shanxi", 1, ConcentrationPresets.schedule("shanxi"), Map.of());
        assertEquals(900_000, shanxi.payment("A", 7), 1e-6);
        assertEquals(-300_000, shanxi.payment("A", -3), 1e-6);
        ConcentrationRule shandong = new ConcentrationRule("shandong-2017", ConcentrationPresets.shandongWeight("SO2"),
                ConcentrationPresets.schedule("shandong-2017"), Map.of("Qingdao", 1.5));
        assertEquals(0.15 * 800_000 * 2, shandong.payment("Jinan", 2), 1e-6);
        assertEquals(1.5 * 0.15 * 800_000 * 2, shandong.payment("Qingdao", 2), 1e-6);
    }

    @Test
    void aConcentrationRuleNeedNotBalanceAndSaysWhatTheClearingHousePays() {
        Scenario s = CompensationScenarios.steps(new double[][] {{100, 10}, {100, 30}}, new double[] {40, 40},
                new double[] {1, 3}, new double[][] {{0.01, 0.005}, {0.02, 0.01}}, new double[] {0, 0});
        ConcentrationRule rule = new ConcentrationRule("custom", 1, ConcentrationPresets.schedule("shanxi"), Map.of());
        CompensationSpec spec = new CompensationSpec(Baseline.DUTIES, List.of("concentration-test"), Map.of(),
                ShapleyMethod.AUTO, 100, 0.95, Map.of("test", rule));
        RuleReport report = CompensationStudy.run(s, spec, 1).rules().get(0);
        // R0 abates 40 more, R1 40 less: z_0 changes by −0.01·40 + 0.005·40 = −0.2, z_1 by −0.8 + 0.4 = −0.4.
        assertArrayEquals(new double[] {20_000, 40_000}, report.transfers(), 1e-6);
        assertFalse(report.budgetBalanced());
        assertEquals(60_000, report.deficit(), 1e-6);
    }
}
