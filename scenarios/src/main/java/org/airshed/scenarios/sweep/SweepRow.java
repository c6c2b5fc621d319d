package org.airshed.scenarios.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One run's line in runs.jsonl (and row in runs.csv).
 *
 * @param run        index in the sweep's run order
 * @param seed       the seed the run's scenario was given
 * @param parameters parameter name → value (an independent draw: field path → value)
 * @param status     {@code ok}; {@code infeasible} (the allocation has no solution); {@code invalid}
 *                   (the variant is not a valid scenario, or a section cannot apply); {@code error}
 *                   (an internal error, a bug to report)
 * @param reason     why the run is not ok; null when it is
 * @param results    headline values of summary.json, under the same names (for an infeasible run its
 *                   allocation status); empty for an invalid run or an error
 */
public record SweepRow(int run, long seed, ObjectNode parameters, String status, String reason, ObjectNode results) {
    public static final String OK = "ok";
    public static final String INFEASIBLE = "infeasible";
    public static final String INVALID = "invalid";
    public static final String ERROR = "error";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    public SweepRow {
        if (parameters == null || status == null || results == null) {
            throw new IllegalArgumentException("a row needs parameters, a status and results (run " + run + ")");
        }
        if (status.equals(OK) != (reason == null)) {
            throw new IllegalArgumentException("a row has a reason exactly when it is not ok (run " + run + ")");
        }
    }

    public boolean isOk() {
        return status.equals(OK);
    }

    public ObjectNode toJson() {
        ObjectNode node = NODES.objectNode();
        node.put("run", run);
        node.put("seed", seed);
        node.set("parameters", parameters);
        node.put("status", status);
        if (reason != null) {
            node.put("reason", reason);
        }
        node.set("results", results);
        return node;
    }

    /** The row a journal line holds; throws IllegalArgumentException when it is not one. */
    public static SweepRow fromJson(JsonNode node) {
        if (!(node instanceof ObjectNode o) || !o.path("run").canConvertToInt() || !o.path("seed").isIntegralNumber()
                || !o.path("parameters").isObject() || !o.path("status").isTextual()
                || !o.path("results").isObject()) {
            throw new IllegalArgumentException("not a sweep row");
        }
        JsonNode reason = o.get("reason");
        return new SweepRow(o.get("run").intValue(), o.get("seed").longValue(), (ObjectNode) o.get("parameters"),
                o.get("status").textValue(), reason == null ? null : reason.asText(), (ObjectNode) o.get("results"));
    }
}
