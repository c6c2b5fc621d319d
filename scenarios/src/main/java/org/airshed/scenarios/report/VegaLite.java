package org.airshed.scenarios.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * The parts every chart specification shares: the schema, a title, named datasets (every chart
 * keeps its data in top-level {@code datasets}, so a reader of the .vl.json file finds it in one
 * place), and tooltip fields. Numbers in tooltips show up to six significant digits with
 * thousands separators; the files keep them all.
 */
final class VegaLite {
    static final String SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json";
    static final String NUMBER_FORMAT = ",.6~r";
    static final int WIDTH = 640;
    static final int HEIGHT = 340;

    private VegaLite() {
    }

    /** An empty spec with the schema, a title and {@code datasets}; the caller adds the rest. */
    static ObjectNode spec(String title, Map<String, ArrayNode> datasets) {
        ObjectNode spec = Json.object();
        spec.put("$schema", SCHEMA);
        spec.put("title", title);
        ObjectNode data = spec.putObject("datasets");
        datasets.forEach(data::set);
        return spec;
    }

    /** A tooltip field: quantitative ones formatted, the title naming the unit. */
    static ObjectNode tooltip(String field, String title, boolean quantitative) {
        ObjectNode t = Json.object();
        t.put("field", field);
        t.put("type", quantitative ? "quantitative" : "nominal");
        t.put("title", title);
        if (quantitative) {
            t.put("format", NUMBER_FORMAT);
        }
        return t;
    }

    static ArrayNode tooltips(List<ObjectNode> fields) {
        ArrayNode array = Json.array();
        fields.forEach(array::add);
        return array;
    }

    /** A list of strings as a JSON array (a sort order, a domain). */
    static ArrayNode strings(List<String> values) {
        ArrayNode array = Json.array();
        values.forEach(array::add);
        return array;
    }

    /** A JSON array of numbers. */
    static ArrayNode numbers(double... values) {
        ArrayNode array = Json.array();
        for (double v : values) {
            array.add(Json.number(v));
        }
        return array;
    }

    /** A layer reading the dataset {@code name}. */
    static ObjectNode layer(String name, JsonNode mark, JsonNode encoding) {
        ObjectNode layer = Json.object();
        layer.putObject("data").put("name", name);
        layer.set("mark", mark);
        layer.set("encoding", encoding);
        return layer;
    }
}
