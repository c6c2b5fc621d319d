package org.airshed.scenarios.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.airshed.core.io.JsonDocuments;
import org.airshed.core.io.ScenarioReader;
import org.airshed.core.io.ScenarioTree;
import org.airshed.core.model.Source;

/**
 * Where a scenario's JSON comes from: a file (read once, within the size limit), a bundled
 * scenario's text, or a tree already parsed (a sweep's variant), possibly without its sources,
 * which it then shares with the scenario it varies. The pipeline parses it once into a tree it may edit
 * (a text's valid {@code sources} streamed into columns beside the tree).
 *
 * @param fileName      how problems name it
 * @param baseDirectory resolves a {@code sourcesFile}; null when there is none to resolve against
 * @param sources       sources already read, taken as the tree's {@code $.sources}; null when the tree has its own
 */
public record ScenarioSource(String fileName, String text, JsonNode tree, Path baseDirectory, List<Source> sources) {
    /** A scenario file; its {@code sourcesFile} is resolved against the file's directory. */
    public static ScenarioSource file(Path file, String fileName) {
        Path directory = file.getParent();
        return new ScenarioSource(fileName, JsonDocuments.text(file, fileName), null,
                directory == null ? Path.of("") : directory, null);
    }

    /** A scenario given as text (a bundled one). */
    public static ScenarioSource text(String fileName, String json, Path baseDirectory) {
        return new ScenarioSource(fileName, json, null, baseDirectory, null);
    }

    /** A tree already parsed, handed over: the pipeline edits it in place. */
    public static ScenarioSource tree(String fileName, JsonNode tree, Path baseDirectory) {
        return new ScenarioSource(fileName, null, tree, baseDirectory, null);
    }

    /**
     * A sweep's variant of a scenario already read: its tree without {@code sources}, handed over,
     * and the base's sources (checked when the base was read), which the variant shares.
     */
    public static ScenarioSource withSources(String fileName, JsonNode tree, List<Source> sources) {
        return new ScenarioSource(fileName, null, tree, null, sources);
    }

    /**
     * The tree to read, a text's large {@code sources} streamed into columns beside it; throws
     * {@link org.airshed.core.io.ScenarioInputException} on malformed JSON.
     */
    ScenarioTree parse() {
        return tree != null ? new ScenarioTree(tree, null) : ScenarioReader.parsed(fileName, text);
    }
}
