package org.airshed.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ScenarioInputException(List.of(new Problem(file.toString(), "file", null, IoErrors.describe(e))));
        }
        return read(file.toString(), json, reader);
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
