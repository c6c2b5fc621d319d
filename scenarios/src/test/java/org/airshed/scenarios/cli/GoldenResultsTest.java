package org.airshed.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.airshed.scenarios.library.ScenarioLibrary;
import org.airshed.scenarios.pipeline.ResultDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every result file of every bundled scenario, and the bundled sweep's tables, byte for byte as
 * committed under {@code src/test/golden}: a refactoring must not move a single digit. When a
 * change is meant to move numbers, regenerate them deliberately (README, "Bundled scenarios"):
 * {@code ./mvnw -B -q -pl scenarios -am test -Dtest=GoldenResultsTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dairshed.golden=update}, and review the diff.
 * Goldens above {@value #GZIP_ABOVE} bytes are stored gzipped, as {@code NAME.gz}.
 */
class GoldenResultsTest {
    private static final Path GOLDEN = Path.of("src/test/golden");
    private static final boolean UPDATE = "update".equals(System.getProperty("airshed.golden"));
    private static final int GZIP_ABOVE = 256 * 1024;
    private static final String GZ = ".gz";
    /**
     * The report (report.html, charts/) shows the result files and is checked against them by the
     * report's own tests (chart data equal to the files, the same bytes for the same run, drawn in a
     * browser); pinning its page here would make every caption a golden update.
     */
    private static final List<String> REPORT = List.of("report.html", "charts");
    /** The sweep's result tables; its journal records finishing order and the code's hash, so it is not one. */
    private static final List<String> SWEEP_TABLES = List.of("runs.csv", "runs.jsonl", "summary.csv");

    @TempDir
    Path temp;

    @Test
    void everyBundledScenarioWritesItsGoldenFiles() throws IOException {
        for (String name : ScenarioLibrary.bundled().names()) {
            Path out = temp.resolve(name);
            Cli.Result run = Cli.run("run", name, "--out", out.toString());
            assertEquals(0, run.exitCode(), name + ": " + run.err());
            check(GOLDEN.resolve("scenarios").resolve(name), files(out, null), name);
        }
    }

    @Test
    void theBundledSweepWritesItsGoldenTables() throws IOException {
        Path out = temp.resolve("sweep");
        Cli.Result sweep = Cli.run("sweep", "yrd-cooperation", "--out", out.toString(), "--threads", "2");
        assertEquals(0, sweep.exitCode(), sweep.err());
        check(GOLDEN.resolve("sweeps").resolve("yrd-cooperation"), files(out, SWEEP_TABLES), "yrd-cooperation");
    }

    /** File name → bytes of the result files in {@code out} (only {@code names}, when given). */
    private static TreeMap<String, byte[]> files(Path out, List<String> names) throws IOException {
        TreeMap<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(out)) {
            for (Path file : list.toList()) {
                String name = file.getFileName().toString();
                if (name.equals(ResultDirectory.LOCK) || REPORT.contains(name)) {
                    continue; // the directory's lock, not a result; the report, checked elsewhere
                }
                if (names == null || names.contains(name)) {
                    files.put(name, Files.readAllBytes(file));
                }
            }
        }
        return files;
    }

    private static void check(Path golden, TreeMap<String, byte[]> actual, String what) throws IOException {
        if (UPDATE) {
            write(golden, actual);
            return;
        }
        TreeMap<String, byte[]> expected = read(golden);
        assertEquals(expected.keySet(), actual.keySet(), what + ": the result files differ from the goldens in "
                + golden);
        List<String> differences = new ArrayList<>();
        for (String name : expected.keySet()) {
            if (!Arrays.equals(expected.get(name), actual.get(name))) {
                differences.add(what + "/" + name + ": " + firstDifference(expected.get(name), actual.get(name)));
            }
        }
        if (!differences.isEmpty()) {
            fail("results differ from " + golden + " (regenerate deliberately with -Dairshed.golden=update):\n"
                    + String.join("\n", differences));
        }
    }

    private static String firstDifference(byte[] expected, byte[] actual) {
        List<String> e = new String(expected, StandardCharsets.UTF_8).lines().toList();
        List<String> a = new String(actual, StandardCharsets.UTF_8).lines().toList();
        for (int i = 0; i < Math.max(e.size(), a.size()); i++) {
            String el = i < e.size() ? e.get(i) : "(end of file)";
            String al = i < a.size() ? a.get(i) : "(end of file)";
            if (!el.equals(al)) {
                return "line " + (i + 1) + "\n  expected: " + shorten(el) + "\n  actual:   " + shorten(al);
            }
        }
        return "line ends or a final newline differ";
    }

    private static String shorten(String line) {
        return line.length() <= 200 ? line : line.substring(0, 200) + "…";
    }

    private static TreeMap<String, byte[]> read(Path golden) throws IOException {
        TreeMap<String, byte[]> files = new TreeMap<>();
        if (!Files.isDirectory(golden)) {
            fail("no goldens in " + golden.toAbsolutePath() + "; write them with -Dairshed.golden=update");
        }
        try (Stream<Path> list = Files.list(golden)) {
            for (Path file : list.toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(GZ)) {
                    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                        files.put(name.substring(0, name.length() - GZ.length()), in.readAllBytes());
                    }
                } else {
                    files.put(name, Files.readAllBytes(file));
                }
            }
        }
        return files;
    }

    /** Replaces the goldens in {@code golden} with {@code files}; gzip output carries no time, so it is reproducible. */
    private static void write(Path golden, TreeMap<String, byte[]> files) throws IOException {
        if (Files.isDirectory(golden)) {
            try (Stream<Path> old = Files.list(golden)) {
                for (Path file : old.toList()) {
                    Files.delete(file);
                }
            }
        }
        Files.createDirectories(golden);
        for (var file : files.entrySet()) {
            if (file.getValue().length > GZIP_ABOVE) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                try (OutputStream out = new GZIPOutputStream(bytes)) {
                    out.write(file.getValue());
                }
                Files.write(golden.resolve(file.getKey() + GZ), bytes.toByteArray());
            } else {
                Files.write(golden.resolve(file.getKey()), file.getValue());
            }
        }
    }
}
