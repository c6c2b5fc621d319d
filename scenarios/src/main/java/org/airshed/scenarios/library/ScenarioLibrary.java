package org.airshed.scenarios.library;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.airshed.core.io.Problem;
import org.airshed.core.io.ScenarioInputException;
import org.airshed.core.io.ScenarioDocument;
import org.airshed.core.io.ScenarioReader;
import org.airshed.core.model.Scenario;
import org.airshed.scenarios.run.Sections;

/**
 * The bundled scenarios: class-path resources {@code scenarios/<name>.json}, listed one name
 * per line in {@code scenarios/index.txt} (blank lines and lines starting with {@code #} are
 * skipped). Only listed names resolve, so a name can never reach outside the directory.
 */
public final class ScenarioLibrary {
    private static final String DIRECTORY = "scenarios/";
    private static final String INDEX = DIRECTORY + "index.txt";
    /** Bundled scenarios hold their sources inline: a sourcesFile in one is reported as a problem. */
    private static final Path NO_BASE_DIRECTORY = null;

    private final ClassLoader loader;

    /** A library reading from {@code loader}'s class path (tests pass their own). */
    public ScenarioLibrary(ClassLoader loader) {
        this.loader = loader;
    }

    /** The scenarios bundled with this program. */
    public static ScenarioLibrary bundled() {
        return new ScenarioLibrary(ScenarioLibrary.class.getClassLoader());
    }

    /** Bundled names in index order; empty when there is no index. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        try (InputStream in = loader.getResourceAsStream(INDEX)) {
            if (in == null) {
                return List.of();
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled index " + INDEX, e);
        }
        return List.copyOf(names);
    }

    public boolean contains(String name) {
        return names().contains(name);
    }

    /** The file name problems and messages use for bundled scenario {@code name}. */
    public static String fileName(String name) {
        return name + ".json (bundled)";
    }

    /**
     * The JSON text of a bundled scenario. An unknown name is bad input: the exception's problem
     * lists the bundled names.
     */
    public String json(String name) {
        if (!contains(name)) {
            throw new ScenarioInputException(List.of(unknown(name)));
        }
        String resource = DIRECTORY + name + ".json";
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                // Listed but absent: a packaging fault, not the user's.
                throw new IllegalStateException("bundled scenario " + name + " is listed in " + INDEX
                        + " but " + resource + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled scenario " + resource, e);
        }
    }

    /** Reads and validates a bundled scenario; throws ScenarioInputException with every problem. */
    public Scenario read(String name) {
        return document(name).scenario();
    }

    /** Reads and validates a bundled scenario with its sections (compensation, …). */
    public ScenarioDocument document(String name) {
        return ScenarioReader.read(fileName(name), json(name), NO_BASE_DIRECTORY, Sections.readers());
    }

    /** Every problem of a bundled scenario (empty when it is valid). */
    public List<Problem> validate(String name) {
        if (!contains(name)) {
            return List.of(unknown(name));
        }
        return ScenarioReader.validate(fileName(name), json(name), NO_BASE_DIRECTORY, Sections.readers());
    }

    /** The problem reported for a name that is neither a file nor a bundled scenario. */
    public Problem unknown(String name) {
        List<String> names = names();
        return new Problem(name, "file", null, "no such file, and no bundled scenario of that name"
                + (names.isEmpty() ? " (none are bundled)" : " (bundled: " + String.join(", ", names) + ")"));
    }
}
