package org.airshed.market.study;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.airshed.core.allocation.multi.MultiPollutantSolvers;
import org.airshed.core.io.ScenarioDocument;
import org.airshed.core.io.ScenarioReader;
import org.airshed.core.study.multi.MultiScenarioProblem;
import org.airshed.market.ledger.Quantum;
import org.airshed.market.permits.AllocationRule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A two-pollutant market worked by hand. SO2: 500 t against a cap of 400; NOx: 200 t against 150. b1's
 * first SO2 block (150 t at 10) and its NOx block (150 t at 30) are the cheapest cuts, a1's FGD (20 per
 * t of SO2) is dearer: the market cuts 100 t of SO2 and 50 t of NOx at b1, at λ_SO2 = 10 and λ_NOx =
 * 30, for 2,500, whatever the rule. Each rule's free permits follow from its definition pollutant by
 * pollutant (see each row); trades then bring every source to its emissions a1 (100, 50), b1 (200,
 * 100), b2 (100, 0).
 */
class MultiMarketTextbookTest {
    static final String FILE = """
            {"name": "two-pollutant-textbook", "seed": 1,
             "pollutants": [{"id": "SO2"}, {"id": "NOx"}],
             "regions": [{"id": "A", "population": 1000000, "gdp": 2e9}, {"id": "B", "population": 3000000, "gdp": 2e9}],
             "sources": [
               {"id": "a1", "region": "A", "emissions": {"SO2": 100, "NOx": 50},
                "options": [{"name": "FGD", "removal": {"SO2": 0.9}, "annualCost": 1800}]},
               {"id": "b1", "region": "B", "emissions": {"SO2": 300, "NOx": 150},
                "curves": {"SO2": {"steps": [{"amount": 150, "unitCost": 10}, {"amount": 150, "unitCost": 40}]},
                           "NOx": {"steps": [{"amount": 150, "unitCost": 30}]}}},
               {"id": "b2", "region": "B", "emissions": {"SO2": 100}, "options": []}],
             "policy": {"caps": {"SO2": 400, "NOx": 150},
                        "duties": {"A": {"SO2": 20, "NOx": 10}, "B": {"SO2": 80, "NOx": 40}}}}
            """;

    /** Free permits of a1, b1, b2: SO2 then NOx, by rule. */
    private static final Map<AllocationRule, double[][]> FREE = Map.of(
            // by each pollutant's emissions: 400 × (100, 300, 100) / 500; 150 × (50, 150, 0) / 200
            AllocationRule.GRANDFATHERING, new double[][] {{80, 240, 80}, {37.5, 112.5, 0}},
            // the same cut fraction, capped at what a source can abate: SO2 f = 100 / 400 (b2 cannot abate),
            // NOx f = 50 / 150 (a1's FGD removes no NOx)
            AllocationRule.EQUAL_PROPORTIONAL, new double[][] {{75, 225, 100}, {50, 100, 0}},
            // regions 1 : 3, then by emissions within B: SO2 300 → 225, 75
            AllocationRule.PER_CAPITA, new double[][] {{100, 225, 75}, {37.5, 112.5, 0}},
            AllocationRule.GDP, new double[][] {{200, 150, 50}, {75, 75, 0}},
            // baseline − duty: SO2 80 : 320, NOx 40 : 110
            AllocationRule.DUTIES, new double[][] {{80, 240, 80}, {40, 110, 0}},
            AllocationRule.AUCTION, new double[][] {{0, 0, 0}, {0, 0, 0}});

    @ParameterizedTest
    @EnumSource(AllocationRule.class)
    void everyRuleHandsOutItsPermitsAndTradesToTheLeastCost(AllocationRule rule) {
        // The market section read as a file gives it (the reader fills in each rule's defaults).
        String file = FILE.substring(0, FILE.lastIndexOf('}')) + ", \"market\": {\"allocation\": \"" + rule.key()
                + "\", \"mechanism\": \"equilibrium\"}}";
        ScenarioDocument document = ScenarioReader.read("textbook.json", file, null,
                List.of(MarketSectionReader.INSTANCE));
        MultiScenarioProblem problem = MultiScenarioProblem.of(document.multiPollutant());
        MarketSpec spec = document.section(MarketSectionReader.INSTANCE);
        assertEquals(List.of(), MultiMarketStudy.problems(problem, spec, document.sectionJson().get("market")));
        MultiMarketReport r = MultiMarketStudy.run(problem, spec, 1, MultiPollutantSolvers.exact());
        assertEquals(10, r.pollutants().get(0).clearingPrice(), 1e-9);
        assertEquals(30, r.pollutants().get(1).clearingPrice(), 1e-9);
        assertEquals(2500, r.abatementCost(), 1e-6);
        assertEquals(2500, r.leastCost(), 1e-6);
        double[][] emissions = {{100, 200, 100}, {50, 100, 0}};
        long regulatorSold = 0;
        for (int p = 0; p < 2; p++) {
            double[] free = new double[3];
            double[] surrendered = new double[3];
            long money = 0;
            for (int i = 0; i < 3; i++) {
                SourcePollutantPosition s = r.sources().get(2 * i + p);
                free[i] = Quantum.PERMIT.toDouble(s.initialPermits());
                surrendered[i] = Quantum.PERMIT.toDouble(s.surrendered());
                double bought = emissions[p][i] - free[i];
                assertEquals(bought, Quantum.PERMIT.toDouble(s.netPurchase()), 1e-9, s.toString());
                assertEquals(Quantum.MONEY.of(bought * (p == 0 ? 10 : 30)), s.payment(), s.toString());
                money += s.payment();
            }
            assertArrayEquals(FREE.get(rule)[p], free, 1e-9, rule + " " + r.pollutants().get(p).pollutant());
            assertArrayEquals(emissions[p], surrendered, 1e-9);
            regulatorSold += money;
        }
        assertEquals(rule == AllocationRule.AUCTION ? 400 * 10 + 150 * 30 : 0, Quantum.MONEY.toDouble(regulatorSold),
                1e-9, "the regulator's revenue");
    }
}
