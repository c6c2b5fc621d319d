package org.airshed.scenarios.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.airshed.scenarios.run.Sections;
import org.junit.jupiter.api.Test;

class HeadlinesTest {
    @Test
    void keepsHeadlineValuesUnderTheirSummaryNamesAndDropsDetail() throws Exception {
        ObjectNode summary = (ObjectNode) new ObjectMapper().readTree("""
                {"scenario": "s", "allocation": {"status": "optimal", "totalCost": 5, "capPrice": 2,
                   "receptorPrices": {"SH": 7}, "regions": {"SH": {"cost": 5}}},
                 "market": {"clearingPrice": 3, "volume": 4, "regions": {"SH": {}},
                   "receptors": {"SH": {"concentration": 36.5, "limit": 35, "exceeded": true, "period": 1}},
                   "zones": {"north": {"price": 9, "exports": {"south": 1}}},
                   "ambient": {"receptorPrices": {"SH": 8}, "permitValues": {"SH": 6}},
                   "periods": [{"period": 1, "price": 10}, {"period": 2, "price": 11}]},
                 "compensation": {"surplus": 1, "rules": {"shapley": {"gains": {"SH": 1}, "transfers": {"SH": -1},
                   "inCore": true, "warnings": ["w"]}}}}
                """);
        assertEquals(new ObjectMapper().readTree("""
                {"allocation": {"status": "optimal", "totalCost": 5, "capPrice": 2, "receptorPrices": {"SH": 7}},
                 "market": {"clearingPrice": 3, "volume": 4,
                   "receptors": {"SH": {"concentration": 36.5, "exceeded": true}},
                   "zones": {"north": {"price": 9}},
                   "ambient": {"receptorPrices": {"SH": 8}, "permitValues": {"SH": 6}},
                   "periods": {"0": {"price": 10}, "1": {"price": 11}}},
                 "compensation": {"surplus": 1, "rules": {"shapley": {"transfers": {"SH": -1}, "inCore": true}}}}
                """), Headlines.of(Sections.ALL.stream().map(Section::headlines).toList()).keep(summary));
    }
}
