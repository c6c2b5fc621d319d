package org.airshed.scenarios.report;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
        if (staged != null) {
            return staged.has(file);
        }
        Path path = directory.resolve(file);
        if (Files.isDirectory(path)) {
            // Not "no such file": what a run wrote there was replaced, and a chart would go missing without a word.
            throw new ReportInputException(name(file) + ": is a directory, not the result file a run writes there",
                    null);
        }
        return Files.isRegularFile(path);
    }

    Optional<JsonNode> json(String file) {
        if (!has(file)) {
            return Optional.empty();
        }
        JsonNode tree = read(file, reader -> {
            JsonNode node;
            try (JsonParser parser = MAPPER.createParser(reader)) {
                node = MAPPER.readTree(parser);
                JsonFailure.refuseTrailing(name(file), parser);
            } catch (JsonProcessingException e) {
                throw JsonFailure.of(name(file), e);
            }
            if (node == null || !node.isObject()) {
                throw new ReportInputException(name(file), "$", null, "not a JSON object");
            }
            return node;
        });
        if (NonFiniteNumbers.any(tree)) {
            throw read(file, reader -> {
                try (JsonParser parser = MAPPER.createParser(reader)) {
                    return NonFiniteNumbers.first(name(file), parser);
                }
            });
        }
        return Optional.of(tree);
    }

    /** The CSV {@code file} whole, its shape checked, with the columns in {@code needed}. */
    Optional<CsvRows> csv(String file, List<String> needed) {
        if (!has(file)) {
            return Optional.empty();
        }
        return Optional.of(read(file, reader -> CsvRows.read(name(file), reader, needed)));
    }

    /** scenario.json's facts a report needs (its sources are skipped, not read). */
    Optional<ScenarioFacts> scenario() {
        if (!has(SCENARIO)) {
            return Optional.empty();
        }
        return Optional.of(read(SCENARIO, reader -> ScenarioFacts.read(name(SCENARIO), reader)));
    }

    /** How a reader takes a file's text. */
    interface Read<T> {
        T from(Reader reader) throws IOException;
    }

    /**
     * What {@code read} makes of {@code file}'s text. Bytes that are not UTF-8 are refused at their
     * line and place, found by reading the file's bytes again (a decoder reading ahead cannot say
     * where); any other failure to read is an I/O error naming the file.
     */
    <T> T read(String file, Read<T> read) {
        try (Reader reader = open(file)) {
            return read.from(reader);
        } catch (IOException | RuntimeException e) {
            if (notUtf8(e)) {
                throw notUtf8(file);
            }
            if (e instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            throw new UncheckedIOException(name(file) + ": cannot be read", (IOException) e);
        }
    }

    private static boolean notUtf8(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof CharacterCodingException) {
                return true;
            }
        }
        return false;
    }

    private ReportInputException notUtf8(String file) {
        try (InputStream bytes = Files.newInputStream(path(file))) {
            return Utf8Position.first(bytes)
                    .map(at -> new ReportInputException(name(file), "line " + at.line() + ", byte " + at.column(),
                            at.hex(), "not UTF-8 text"))
                    .orElseGet(() -> new ReportInputException(name(file) + ": not UTF-8 text", null));
        } catch (IOException e) {
            throw new UncheckedIOException(name(file) + ": cannot be read", e);
        }
    }

    private Reader open(String file) throws IOException {
        if (!Reports.READS.contains(file) && !file.equals(ReportFiles.HTML)) {
            // report DIR checks what it reads against what it replaces before it reads: a file it did not check is a bug.
            throw new IllegalStateException(name(file) + " is read by a report but is not one of Reports.READS");
        }
        if (handed.contains(file)) {
            throw new IllegalStateException(name(file) + " is handed to the report in memory, not read");
        }
        String text = overlay.get(file);
        if (text != null) {
            return new StringReader(text);
        }
        return Files.newBufferedReader(path(file), StandardCharsets.UTF_8);
    }

    private Path path(String file) throws IOException {
        return staged != null ? staged.complete(file) : directory.resolve(file);
    }

    static String location(JsonProcessingException e) {
        return e.getLocation() == null ? "$"
                : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    }
}
