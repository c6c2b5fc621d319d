package org.airshed.scenarios.library.pm25;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import org.airshed.market.study.MultiMarketReport;
import org.airshed.market.study.MultiRegionPosition;
import org.airshed.market.study.ReceptorOutcome;
import org.airshed.scenarios.pipeline.RunOutcome;
import org.airshed.scenarios.run.MultiAllocationResult;
import org.junit.jupiter.api.Test;

/**
 * The bundled yrd-pm25-market, as the README reads it: the file is yrd-pm25 with a market and no
 * compensation; the three permits clear at the three-cap prices of V2-SCENARIOS.md (10,053, 30,792 and
 * 4,099 CNY/t, 0.5 %) for the three-cap least cost (7.903 G CNY), whatever the rule; trading one for
 * one leaves Shanghai above its limit; and with permits by duties no province ends worse off than
 * meeting its three duties alone (its abatement cost plus what it pays for permits ≤ its stand-alone
 * cost). Per-province figures are one optimal plan's (the optimum is degenerate without the limit).
 */
class YrdPm25MarketTest {
    private static final String FILE = "/scenarios/yrd-pm25-market.json";

    private static RunOutcome run(Consumer<ObjectNode> edit) {
        return V2Runs.run(FILE, edit);
    }

    private static MultiMarketReport market(RunOutcome outcome) {
        return outcome.sections().stream().map(outcome.context()::result).filter(MultiMarketReport.class::isInstance)
                .map(MultiMarketReport.class::cast).findFirst().orElseThrow();
    }

    @Test
    void theFileIsYrdPm25WithAMarketAndWithoutCompensation() {
        ObjectNode variant = (ObjectNode) Bundled.tree(FILE).deepCopy();
        ObjectNode base = (ObjectNode) Bundled.tree("/scenarios/yrd-pm25.json").deepCopy();
        assertTrue(variant.get("description").asText().endsWith(base.get("description").asText()));
        for (String key : List.of("name", "description")) {
            variant.remove(key);
            base.remove(key);
        }
        assertEquals("{\"allocation\":\"grandfathering\",\"mechanism\":\"equilibrium\",\"vintage\":2020}",
                variant.remove("market").toString());
        base.remove("compensation");
        assertEquals(base, variant);
    }

    @Test
    void thePermitsClearAtTheThreeCapPricesAndLeaveShanghaiAboveItsLimit() {
        MultiMarketReport r = market(run(tree -> { }));
        double[] prices = {10053, 30792, 4099};
        for (int p = 0; p < prices.length; p++) {
            assertEquals(prices[p], r.pollutants().get(p).clearingPrice(), 5e-3 * prices[p], r.pollutants().get(p)
                    .pollutant());
        }
        assertEquals(7.903e9, r.abatementCost(), 5e-4 * 7.903e9);
        assertEquals(r.leastCost(), r.abatementCost(), 1e-6 * r.leastCost());
        ReceptorOutcome sh = r.receptors().get(0);
        assertEquals("SH", sh.receptor());
        assertTrue(sh.exceeded() && sh.concentration() > 47.3, "SH ends at " + sh.concentration());
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("ignores receptor limits by design: SH")), r.notes()
                .toString());
        assertTrue(r.conservation().isConserved() && r.audit().isEmpty());
        double payments = 0;
        for (MultiRegionPosition region : r.regions()) {
            payments += region.payment();
        }
        assertEquals(0, payments, 0.05, "money sums to zero across provinces");
    }

    @Test
    void withPermitsByDutiesNoProvinceEndsWorseOffThanMeetingItsDutiesAlone() {
        RunOutcome outcome = run(tree -> ((ObjectNode) tree.get("market")).put("allocation", "duties"));
        MultiMarketReport r = market(outcome);
        var alone = outcome.sections().stream().map(outcome.context()::result)
                .filter(MultiAllocationResult.class::isInstance).map(MultiAllocationResult.class::cast).findFirst()
                .orElseThrow().cooperation();
        assertEquals(7.903e9, r.abatementCost(), 5e-4 * 7.903e9, "the rule does not change the cost");
        for (int j = 0; j < r.regions().size(); j++) {
            MultiRegionPosition region = r.regions().get(j);
            assertEquals(alone.regions().get(j), region.region());
            double net = region.abatementCost() + region.payment();
            assertTrue(net <= alone.standaloneCost()[j] + 1, region.region() + " pays " + net + " in the market, "
                    + alone.standaloneCost()[j] + " alone");
        }
    }
}
