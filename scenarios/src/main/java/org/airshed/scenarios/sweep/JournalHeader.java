package org.airshed.scenarios.sweep;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The first line of a journal: which sweep it records, which shard of it, the sweep file itself
 * and what the report says of the base scenario, so that {@code sweep merge} can make the result
 * tables and the report from shard directories alone.
 *
 * @param fingerprint SHA-256 of the sweep file, its resolved base scenario, the version and the program
 * @param runs        runs in the whole sweep (not only this shard's)
 * @param sweepFile   how problems name the sweep file
 * @param sweepText   the sweep file's text, read again by a merge for its parameters
 * @param scenario    the base scenario's {@code name} and {@code units}, for the report; a missing
 *                    node when the journal does not say
 */
record JournalHeader(String sweep, String fingerprint, int runs, Shard shard, String sweepFile, String sweepText,
                     JsonNode scenario) {
    /** The parts of a base scenario's tree a journal keeps for the report: its name and units. */
    static JsonNode about(JsonNode base) {
        ObjectNode about = new ObjectMapper().createObjectNode();
        for (String key : new String[] {"name", "units"}) {
            if (base.has(key)) {
                about.set(key, base.get(key).deepCopy());
            }
        }
        return about;
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    String line() {
        ObjectNode header = MAPPER.createObjectNode();
        header.put("sweep", sweep);
        header.put("fingerprint", fingerprint);
        header.put("runs", runs);
        header.put("shard", shard.toString());
        header.put("sweepFile", sweepFile);
        header.put("sweepText", sweepText);
        if (scenario.isObject()) {
            header.set("scenario", scenario);
        }
        try {
            return MAPPER.writeValueAsString(header);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The header a journal's first line holds; null when it holds none (another program's, or damaged). */
    static JournalHeader parse(String line) {
        JsonNode node;
        try {
            node = MAPPER.readTree(line);
        } catch (IOException e) {
            return null;
        }
        if (node == null || !node.path("sweep").isTextual() || !node.path("fingerprint").isTextual()
                || !node.path("runs").canConvertToInt() || !node.path("shard").isTextual()
                || !node.path("sweepFile").isTextual() || !node.path("sweepText").isTextual()) {
            return null;
        }
        Shard shard;
        try {
            shard = Shard.parse(node.get("shard").textValue());
        } catch (IllegalArgumentException e) {
            return null;
        }
        return new JournalHeader(node.get("sweep").textValue(), node.get("fingerprint").textValue(),
                node.get("runs").intValue(), shard, node.get("sweepFile").textValue(),
                node.get("sweepText").textValue(),
                node.path("scenario").isObject() ? node.get("scenario") : MissingNode.getInstance());
    }
}
