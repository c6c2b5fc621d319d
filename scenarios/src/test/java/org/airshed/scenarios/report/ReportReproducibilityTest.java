package org.airshed.scenarios.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.airshed.scenarios.pipeline.ResultDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same run gives the same report, byte for byte (no time, no machine in it), and rebuilding it
 * from the directory gives the same bytes again, for a run and for a sweep.
 */
class ReportReproducibilityTest {
    @TempDir
    Path temp;

    @Test
    void aRunTwiceGivesTheSameReportAndARebuildTheSameAgain() throws IOException {
        Path first = ReportRuns.of("yrd-so2-compensation");
        Path second = ReportRuns.run("yrd-so2-compensation", temp.resolve("again"));
        TreeMap<String, byte[]> report = report(first);
        assertTrue(report.keySet().containsAll(List.of("mac.csv", "report.html", "charts/mac-total.vl.json")),
                report.keySet().toString());
        assertSame(report, report(second));
        try (ResultDirectory directory = ResultDirectory.lock(second)) {
            Reports.rebuild(directory);
        }
        assertSame(report, report(second));
    }

    @Test
    void aSweepsRebuiltReportIsTheBytesItWroteKeepingItsNameAndUnits() throws IOException {
        Path sweep = ReportRuns.sweep();
        Path copy = temp.resolve("sweep");
        Files.createDirectories(copy);
        for (String table : List.of("runs.csv", "runs.jsonl", "summary.csv", "journal.jsonl", "report.html")) {
            Files.copy(sweep.resolve(table), copy.resolve(table));
        }
        try (ResultDirectory directory = ResultDirectory.lock(copy)) {
            Reports.rebuild(directory);
        }
        assertSame(report(sweep), report(copy));
        assertTrue(Files.readString(copy.resolve("report.html")).contains("units: t, CNY, µg/m³"));
    }

    private static void assertSame(TreeMap<String, byte[]> expected, TreeMap<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((name, bytes) -> assertArrayEquals(bytes, actual.get(name), name));
    }

    /** mac.csv, report.html and charts/*, by name. */
    private static TreeMap<String, byte[]> report(Path dir) throws IOException {
        TreeMap<String, byte[]> files = new TreeMap<>();
        for (String name : List.of("mac.csv", "report.html")) {
            if (Files.exists(dir.resolve(name))) {
                files.put(name, Files.readAllBytes(dir.resolve(name)));
            }
        }
        try (Stream<Path> charts = Files.list(dir.resolve("charts"))) {
            for (Path chart : charts.toList()) {
                files.put("charts/" + chart.getFileName(), Files.readAllBytes(chart));
            }
        }
        return files;
    }
}
