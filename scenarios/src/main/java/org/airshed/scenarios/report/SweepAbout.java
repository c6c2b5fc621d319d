package org.airshed.scenarios.report;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a sweep's report says about it beyond its tables: its name and description, the base
 * scenario's name and its units. A sweep passes them when it ends; a rebuilt report takes them
 * from the report it replaces (or the journal's name, and units unknown).
 *
 * @param units the base scenario's {@code units} object, or a missing node
 */
record SweepAbout(String name, String description, String scenario, JsonNode units) {
    static final String ELEMENT_ID = "airshed-about";

    static SweepAbout of(String name, String description, JsonNode scenario) {
        return new SweepAbout(name, description == null ? "" : description, scenario.path("name").asText(""),
                scenario.path("units"));
    }

    boolean knowsUnits() {
        return units.isObject();
    }
}
