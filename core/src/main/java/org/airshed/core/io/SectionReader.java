package org.airshed.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/**
 * Reads one optional top-level section of a scenario that the core model does not know, such as
 * {@code compensation} or {@code market}, for the module that does. Core stays ignorant of
 * those modules: they hand their readers to {@link ScenarioReader}, which reports the section's
 * problems together with every other problem of the file.
 *
 * @param <T> what the section reads into
 */
public interface SectionReader<T> {
    /** The top-level key, e.g. {@code compensation}. */
    String key();

    /**
     * Reads the section at JSON path {@code $.<key>}; reports each problem through {@code in} and
     * returns null when there was any.
     *
     * @param regionIds the scenario's region ids, to check keys that name regions; null when the
     *                  regions themselves could not be read
     */
    T read(JsonNode node, SectionInput in, Set<String> regionIds);
}
