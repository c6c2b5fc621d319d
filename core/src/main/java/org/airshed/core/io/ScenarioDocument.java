package org.airshed.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.airshed.core.model.Scenario;
import org.airshed.core.model.multi.MultiPollutantScenario;

/**
 * A scenario file as read: the core {@link Scenario} and the sections other modules read
 * through their {@link SectionReader}s, each kept both as read and as written (so that the
 * resolved scenario written beside the results keeps it).
 *
 * <p>A version-2 file (several pollutants) is read into {@code multiPollutant}; its {@code scenario}
 * then holds only what both versions share (name, seed, units, objective, regions), with no sources,
 * so that what reads a run's identity reads either version. Null for a version-1 file.
 */
public record ScenarioDocument(Scenario scenario, Map<String, JsonNode> sectionJson, Map<String, Object> sections,
                               MultiPollutantScenario multiPollutant) {
    public ScenarioDocument {
        sectionJson = Collections.unmodifiableMap(new LinkedHashMap<>(sectionJson));
        sections = Collections.unmodifiableMap(new LinkedHashMap<>(sections));
    }

    /** A version-1 document. */
    public ScenarioDocument(Scenario scenario, Map<String, JsonNode> sectionJson, Map<String, Object> sections) {
        this(scenario, sectionJson, sections, null);
    }

    /** Whether the file is a version-2 file with several pollutants. */
    public boolean isMultiPollutant() {
        return multiPollutant != null;
    }

    /** A document with no sections beyond the core scenario. */
    public static ScenarioDocument of(Scenario scenario) {
        return new ScenarioDocument(scenario, Map.of(), Map.of());
    }

    /** The section {@code reader} read, or null when the file has none. */
    public <T> T section(SectionReader<T> reader) {
        Object value = sections.get(reader.key());
        return value == null ? null : castTo(reader, value);
    }

    /** The same sections with another core scenario (a seed given on the command line). */
    public ScenarioDocument withScenario(Scenario other) {
        return new ScenarioDocument(other, sectionJson, sections, multiPollutant);
    }

    /** The same document with section {@code reader} set to {@code value}, written as {@code json}. */
    public <T> ScenarioDocument withSection(SectionReader<T> reader, T value, JsonNode json) {
        Map<String, JsonNode> newJson = new LinkedHashMap<>(sectionJson);
        Map<String, Object> newSections = new LinkedHashMap<>(sections);
        newJson.put(reader.key(), json);
        newSections.put(reader.key(), value);
        return new ScenarioDocument(scenario, newJson, newSections, multiPollutant);
    }

    @SuppressWarnings("unchecked")
    private static <T> T castTo(SectionReader<T> reader, Object value) {
        // Safe: the value was put under the reader's key by that reader's read method.
        return (T) value;
    }
}
