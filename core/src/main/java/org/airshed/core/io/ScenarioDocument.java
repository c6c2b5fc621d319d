package org.airshed.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.airshed.core.model.Scenario;

/**
 * A scenario file as read: the core {@link Scenario} and the sections other modules read
 * through their {@link SectionReader}s, each kept both as read and as written (so that the
 * resolved scenario written beside the results keeps it).
 */
public record ScenarioDocument(Scenario scenario, Map<String, JsonNode> sectionJson, Map<String, Object> sections) {
    public ScenarioDocument {
        sectionJson = Collections.unmodifiableMap(new LinkedHashMap<>(sectionJson));
        sections = Collections.unmodifiableMap(new LinkedHashMap<>(sections));
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
        return new ScenarioDocument(other, sectionJson, sections);
    }

    /** The same document with section {@code reader} set to {@code value}, written as {@code json}. */
    public <T> ScenarioDocument withSection(SectionReader<T> reader, T value, JsonNode json) {
        Map<String, JsonNode> newJson = new LinkedHashMap<>(sectionJson);
        Map<String, Object> newSections = new LinkedHashMap<>(sections);
        newJson.put(reader.key(), json);
        newSections.put(reader.key(), value);
        return new ScenarioDocument(scenario, newJson, newSections);
    }

    @SuppressWarnings("unchecked")
    private static <T> T castTo(SectionReader<T> reader, Object value) {
        // Safe: the value was put under the reader's key by that reader's read method.
        return (T) value;
    }
}
