package org.airshed.scenarios.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.airshed.core.io.NumberText;

/**
 * What a report takes from the resolved scenario.json: its name, description, regions (id,
 * name, background), transfer matrix and policy. The sources are skipped as the file streams
 * past, so a million-source scenario costs a scan, not a tree.
 */
final class ScenarioFacts {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final ObjectNode root;

    private ScenarioFacts(ObjectNode root) {
        this.root = root;
    }

    static ScenarioFacts read(String file, Reader reader) throws IOException {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        try (JsonParser parser = new JsonFactory(MAPPER).createParser(reader)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new ReportInputException(file, "$", null, "not a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                parser.nextToken();
                if (key.equals("sources")) {
                    parser.skipChildren();
                } else if (key.equals("transfer") && parser.currentToken() == JsonToken.START_OBJECT) {
                    root.set(key, matrix(parser));
                } else {
                    root.set(key, parser.readValueAsTree());
                }
            }
            JsonFailure.refuseTrailing(file, parser);
        } catch (JsonProcessingException e) {
            throw JsonFailure.of(file, e);
        }
        return new ScenarioFacts(root);
    }

    /**
     * The transfer matrix as {@code readValueAsTree} builds it, its decimals read by a scan of their
     * text ({@link NumberText}, the same double as Double.parseDouble) instead of parseDouble, which
     * a run's tens of thousands of cells made the JIT compile late in the run.
     */
    private static ObjectNode matrix(JsonParser parser) throws IOException {
        return members(parser, false);
    }

    /** An object's members: a receptor's object as a row; in a row, decimals through NumberText; the rest as Jackson reads it. */
    private static ObjectNode members(JsonParser parser, boolean row) throws IOException {
        ObjectNode members = JsonNodeFactory.instance.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonToken value = parser.nextToken();
            members.set(key, !row && value == JsonToken.START_OBJECT ? members(parser, true)
                    : row && value == JsonToken.VALUE_NUMBER_FLOAT ? decimal(parser) : parser.readValueAsTree());
        }
        return members;
    }

    /** A JSON decimal (its grammar within NumberText's) as the tree holds it: a DoubleNode. */
    private static JsonNode decimal(JsonParser parser) throws IOException {
        double value = NumberText.valueOf(parser.getText());
        return JsonNodeFactory.instance.numberNode(Double.isNaN(value) ? parser.getDoubleValue() : value);
    }

    String name() {
        return root.path("name").asText("");
    }

    String description() {
        return root.path("description").asText("");
    }

    /** Region ids in file order, with their display names (the id when unnamed). */
    Map<String, String> regionNames() {
        Map<String, String> names = new LinkedHashMap<>();
        for (JsonNode region : root.path("regions")) {
            String id = region.path("id").asText();
            String name = region.path("name").asText("");
            names.put(id, name.isEmpty() ? id : name);
        }
        return names;
    }

    double background(String region) {
        for (JsonNode r : root.path("regions")) {
            if (r.path("id").asText().equals(region)) {
                return r.path("background").asDouble(0);
            }
        }
        return 0;
    }

    /** The receptors: regions with a row in the transfer matrix, in the matrix's order. */
    List<String> receptors() {
        List<String> receptors = new ArrayList<>();
        root.path("transfer").fieldNames().forEachRemaining(receptors::add);
        return receptors;
    }

    /** Concentration at {@code receptor} per unit emitted in {@code source}; 0 when absent. */
    double transfer(String receptor, String source) {
        return root.path("transfer").path(receptor).path(source).asDouble(0);
    }

    /** The cap (mass), or NaN without one. */
    double cap() {
        JsonNode cap = root.path("policy").path("cap");
        return cap.isNumber() ? cap.doubleValue() : Double.NaN;
    }

    String mode() {
        return root.path("mode").asText("continuous");
    }
}
