package org.airshed.scenarios.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.airshed.core.io.ScenarioDocument;
import org.airshed.market.compensation.CompensationReport;
import org.airshed.market.compensation.CompensationSectionReader;
import org.airshed.market.compensation.CompensationStudy;
import org.airshed.market.compensation.RuleReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled YRD compensation comparison: the file is what the generator writes, and the
 * headline findings the README's table shows hold (relative 1e-6 on money).
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

    @Test
    void cooperationSavesWhatTheDutyComparisonSays() {
        assertEquals(List.of("SH", "JS", "ZJ", "AH"), report.players());
        assertEquals(2.93297e7, report.surplus(), 1e-5 * 2.93297e7);
        assertTrue(report.leastCoreEpsilon() < 0, "the core is not empty");
        double[] own = report.ownSaving();
        assertEquals(-4.534e8, own[3], 1e-3 * 4.534e8, "Anhui abates for the others: the case for compensation");
    }

    @Test
    void everyBalancedRuleMakesAnhuiWholeButOnlyTheNucleolusIsInTheCore() {
        for (RuleReport rule : report.rules()) {
            if (List.of("shapley", "nucleolus", "nash-bargaining").contains(rule.name())
                    || rule.name().startsWith("proportional-")) {
                assertTrue(rule.applied(), rule.name());
                assertTrue(rule.budgetBalanced(), rule.name());
                assertTrue(rule.individuallyRational(), rule.name());
                assertEquals(rule.name().equals("nucleolus"), rule.inCore(), rule.name() + " " + rule.maxExcess());
            }
        }
    }

    @Test
    void perConcentrationRulesAreFarTooSmallToCompensate() {
        for (String name : List.of("concentration-shandong", "concentration-shanxi")) {
            RuleReport rule = rule(name);
            assertFalse(rule.budgetBalanced(), name);
            assertEquals(List.of("ZJ", "AH"), rule.worseOff(), name);
            assertTrue(Math.abs(rule.transfers()[3]) < 1e-3 * Math.abs(report.ownSaving()[3]), name);
        }
        assertEquals(RuleReport.UNDEFINED, rule("chander-tulkens").status());
    }

    private static RuleReport rule(String name) {
        return report.rules().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }
}
