package org.airshed.market.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.airshed.core.io.ScenarioDocument;
import org.airshed.core.io.ScenarioReader;
import org.airshed.market.ledger.Conservation;
import org.airshed.market.settlement.Trade;
import org.junit.jupiter.api.Test;

/**
 * Review revE, defect 4: where main's price was float noise below a cent boundary, the exact price moves a
 * payment by a cent. The reviewer's seed 62 (generated, banking at r = 0.1): period 5 is priced by the
 * 15.0 step of its own period, which main printed as 14.999999999999998, so trade T5-4 of 5.485 t paid
 * 82.27 there; 5.485 · 15 = 82.275 pays 82.28, the correct side.
 */
class BankingMarketCentTest {
    private static final String SEED_62 = """
            {"name": "bank62", "description": "generated", "seed": 62, "units": {"mass": "t", "money": "CNY", "concentration": "ug/m3"},
            "regions": [{"id": "R0", "name": "R0", "damagePerConcentration": 1, "background": 0},
            {"id": "R1", "name": "R1", "damagePerConcentration": 1, "background": 0},
            {"id": "R2", "name": "R2", "damagePerConcentration": 1, "background": 0}],
            "transfer": {"R0": {"R0": 0.043, "R1": 0.194, "R2": 0.055}, "R1": {"R0": 0.098, "R1": 0.181, "R2": 0.078}, "R2": {"R0": 0.107, "R1": 0.041, "R2": 0.193}}, "sources": [
            {"id": "s0", "region": "R1", "baseline": 93, "steps": [{"amount": 31, "unitCost": 19.0}]},
            {"id": "s1", "region": "R2", "baseline": 91, "steps": [{"amount": 21, "unitCost": 22.0}]},
            {"id": "s2", "region": "R0", "baseline": 151, "steps": [{"amount": 44, "unitCost": 15.0}, {"amount": 20, "unitCost": 49.639}, {"amount": 16, "unitCost": 77.38}]},
            {"id": "s3", "region": "R0", "baseline": 94, "steps": [{"amount": 37, "unitCost": 23.0}]},
            {"id": "s4", "region": "R2", "baseline": 87, "quadratic": {"linear": 13.49, "slope": 4.946, "max": 23}},
            {"id": "s5", "region": "R1", "baseline": 101, "steps": [{"amount": 22, "unitCost": 6.136}, {"amount": 22, "unitCost": 22.0}]}],
            "policy": {"cap": 440}, "market": {"allocation": "grandfathering", "mechanism": "equilibrium", "periods": {"caps": [440, 501, 585, 601, 476, 581], "discountRate": 0.1, "banking": true}}}
            """;

    @Test
    void aTradeAtTheExactPriceOf15PaysTheCentMainsNoiseLost() {
        ScenarioDocument document = ScenarioReader.read("s62.json", SEED_62, null, List.of(MarketSectionReader.INSTANCE));
        MarketReport report = MarketStudy.run(document.scenario(), document.section(MarketSectionReader.INSTANCE), 62);
        assertTrue(report.conservation().isConserved(), report.conservation().violations().toString());
        Conservation.assertConserved(report.ledger().ledger());
        assertEquals(15.0, report.periods().get(5).price());
        Trade trade = report.trades().stream().filter(t -> t.id().equals("T5-4")).findFirst().orElseThrow();
        assertEquals(5485, trade.quantity(), "5.485 t in permits");
        assertEquals(15.0, trade.price());
        assertEquals(8228, trade.payment(), "82.28 in cents (main: 8227 at 14.999999999999998)");
    }
}
