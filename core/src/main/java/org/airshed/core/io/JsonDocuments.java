package org.airshed.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;

/**
 * Reads other JSON input files (a game given directly, a sweep) with the scenario reader's
 * strictness and problem reporting: malformed JSON is located by line and column, and every
 * problem the reader reports names the file, the JSON path and the value.
 */
public final class JsonDocuments {
    private JsonDocuments() {
    }

    /** Walks a document's tree; reports problems through {@code in}, returns null when there was any. */
    @FunctionalInterface
    public interface DocumentReader<T> {
        T read(JsonNode root, SectionInput in);
    }

    /** The document read by {@code reader}; throws {@link ScenarioInputException} with every problem. */
    public static <T> T read(Path file, DocumentReader<T> reader) {
        Problems unreadable = new Problems();
        String json = BoundedText.read(file, ScenarioLimits.MAX_JSON_BYTES, unreadable);
        if (json == null) {
            throw new ScenarioInputException(unreadable.list());
        }
        return read(file.toString(), json, reader);
    }

    /**
     * A JSON input file's text, read within {@link ScenarioLimits#MAX_JSON_BYTES}; throws
     * {@link ScenarioInputException} naming it as {@code name} when it cannot be read or is too large.
     */
    public static String text(Path file, String name) {
        Problems unreadable = new Problems();
        String json = BoundedText.read(file, name, ScenarioLimits.MAX_JSON_BYTES, unreadable);
        if (json == null) {
            throw new ScenarioInputException(unreadable.list());
        }
        return json;
    }

    /** The same for a document given as text (a bundled one), reported under {@code fileName}. */
    public static <T> T read(String fileName, String json, DocumentReader<T> reader) {
        Problems problems = new Problems();
        JsonNode root = ScenarioReader.tree(fileName, json, problems);
        T value = null;
        if (root != null) {
            value = reader.read(root, new SectionInput(new JsonInput(fileName, problems)));
        }
        if (!problems.isEmpty() || value == null) {
            if (problems.isEmpty()) {
                throw new IllegalStateException("the reader of " + fileName + " returned nothing and reported no problem");
            }
            throw new ScenarioInputException(problems.list());
        }
        return value;
    }
}
