package org.airshed.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * What a {@link SectionReader} reads with: the same typed access and problem reporting as the
 * rest of the scenario, so that a section's problems name the file, JSON path and value like any
 * other. Every failed check reports a problem and returns null.
 */
public final class SectionInput {
    private final JsonInput in;
    private final boolean severalPollutants;

    SectionInput(JsonInput in) {
        this(in, false);
    }

    SectionInput(JsonInput in, boolean severalPollutants) {
        this.in = in;
        this.severalPollutants = severalPollutants;
    }

    /**
     * Whether the section belongs to a version-2 file (several pollutants): a reader then refuses what
     * that version does not run before asking for the settings of one-pollutant features.
     */
    public boolean severalPollutants() {
        return severalPollutants;
    }

    public String file() {
        return in.file();
    }

    /** Reports a problem with the value at {@code path}. */
    public void problem(String path, JsonNode value, String message) {
        in.problem(path, value, message);
    }

    /** Reports a problem with a value given as text (a record's own check, for instance). */
    public void problem(String path, String valueText, String message) {
        in.problems().add(in.file(), path, valueText, message);
    }

    /** "; did you mean X?" when {@code key} is a near miss of one of {@code known}, else empty. */
    public static String didYouMean(String key, List<String> known) {
        return KeySuggestion.didYouMean(key, known);
    }

    /** Reports a required value as missing. */
    public void missing(String path) {
        in.missing(path);
    }

    /** Problems reported so far, for {@link #addedSince(int)}. */
    public int mark() {
        return in.problems().mark();
    }

    public boolean addedSince(int mark) {
        return in.problems().addedSince(mark);
    }

    /** An object whose keys must all be in {@code allowed} (an unknown key is a problem with a "did you mean"). */
    public ObjectNode object(JsonNode node, String path, List<String> allowed) {
        return in.object(node, path, allowed, Map.of());
    }

    /** An object whose keys are data (region ids, names). */
    public ObjectNode map(JsonNode node, String path) {
        return in.map(node, path);
    }

    public ArrayNode array(JsonNode node, String path) {
        return in.array(node, path);
    }

    public String string(JsonNode node, String path) {
        return in.string(node, path);
    }

    /** A finite number. */
    public Double number(JsonNode node, String path) {
        return in.number(node, path);
    }

    /** A finite number within {@link ScenarioLimits#MAX_MAGNITUDE} (1e15): every quantity of a scenario. */
    public Double quantity(JsonNode node, String path) {
        return in.quantity(node, path);
    }

    /** {@link #numberMap} of quantities, each within {@link ScenarioLimits#MAX_MAGNITUDE}. */
    public Map<String, Double> quantityMap(JsonNode node, String path) {
        return in.quantityMap(node, path);
    }

    /** A whole number that fits in a long. */
    public Long integer(JsonNode node, String path) {
        return in.integer(node, path);
    }

    /**
     * A whole number from {@code min} to {@code max}; anything else (a string, a fraction, a number out of
     * range) is reported with {@code message}, which states the real range.
     */
    public Long integer(JsonNode node, String path, long min, long max, String message) {
        if (node == null) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong() || node.longValue() < min || node.longValue() > max) {
            in.problem(path, node, message);
            return null;
        }
        return node.longValue();
    }

    /** An object of data keys to numbers; entries that are not numbers are reported and left out. */
    public Map<String, Double> numberMap(JsonNode node, String path) {
        return in.numberMap(node, path);
    }
}
