package org.airshed.scenarios.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.airshed.core.io.ScenarioDocument;
import org.airshed.market.study.MarketReport;
import org.airshed.market.study.MarketSectionReader;
import org.airshed.market.study.MarketStudy;
import org.airshed.market.study.ReceptorOutcome;
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

    /** One-for-one trading leaves Shanghai above its limit, and says that it ignores the limit by design. */
    @Test
    void theMarketSaysPlainlyThatItLeavesShanghaiAboveItsLimit() {
        ReceptorOutcome shanghai = report.receptors().get(0);
        assertEquals("SH", shanghai.receptor());
        assertEquals(7.85, shanghai.limit(), 1e-9);
        assertTrue(shanghai.exceeded(), shanghai.toString());
        assertEquals(8.3206, shanghai.concentration(), 1e-4);
        assertTrue(report.notes().stream().anyMatch(n -> n.startsWith("one-for-one trading ignores receptor limits by"
                + " design: SH ends at")), report.notes().toString());
        assertEquals(List.of(), report.audit());
    }
}
