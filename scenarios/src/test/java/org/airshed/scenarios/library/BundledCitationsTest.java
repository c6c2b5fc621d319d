package org.airshed.scenarios.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The files a bundled scenario's text cites ({@code docs/DOMAIN.md}, {@code data/provinces.csv})
 * are in the repository: every run copies the description into scenario.json and report.html,
 * where a reader follows them. (The review found data/README.md cited, a file of the shared data
 * set the project started from, not of this repository.)
 */
class BundledCitationsTest {
    private static final Pattern CITED = Pattern.compile("\\b(docs|data)/[\\w./-]*\\w\\.(md|csv|json)\\b");
    /** Tests run in the scenarios module; docs/ is the repository's, data/ the copies bundled beside the scenarios. */
    private static final Path DOCS = Path.of("..", "docs");
    private static final Path DATA = Path.of("src", "main", "resources", "data");

    @Test
    void everyFileABundledScenarioCitesIsInTheRepository() throws IOException {
        List<String> missing = new ArrayList<>();
        int cited = 0;
        try (Stream<Path> files = Files.list(Path.of("src", "main", "resources", "scenarios"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                Matcher m = CITED.matcher(Files.readString(file));
                while (m.find()) {
                    cited++;
                    String path = m.group();
                    Path root = path.startsWith("docs/") ? DOCS : DATA;
                    if (!Files.isRegularFile(root.resolve(path.substring(path.indexOf('/') + 1)))) {
                        missing.add(file.getFileName() + " cites " + path);
                    }
                }
            }
        }
        assertFalse(cited == 0, "no citation found: the pattern or the working directory is wrong");
        assertEquals(List.of(), missing.stream().distinct().toList());
    }
}
