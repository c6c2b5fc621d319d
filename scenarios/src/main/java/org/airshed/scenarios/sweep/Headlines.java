package org.airshed.scenarios.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * The headline numbers of a run: the parts of summary.json a sweep keeps, under their FORMAT.md
 * names, so that a column {@code compensation.rules.shapley.inCore} means exactly what the key
 * of that path means in a run's summary.json. Per-source and per-region detail is left out.
 */
final class Headlines {
    /**
     * Keys to keep: 1 keeps a value; "*" keeps every value of an object; an object recurses; "*"
     * as a key matches any key of an object, or any element of an array (kept under its index, so
     * that {@code market.periods.0.price} is the first period's price).
     */
    private static final String KEEP = """
            {"allocation": {"status": 1, "objective": 1, "totalCost": 1, "damages": 1, "totalReduction": 1,
                            "emissions": 1, "capPrice": 1, "receptorPrices": "*"},
             "cooperation": {"status": 1, "totalDuty": 1, "price": 1, "standaloneCost": 1, "cooperativeCost": 1,
                             "saving": 1},
             "discrete": {"status": 1, "cost": 1, "bound": 1, "relativeGap": 1},
             "market": {"status": 1, "clearingPrice": 1, "buyerPrice": 1, "volume": 1, "trades": 1,
                        "abatementCost": 1, "transactionCosts": 1, "totalCost": 1, "lossVsFrictionless": 1,
                        "auction": {"status": 1, "clearingPrice": 1, "sold": 1, "unsold": 1, "revenue": 1},
                        "zones": {"*": {"price": 1}},
                        "ambient": {"receptorPrices": "*", "permitValues": "*", "leastCost": 1},
                        "periods": {"*": {"price": 1, "bank": 1, "soldAtCeiling": 1, "withheldAtFloor": 1}},
                        "conservation": {"conserved": 1}},
             "compensation": {"surplus": 1, "leastCoreEpsilon": 1, "leastCoreEpsilonNet": 1,
                              "surplusUnderWrittenLimits": 1, "receptors": {"*": {"cooperative": 1}},
                              "rules": {"*": {"status": 1, "transfers": "*", "budgetBalanced": 1,
                                              "individuallyRational": 1, "inCore": 1, "maxExcess": 1,
                                              "inCoreNetOfTransactionCosts": 1, "maxExcessNet": 1}}}}
            """;
    private static final JsonNode PATTERN;

    static {
        try {
            PATTERN = new ObjectMapper().readTree(KEEP);
        } catch (java.io.IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private Headlines() {
    }

    static ObjectNode of(ObjectNode summary) {
        ObjectNode kept = JsonNodeFactory.instance.objectNode();
        keep(PATTERN, summary, kept);
        return kept;
    }

    private static void keep(JsonNode pattern, JsonNode data, ObjectNode out) {
        if (pattern.isTextual()) {
            copyValues(data, out);
            return;
        }
        JsonNode any = pattern.get("*");
        if (any != null && data.isArray()) {
            for (int i = 0; i < data.size(); i++) {
                keepField(Integer.toString(i), any, data.get(i), out);
            }
            return;
        }
        if (any != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = data.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                keepField(e.getKey(), any, e.getValue(), out);
            }
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = pattern.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode value = data.get(e.getKey());
            if (value != null) {
                keepField(e.getKey(), e.getValue(), value, out);
            }
        }
    }

    private static void keepField(String key, JsonNode pattern, JsonNode value, ObjectNode out) {
        if (pattern.isNumber()) {
            if (value.isValueNode()) {
                out.set(key, value);
            }
        } else if (value.isObject() || value.isArray()) {
            ObjectNode child = out.putObject(key);
            keep(pattern, value, child);
        }
    }

    private static void copyValues(JsonNode data, ObjectNode out) {
        data.fields().forEachRemaining(e -> {
            if (e.getValue().isValueNode()) {
                out.set(e.getKey(), e.getValue());
            }
        });
    }
}
