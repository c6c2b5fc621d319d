package org.airshed.scenarios.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.airshed.core.io.ScenarioDocument;
import org.airshed.market.study.MarketReport;
import org.airshed.market.study.MarketSectionReader;
import org.airshed.market.study.MarketStudy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled YRD permit market: the file is what the generator writes, and the figures the
 * README shows hold (relative 1e-4).
 */
class YrdMarketTest {
    private static MarketReport report;

    @BeforeAll
    static void run() {
        ScenarioDocument document = ScenarioLibrary.bundled().document(YrdMarketScenario.NAME);
        report = MarketStudy.run(document.scenario(), document.section(MarketSectionReader.INSTANCE),
                document.scenario().seed());
    }

    @Test
    void regeneratingGivesTheBundledFileByteForByte() {
        assertEquals(YrdMarketScenario.json(), BundledText.of("/scenarios/" + YrdMarketScenario.NAME + ".json"));
    }

    @Test
    void stavinsTheWedgeCutsTradingAndCostsMoreThanTheFeesAlone() {
        assertEquals(500, report.buyerPrice() - report.clearingPrice(), 1e-9);
        assertEquals(9904, report.clearingPrice(), 1e-4 * 9904);
        assertEquals(285_420, report.volume(), 1e-4 * 285_420);
        assertEquals(3.79246e9, report.frictionlessCost(), 1e-5 * 3.79246e9);
        assertEquals(1.47653e8, report.lossVsFrictionless(), 1e-4 * 1.47653e8);
        assertTrue(report.lossVsFrictionless() > report.transactionCosts(),
                "abatement also moves away from least cost, beyond the fees");
        assertTrue(report.conservation().isConserved());
    }
}
