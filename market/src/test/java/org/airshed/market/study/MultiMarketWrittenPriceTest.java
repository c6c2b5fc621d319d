package org.airshed.market.study;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.airshed.core.allocation.multi.MultiPollutantSolvers;
import org.airshed.core.io.ScenarioDocument;
import org.airshed.core.io.ScenarioReader;
import org.airshed.core.study.multi.MultiScenarioProblem;
import org.airshed.market.settlement.Trade;
import org.junit.jupiter.api.Test;

/**
 * revG defect 3 (repro/v2-cent.json, the NOx market): the marginal block is written 81, the solver's
 * dual is 80.99999999999999. The market prints and pays 81, and 10.075 t at 81 = 816.075 pays 816.08
 * (ties to even), where the solver's price paid 816.07.
 */
class MultiMarketWrittenPriceTest {
    private static final String FILE = """
            {"name": "v2-cent", "seed": 1, "pollutants": [{"id": "SO2"}, {"id": "NOx"}],
             "regions": [{"id": "B"}, {"id": "D"}],
             "sources": [
               {"id": "s3", "region": "D", "emissions": {"SO2": 61, "NOx": 28.1},
                "curves": {"SO2": {"steps": [{"amount": 20.131, "unitCost": 46.77}, {"amount": 2.212, "unitCost": 78}]},
                           "NOx": {"steps": [{"amount": 14.2, "unitCost": 30}, {"amount": 4, "unitCost": 72.5},
                                             {"amount": 4, "unitCost": 103}]}}},
               {"id": "s4", "region": "B", "emissions": {"SO2": 0, "NOx": 43.4},
                "options": [{"name": "o0", "removal": {"NOx": 0.5}, "annualCost": 1980},
                            {"name": "o1", "removal": {"NOx": 0.5}, "annualCost": 2188}]},
               {"id": "s5", "region": "D", "emissions": {"SO2": 0, "NOx": 94.4},
                "curves": {"NOx": {"steps": [{"amount": 19.667, "unitCost": 32.87}, {"amount": 21, "unitCost": 81}]}}}],
             "policy": {"caps": {"NOx": 127.386}},
             "market": {"allocation": "grandfathering", "mechanism": "equilibrium"}}
            """;

    @Test
    void theMarginalBlocksWrittenCostIsPrintedAndPaid() {
        ScenarioDocument document = ScenarioReader.read("v2-cent.json", FILE, null,
                List.of(MarketSectionReader.INSTANCE));
        MultiScenarioProblem problem = MultiScenarioProblem.of(document.multiPollutant());
        MarketSpec spec = document.section(MarketSectionReader.INSTANCE);
        MultiMarketReport r = MultiMarketStudy.run(problem, spec, 1, MultiPollutantSolvers.exact());
        PollutantMarket nox = r.pollutants().get(0);
        assertEquals(81.0, nox.clearingPrice(), 0);
        List<Trade> trades = nox.trades();
        assertEquals(10_075, trades.get(0).quantity());
        assertEquals(81.0, trades.get(0).price(), 0);
        assertEquals(81_608, trades.get(0).payment(), "10.075 t x 81 = 816.075, ties to even: 816.08");
    }
}
