package org.airshed.core.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.airshed.core.model.Source;
import org.airshed.core.model.SourceTable;

/**
 * Reads a version-1 scenario's text with Jackson's streaming parser: every part but {@code sources}
 * as the tree the rest of the reader uses, and the {@code sources} array one element at a time, each
 * a small tree walked by the tree route's own code ({@link ScenarioJsonParser#source}), straight into
 * a {@link SourceTable}. A national inventory then never exists as a million trees and records at once.
 * Whenever the two routes could differ it gives up (null) and the caller reads the whole tree, which
 * reports exactly what it always did: malformed JSON, a version-2 file, any problem in a source, a
 * repeated id, a source with technology options (discrete mode reads those as records), no sources.
 */
final class StreamedSources {
    private static final String SOURCES = "sources";
    /** The strict settings, reading one value of a document at a time (the text after it is the document's rest). */
    private static final ObjectReader VALUE = StrictJson.MAPPER.reader()
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private StreamedSources() {
    }

    /** The text as a tree without {@code sources} plus those sources as columns; null to read the whole tree. */
    static ScenarioTree read(String fileName, String text) {
        try (JsonParser parser = StrictJson.MAPPER.createParser(text)) {
            return read(fileName, parser);
        } catch (IOException e) {
            // Malformed JSON (or a duplicate key): the tree route locates it.
            return null;
        }
    }

    private static ScenarioTree read(String fileName, JsonParser parser) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            return null;
        }
        ObjectNode root = StrictJson.MAPPER.createObjectNode();
        SourceTable sources = null;
        for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
            String key = parser.currentName();
            JsonToken value = parser.nextToken();
            if (key.equals(SOURCES) && value == JsonToken.START_ARRAY) {
                sources = sources(fileName, parser);
                if (sources == null) {
                    return null;
                }
            } else {
                root.set(key, VALUE.readTree(parser));
            }
        }
        // As FAIL_ON_TRAILING_TOKENS: text after the document is the tree route's problem to report.
        // An empty array has nothing to stream: the tree keeps it, as it always did.
        if (parser.nextToken() != null || sources == null || sources.isEmpty()
                || MultiScenarioReader.isMultiPollutant(root)) {
            return null;
        }
        return new ScenarioTree(root, sources);
    }

    /** The array's sources, the parser left on its END_ARRAY; null at the first that the tree route would treat otherwise. */
    private static SourceTable sources(String fileName, JsonParser parser) throws IOException {
        Problems problems = new Problems();
        JsonInput in = new JsonInput(fileName, problems);
        SourceTable.Builder table = SourceTable.builder();
        for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
            JsonNode element = VALUE.readTree(parser);
            Source source = ScenarioJsonParser.source(element, "$.sources[" + i + "]", in);
            if (source == null || !problems.isEmpty() || !SourceTable.holds(source) || !table.addIfNew(source)) {
                return null;
            }
        }
        return table.build();
    }
}
