package org.airshed.scenarios.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A run's result files as a report reads them: summary.json (required: it is what makes a
 * directory a run's), the resolved scenario's facts and the CSVs, each read once and only when a
 * chart asks for it. A file or a field that is absent means "no such chart"; a CSV that is there
 * must have the columns its rows are keyed by.
 */
final class RunFiles {
    static final String REGIONS = "regions.csv";
    static final String TRANSFERS = "transfers.csv";
    static final String TECHNOLOGIES = "technologies.csv";
    static final String RECEPTORS = "receptors.csv";
    /** The columns without which a CSV's rows mean nothing to the charts that read it (every run writes them). */
    private static final Map<String, List<String>> NEEDED = Map.of(
            REGIONS, List.of("region"),
            RECEPTORS, List.of("region"),
            TRANSFERS, List.of("rule", "region", "status", "transfer"),
            TECHNOLOGIES, List.of("option", "greedyOption"));

    private final ResultSource source;
    private final JsonNode summary;
    private final DisplayUnits units;
    private final Map<String, Optional<CsvRows>> csvs = new HashMap<>();
    private Optional<ScenarioFacts> scenario;

    RunFiles(ResultSource source, JsonNode summary) {
        this.source = source;
        this.summary = summary;
        this.units = DisplayUnits.of(summary.path("units"));
    }

    ResultSource source() {
        return source;
    }

    JsonNode summary() {
        return summary;
    }

    JsonNode allocation() {
        return summary.path("allocation");
    }

    DisplayUnits units() {
        return units;
    }

    Optional<CsvRows> csv(String name) {
        return csvs.computeIfAbsent(name, file -> source.csv(file, NEEDED.getOrDefault(file, List.of())));
    }

    Optional<ScenarioFacts> scenario() {
        if (scenario == null) {
            scenario = source.scenario();
        }
        return scenario;
    }

    /** Region ids in file order with their names: scenario.json's, else summary.json's allocation. */
    Map<String, String> regionNames() {
        Optional<ScenarioFacts> facts = scenario();
        if (facts.isPresent() && !facts.get().regionNames().isEmpty()) {
            return facts.get().regionNames();
        }
        Map<String, String> names = new LinkedHashMap<>();
        allocation().path("regions").fieldNames().forEachRemaining(id -> names.put(id, id));
        return names;
    }

    /** A number of summary.json at {@code path} ("/allocation/capPrice"); NaN when absent or not a number. */
    double number(String path) {
        JsonNode node = summary.at(path);
        return node.isNumber() ? node.doubleValue() : Double.NaN;
    }

    /** A text of summary.json at {@code path}; null when absent. */
    String text(String path) {
        JsonNode node = summary.at(path);
        return node.isValueNode() && !node.isNull() ? node.asText() : null;
    }
}
