package org.airshed.scenarios.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.airshed.core.discrete.DiscreteResult;
import org.airshed.core.discrete.DiscreteSettings;
import org.airshed.core.discrete.DiscreteStatus;
import org.airshed.core.io.ScenarioDocument;
import org.airshed.core.study.DiscreteReport;
import org.airshed.core.study.DiscreteStudy;
import org.airshed.core.study.SolveMode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled YRD discrete scenario: the file is what the generator writes, and branch and bound
 * proves the optimum (0.024 % above the hull bound, below what 300 steps of local search found
 * before it: 4,235.8 M CNY), far below the Control Strategy Tool's greedy, as the README says.
 */
class YrdDiscreteTest {
    private static ScenarioDocument document;
    private static DiscreteResult result;

    @BeforeAll
    static void run() {
        document = ScenarioLibrary.bundled().document(YrdDiscreteScenario.NAME);
        DiscreteReport report = DiscreteStudy.run(document.scenario(),
                new DiscreteSettings(document.scenario().seed(), 0, 300, null));
        result = report.result();
    }

    @Test
    void regeneratingGivesTheBundledFileByteForByte() {
        assertEquals(YrdDiscreteScenario.json(), BundledText.of("/scenarios/" + YrdDiscreteScenario.NAME + ".json"));
        assertEquals(SolveMode.DISCRETE, document.section(SolveMode.READER));
    }

    @Test
    void branchAndBoundProvesTheOptimumFarBelowTheGreedy() {
        assertEquals(DiscreteStatus.OPTIMAL, result.status());
        assertEquals(0, result.relativeGap());
        assertEquals(result.cost(), result.bound());
        assertEquals(4_233.25e6, result.cost(), 0.01e6);
        assertEquals(4_232.24e6, result.hullBound(), 0.01e6);
        assertTrue(result.cost() < 4_235.8e6, "the local search alone ended at 4,235.8 M CNY");
        assertTrue(result.cost() <= result.constructionCost());
        assertEquals(0, result.searchSteps());
        assertTrue(result.greedy().met());
        assertTrue(result.relativeSavingOverGreedy() > 0.25, "saving " + result.relativeSavingOverGreedy());
    }
}
