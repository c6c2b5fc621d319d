package org.airshed.scenarios.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.airshed.core.io.ScenarioDocument;
import org.airshed.market.compensation.CompensationReport;
import org.airshed.market.compensation.CompensationSectionReader;
import org.airshed.market.compensation.CompensationStudy;
import org.airshed.market.compensation.ReceptorOutcome;
import org.airshed.market.compensation.RuleReport;
import org.airshed.market.compensation.ScenarioGame;
import org.airshed.market.game.Game;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled YRD compensation comparison: the file is what the generator writes, and the
 * headline findings the README's table shows hold (relative 1e-5 on money).
 */
class YrdCompensationTest {
    private static CompensationReport report;

    @BeforeAll
    static void run() {
        ScenarioDocument document = ScenarioLibrary.bundled().document(YrdCompensationScenario.NAME);
        report = CompensationStudy.run(document.scenario(), document.section(CompensationSectionReader.INSTANCE),
                document.scenario().seed());
    }

    @Test
    void regeneratingGivesTheBundledFileByteForByte() {
        assertEquals(YrdCompensationScenario.json(), BundledText.of("/scenarios/" + YrdCompensationScenario.NAME + ".json"));
    }

    /**
     * Issue 15: under Shanghai's limit joint fulfilment saves 8.96 M CNY a year, not 29.3 M. The duties
     * alone leave Shanghai at 7.8587 ug/m3, above its written 7.85 (the generator floors the limit), so
     * the game holds cooperation to 7.8587; meeting 7.85 as well would save 8.16 M.
     */
    @Test
    void cooperationSavesOnlyWhatShanghaisLimitAllows() {
        assertEquals(List.of("SH", "JS", "ZJ", "AH"), report.players());
        assertEquals(8.95595e6, report.surplus(), 1e-5 * 8.95595e6);
        ScenarioGame game = report.game();
        assertEquals(8.15875e6, game.surplusUnderWrittenLimits().getAsDouble(), 1e-5 * 8.15875e6);
        ReceptorOutcome shanghai = game.receptors().get(0);
        assertEquals("SH", shanghai.receptor());
        assertEquals(7.85, shanghai.limit(), 0);
        assertEquals(7.85866, shanghai.effectiveLimit(), 1e-5);
        assertTrue(shanghai.baselineExceedsLimit() && shanghai.cooperativeExceedsLimit());
        assertTrue(shanghai.cooperative() <= shanghai.effectiveLimit() * (1 + 1e-12), "no worse than the duties");
        assertTrue(game.notes().get(0).startsWith("the duties alone leave SH at 7.85866 ug/m3, 0.00866044 above its limit 7.85 ug/m3"),
                game.notes().toString());
        double[] own = report.ownSaving();
        assertEquals(-3.2927e8, own[3], 1e-3 * 3.2927e8, "Anhui abates for the others: the case for compensation");
        assertEquals(2.0453e8, own[2], 1e-3 * 2.0453e8, "Zhejiang abates less than its duty");
        assertTrue(report.leastCoreEpsilon() < 0, "the core is not empty");
    }

    /** With the total and Shanghai's row both binding, two provinces have no freedom left: every pair is worth 0. */
    @Test
    void everyPairIsPinnedToItsDutiesByShanghaisLimit() {
        Game values = report.game().game().orElseThrow();
        for (int mask = 1; mask < 16; mask++) {
            if (Integer.bitCount(mask) <= 2) {
                assertEquals(0, values.value(mask), 0, "coalition " + mask);
            }
        }
        assertEquals(7.94565e6, values.value(0b1011), 1e-5 * 7.94565e6, "SH, JS, AH: most of v(N) without ZJ");
    }

    @Test
    void shapleyAndTheNucleolusAreInTheCoreEqualSplitsAreBlockedByTheCoalitionWithoutZhejiang() {
        for (RuleReport rule : report.rules()) {
            if (List.of("shapley", "nucleolus", "nash-bargaining").contains(rule.name())
                    || rule.name().startsWith("proportional-")) {
                assertTrue(rule.applied(), rule.name());
                assertTrue(rule.budgetBalanced(), rule.name());
                assertTrue(rule.individuallyRational(), rule.name());
                boolean stable = List.of("shapley", "nucleolus").contains(rule.name());
                assertEquals(stable, rule.inCore(), rule.name() + " " + rule.maxExcess());
                assertEquals(rule.inCore(), rule.inCoreNet(), "no transaction costs: " + rule.name());
                if (!stable) {
                    assertEquals(List.of("SH", "JS", "AH"), rule.blockingCoalition(), rule.name());
                }
            }
        }
    }

    @Test
    void perConcentrationRulesAreFarTooSmallToCompensate() {
        for (String name : List.of("concentration-shandong", "concentration-shanxi")) {
            RuleReport rule = rule(name);
            assertFalse(rule.budgetBalanced(), name);
            assertEquals(List.of("SH", "AH"), rule.worseOff(), name);
            assertTrue(Math.abs(rule.transfers()[3]) < 1e-3 * Math.abs(report.ownSaving()[3]), name);
        }
        assertEquals(RuleReport.UNDEFINED, rule("chander-tulkens").status());
    }

    private static RuleReport rule(String name) {
        return report.rules().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }
}
