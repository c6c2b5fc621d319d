package org.airshed.scenarios.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

import org.airshed.core.io.Problem;
import org.airshed.core.io.ScenarioInputException;
import org.airshed.core.io.ScenarioDocument;
import org.airshed.core.io.ScenarioReader;
import org.airshed.scenarios.run.ScenarioSections;
import org.airshed.scenarios.library.ScenarioLibrary;

/**
 * The SCENARIO argument resolved: an existing file wins; otherwise a bundled scenario of that
 * name; otherwise it is bad input, and the message lists the bundled names.
 */
final class ScenarioInput {
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

    /** Reads and validates; throws ScenarioInputException with every problem. */
    ScenarioDocument read() {
        return file != null ? ScenarioReader.read(file, ScenarioSections.ALL) : library.document(argument);
    }

    /** Every problem (empty when valid). */
    List<Problem> validate() {
        return file != null ? ScenarioReader.validate(file, ScenarioSections.ALL) : library.validate(argument);
    }

    private static Path asPath(String argument) {
        try {
            return Path.of(argument);
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
