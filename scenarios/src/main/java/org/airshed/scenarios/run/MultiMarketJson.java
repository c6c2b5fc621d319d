package org.airshed.scenarios.run;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import org.airshed.market.ledger.CapRecord;
import org.airshed.market.ledger.PermitTotals;
import org.airshed.market.ledger.Quantum;
import org.airshed.market.study.MultiMarketReport;
import org.airshed.market.study.MultiRegionPosition;
import org.airshed.market.study.PollutantMarket;

/**
 * summary.json's {@code market} for a file with several pollutants (docs/FORMAT.md "Version 2: market"):
 * version 1's names where they mean the same, and the per-pollutant parts laid out as version 2's
 * allocation lays them out: {@code pollutants[p]} and {@code regions[id].pollutants[p]}.
 */
final class MultiMarketJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private MultiMarketJson() {
    }

    static ObjectNode of(MultiMarketReport r) {
        ObjectNode node = MarketJson.head(r.spec(), r.status());
        node.put("seed", r.seed());
        ObjectNode pollutants = node.putObject("pollutants");
        for (PollutantMarket m : r.pollutants()) {
            ObjectNode p = pollutants.putObject(m.pollutant());
            SummaryJson.number(p, "cap", m.cap());
            SummaryJson.number(p, "permits", Quantum.PERMIT.toDouble(m.permits()));
            SummaryJson.number(p, "clearingPrice", m.clearingPrice());
            SummaryJson.number(p, "volume", m.volume());
            p.put("trades", m.trades().size());
            SummaryJson.number(p, "emissions", m.emissions());
        }
        SummaryJson.number(node, "abatementCost", r.abatementCost());
        SummaryJson.number(node, "totalCost", r.abatementCost());
        SummaryJson.number(node, "leastCost", r.leastCost());
        ObjectNode regions = node.putObject("regions");
        for (MultiRegionPosition position : r.regions()) {
            ObjectNode region = regions.putObject(position.region());
            SummaryJson.number(region, "abatementCost", position.abatementCost());
            SummaryJson.number(region, "payment", position.payment());
            ObjectNode byPollutant = region.putObject("pollutants");
            for (MultiRegionPosition.Pollutant p : position.pollutants()) {
                ObjectNode row = MarketJson.permits(byPollutant.putObject(p.pollutant()), p.initialPermits(),
                        p.emissions(), p.netPurchase(), p.payment());
                SummaryJson.number(row, "shortfall", p.shortfall());
            }
        }
        node.set("receptors", MarketJson.receptors(r.receptors(), false));
        node.set("conservation", MarketJson.conservation(r.conservation()));
        node.set("issuance", issuance(r));
        ObjectNode journal = node.putObject("journal");
        journal.put("file", MarketSection.LEDGER);
        journal.put("entries", r.ledger().ledger().journalSize());
        journal.put("hash", r.ledger().ledger().journalHead());
        journal.put("complete", r.audit().isEmpty());
        ArrayNode problems = journal.putArray("problems");
        r.audit().forEach(f -> problems.add(f.toString()));
        ArrayNode notes = node.putArray("notes");
        r.notes().forEach(notes::add);
        return node;
    }

    /** The quantum, the rounding rule, and per pollutant and vintage the cap and what was issued under it. */
    private static ObjectNode issuance(MultiMarketReport r) {
        ObjectNode node = NODES.objectNode();
        node.put("quantum", Quantum.PERMIT.toDecimal(1));
        node.put("rounding", CapRecord.ROUNDING);
        Map<String, BigInteger> issued = new HashMap<>();
        for (PermitTotals t : r.conservation().permits()) {
            issued.merge(t.asset().pollutant() + "/" + t.asset().vintage(), t.issued(), BigInteger::add);
        }
        ArrayNode vintages = node.putArray("vintages");
        for (CapRecord cap : r.ledger().ledger().capRecords()) {
            ObjectNode v = vintages.addObject();
            v.put("pollutant", cap.pollutant());
            v.put("vintage", cap.vintage());
            SummaryJson.number(v, "cap", cap.cap());
            v.put("issuable", Quantum.PERMIT.toDecimal(cap.issuable()));
            v.put("released", Quantum.PERMIT.toDecimal(cap.released()));
            v.put("issued", Quantum.PERMIT.toDecimal(issued.getOrDefault(cap.pollutant() + "/" + cap.vintage(),
                    BigInteger.ZERO)));
        }
        return node;
    }
}
