package org.airshed.scenarios.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.airshed.scenarios.pipeline.StagedFiles;

/**
 * The result files a report reads: a directory's, with files made in the same step (mac.csv)
 * laid over them, as text, or only named as present when the report is handed their contents in
 * memory. A file that is absent means "no such chart". Messages name files as
 * {@code label/NAME}, the directory the user knows (not the staging directory a run writes into).
 * A run's staged files are being written while its report is made: which are there is known from
 * the names staged, and each is read once complete.
 */
final class ResultSource {
    static final String SUMMARY = "summary.json";
    static final String SCENARIO = "scenario.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path directory;
    private final String label;
    private final Map<String, String> overlay;
    private final Set<String> handed;
    /** The run's files being staged; null for a directory's files as they are. */
    private final StagedFiles staged;

    ResultSource(Path directory, String label, Map<String, String> overlay) {
        this(directory, label, overlay, Set.of());
    }

    /** @param handed files made in the same step whose contents the report is given, not read here */
    ResultSource(Path directory, String label, Map<String, String> overlay, Set<String> handed) {
        this(directory, label, overlay, handed, null);
    }

    /** A run's files as they are staged, each read once written whole. */
    static ResultSource staged(StagedFiles staged, String label, Set<String> handed) {
        return new ResultSource(staged.directory(), label, Map.of(), handed, staged);
    }

    private ResultSource(Path directory, String label, Map<String, String> overlay, Set<String> handed,
                         StagedFiles staged) {
        this.directory = directory;
        this.label = label;
        this.overlay = Map.copyOf(overlay);
        this.handed = Set.copyOf(handed);
        this.staged = staged;
    }

    static ResultSource of(Path directory) {
        return new ResultSource(directory, directory.toString(), Map.of());
    }

    /** How messages name a file of this directory. */
    String name(String file) {
        return label + "/" + file;
    }

    boolean has(String file) {
        if (overlay.containsKey(file) || handed.contains(file)) {
            return true;
        }
        return staged != null ? staged.has(file) : Files.isRegularFile(directory.resolve(file));
    }

    Optional<JsonNode> json(String file) {
        if (!has(file)) {
            return Optional.empty();
        }
        try (Reader reader = open(file)) {
            JsonNode node = MAPPER.readTree(reader);
            if (node == null || !node.isObject()) {
                throw new ReportInputException(name(file), "$", null, "not a JSON object");
            }
            return Optional.of(node);
        } catch (JsonProcessingException e) {
            throw new ReportInputException(name(file), location(e), null, "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(name(file) + ": cannot be read", e);
        }
    }

    Optional<CsvRows> csv(String file) {
        if (!has(file)) {
            return Optional.empty();
        }
        try (Reader reader = open(file)) {
            return Optional.of(CsvRows.read(name(file), reader));
        } catch (IOException e) {
            throw new UncheckedIOException(name(file) + ": cannot be read", e);
        }
    }

    /** scenario.json's facts a report needs (its sources are skipped, not read). */
    Optional<ScenarioFacts> scenario() {
        if (!has(SCENARIO)) {
            return Optional.empty();
        }
        try (Reader reader = open(SCENARIO)) {
            return Optional.of(ScenarioFacts.read(name(SCENARIO), reader));
        } catch (IOException e) {
            throw new UncheckedIOException(name(SCENARIO) + ": cannot be read", e);
        }
    }

    /** The file's text as a stream; the caller closes it. */
    Reader reader(String file) throws IOException {
        return open(file);
    }

    private Reader open(String file) throws IOException {
        if (handed.contains(file)) {
            throw new IllegalStateException(name(file) + " is handed to the report in memory, not read");
        }
        String text = overlay.get(file);
        if (text != null) {
            return new StringReader(text);
        }
        Path path = staged != null ? staged.complete(file) : directory.resolve(file);
        return Files.newBufferedReader(path, StandardCharsets.UTF_8);
    }

    static String location(JsonProcessingException e) {
        return e.getLocation() == null ? "$"
                : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    }
}
