package org.airshed.scenarios.run;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.Map;
import java.util.TreeMap;
import org.airshed.market.ledger.CapRecord;
import org.airshed.market.ledger.JournalFinding;
import org.airshed.market.ledger.PermitTotals;
import org.airshed.market.ledger.Quantum;
import org.airshed.market.study.MarketReport;

/**
 * The parts of summary.json's {@code market} that describe the journal: {@code issuance} (the
 * quantum, the rounding rule, and per vintage the cap, what it lets be issued, what the rules
 * released above it, and what was issued) and {@code journal} (its entries, the hash at the end of
 * its chain, which {@code airshed ledger} compares with the file, and what the audit found).
 */
final class MarketJournalJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private MarketJournalJson() {
    }

    static ObjectNode issuance(MarketReport r) {
        ObjectNode node = NODES.objectNode();
        node.put("quantum", Quantum.PERMIT.toDecimal(1));
        node.put("rounding", CapRecord.ROUNDING);
        Map<Integer, BigInteger> issued = new TreeMap<>();
        for (PermitTotals t : r.conservation().permits()) {
            issued.merge(t.asset().vintage(), t.issued(), BigInteger::add);
        }
        ArrayNode vintages = node.putArray("vintages");
        for (CapRecord cap : r.ledger().ledger().capRecords()) {
            ObjectNode v = vintages.addObject();
            v.put("vintage", cap.vintage());
            SummaryJson.number(v, "cap", cap.cap());
            v.put("issuable", Quantum.PERMIT.toDecimal(cap.issuable()));
            v.put("released", Quantum.PERMIT.toDecimal(cap.released()));
            v.put("issued", Quantum.PERMIT.toDecimal(issued.getOrDefault(cap.vintage(), BigInteger.ZERO)));
        }
        return node;
    }

    static ObjectNode journal(MarketReport r) {
        ObjectNode node = NODES.objectNode();
        node.put("file", MarketSection.LEDGER);
        node.put("entries", r.ledger().ledger().journalSize());
        // Chained once, as the entries were journaled.
        node.put("hash", r.ledger().ledger().journalHead());
        node.put("complete", r.audit().isEmpty());
        ArrayNode problems = node.putArray("problems");
        for (JournalFinding f : r.audit()) {
            problems.add(f.toString());
        }
        return node;
    }
}
