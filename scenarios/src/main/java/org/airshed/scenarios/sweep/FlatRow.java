package org.airshed.scenarios.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * One runs.jsonl line as the tables read it: {@code run}, {@code seed}, {@code status},
 * {@code reason}, {@code parameters.NAME}, then every headline value under its dotted
 * summary.json path (objects flattened; numbers, yes/no, names and arrays kept whole).
 *
 * @param cells   column → value (null when the line has none)
 * @param results the line's result columns, in the order the line gives them
 */
record FlatRow(Map<String, JsonNode> cells, Set<String> results) {
    static FlatRow of(JsonNode line) {
        Map<String, JsonNode> cells = new LinkedHashMap<>();
        cells.put("run", line.get("run"));
        cells.put("seed", line.get("seed"));
        cells.put("status", line.get("status"));
        cells.put("reason", line.get("reason"));
        line.get("parameters").fields().forEachRemaining(e -> cells.put("parameters." + e.getKey(), e.getValue()));
        Set<String> results = new LinkedHashSet<>();
        flatten("", line.get("results"), cells, results);
        return new FlatRow(cells, results);
    }

    private static void flatten(String prefix, JsonNode node, Map<String, JsonNode> cells, Set<String> results) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = prefix + e.getKey();
            if (e.getValue().isObject()) {
                flatten(key + ".", e.getValue(), cells, results);
            } else {
                cells.put(key, e.getValue());
                results.add(key);
            }
        }
    }

    JsonNode get(String column) {
        return cells.get(column);
    }

    String status() {
        return cells.get("status").asText();
    }

    boolean isOk() {
        return SweepRow.OK.equals(status());
    }
}
