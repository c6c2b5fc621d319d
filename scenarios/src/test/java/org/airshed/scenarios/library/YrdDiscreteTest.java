package org.airshed.scenarios.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.airshed.core.discrete.DiscreteResult;
import org.airshed.core.discrete.DiscreteSettings;
import org.airshed.core.io.ScenarioDocument;
import org.airshed.core.study.DiscreteReport;
import org.airshed.core.study.DiscreteStudy;
import org.airshed.core.study.SolveMode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled YRD discrete scenario: the file is what the generator writes, and a short search
 * (300 steps) already lands within 0.1 % of the hull bound and far below the Control Strategy
 * Tool's greedy, as the README says.
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
    void theSearchBeatsTheRoundedHullAndTheGreedyByFar() {
        assertTrue(result.isFeasible());
        assertTrue(result.relativeGap() < 1e-3, "gap " + result.relativeGap());
        assertTrue(result.cost() <= result.constructionCost());
        assertTrue(result.bound() <= result.cost());
        assertTrue(result.greedy().met());
        assertTrue(result.relativeSavingOverGreedy() > 0.2, "saving " + result.relativeSavingOverGreedy());
    }
}
