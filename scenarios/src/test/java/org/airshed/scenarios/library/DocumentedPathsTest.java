package org.airshed.scenarios.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every repository path the documents cite exists in the repository: README.md, docs/*.md and
 * the bundled data's notes (scenarios/src/main/resources/data/*.md), as BundledCitationsTest checks
 * the scenarios' own text. Regression (README review, item 4): the README cited
 * {@code ../shared/data/epa-cost-measures/} and SOURCES.md {@code data/README.md}, files of the
 * shared data set the project started from, not of a clone.
 */
class DocumentedPathsTest {
    /** Tests run in the scenarios module. */
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path DATA = ROOT.resolve("scenarios/src/main/resources/data");
    /** The repository's top level (fixed: a results/ directory made by a README command is no citation's). */
    private static final Set<String> ROOT_NAMES = Set.of(".ci", ".mvn", "README.md", "airshed", "benchmarks", "core",
            "docs", "market", "mvnw", "mvnw.cmd", "pom.xml", "scenarios");
    /** A backquoted span without spaces, or a Markdown link's target. */
    private static final Pattern CITED = Pattern.compile("`([^`\\s]+)`|\\]\\(([^)\\s]+)\\)");

    @Test
    void everyPathADocumentCitesIsInTheRepository() throws IOException {
        List<Path> documents = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        documents.addAll(markdown(ROOT.resolve("docs")));
        documents.addAll(markdown(DATA));
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (Path document : documents) {
            Matcher m = CITED.matcher(Files.readString(document));
            while (m.find()) {
                boolean link = m.group(1) == null;
                String cited = link ? m.group(2).replaceFirst("#.*", "") : m.group(1);
                Path file = resolve(document, cited, link);
                if (file == null) {
                    continue;
                }
                checked++;
                if (!Files.exists(file)) {
                    missing.add(ROOT.relativize(document) + " cites " + cited);
                }
            }
        }
        assertTrue(checked > 50, "only " + checked + " paths found: the pattern or the working directory is wrong");
        assertEquals(List.of(), missing.stream().distinct().toList());
    }

    /**
     * Where a cited text points when it looks like a path of the repository, else null: a path from
     * the root (its first name one of the root's: {@code core/…}, {@code .ci/run}, {@code ./airshed}),
     * a relative one ({@code ../…}; a link's; one beside a data note, {@code us-campd-2020/…}), or
     * {@code data/…}, which the scenarios' texts and the notes use for the bundled data. Build output
     * ({@code target/}), placeholders ({@code DIR/…}, {@code *}) and absolute paths are not the repository's.
     */
    static Path resolve(Path document, String cited, boolean link) {
        if (cited.isEmpty() || cited.startsWith("/") || cited.contains("://") || cited.contains("*")
                || cited.contains("...") || cited.contains("…") || cited.contains("=")
                || cited.contains("/target/") || cited.startsWith("target/")) {
            return null;
        }
        String path = cited.startsWith("./") ? cited.substring(2) : cited;
        String first = path.split("/", 2)[0];
        if (path.startsWith("data/")) {
            return DATA.resolve(path.substring("data/".length()));
        }
        if (link || path.startsWith("../")) {
            return document.getParent().resolve(path).normalize();
        }
        if (ROOT_NAMES.contains(first) && (path.contains("/") || cited.startsWith("./"))) {
            return ROOT.resolve(path);
        }
        if (path.contains("/") && document.startsWith(DATA) && Files.isDirectory(document.getParent().resolve(first))) {
            return document.getParent().resolve(path);
        }
        return null;
    }

    private static List<Path> markdown(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
    }
}
