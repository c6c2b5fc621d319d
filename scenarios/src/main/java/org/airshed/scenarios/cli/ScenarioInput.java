package org.airshed.scenarios.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import org.airshed.core.io.ScenarioInputException;
import org.airshed.scenarios.library.ScenarioLibrary;
import org.airshed.scenarios.pipeline.OwnInputs;
import org.airshed.scenarios.pipeline.ScenarioSource;

/**
 * The SCENARIO argument resolved: an existing file wins; otherwise a bundled scenario of that
 * name; otherwise it is bad input, and the message lists the bundled names.
 */
final class ScenarioInput {
    /** Bundled scenarios hold their sources inline: a sourcesFile in one is reported as a problem. */
    private static final Path NO_BASE_DIRECTORY = null;
    private final String argument;
    private final Path file;
    private final ScenarioLibrary library;

    private ScenarioInput(String argument, Path file, ScenarioLibrary library) {
        this.argument = argument;
        this.file = file;
        this.library = library;
    }

    static ScenarioInput resolve(String argument, ScenarioLibrary library) {
        Path path = asPath(argument);
        if (path != null && Files.exists(path)) {
            return new ScenarioInput(argument, path, library);
        }
        if (library.contains(argument)) {
            return new ScenarioInput(argument, null, library);
        }
        throw new ScenarioInputException(List.of(library.unknown(argument)));
    }

    /** The file name as problems and messages show it. */
    String fileName() {
        return file != null ? argument : ScenarioLibrary.fileName(argument);
    }

    /** The scenario file as an input its results must not replace; none for a bundled scenario. */
    List<OwnInputs.Input> inputs() {
        return file == null ? List.of() : List.of(new OwnInputs.Input(file, argument, "file"));
    }

    /**
     * Where the scenario's JSON comes from; a file is read here, once, within the size limit
     * (throws ScenarioInputException when it cannot be read).
     */
    ScenarioSource source() {
        return file != null ? ScenarioSource.file(file, argument)
                : ScenarioSource.text(fileName(), library.json(argument), NO_BASE_DIRECTORY);
    }

    private static Path asPath(String argument) {
        try {
            return Path.of(argument);
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
