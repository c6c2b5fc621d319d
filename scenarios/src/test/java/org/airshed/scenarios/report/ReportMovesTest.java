package org.airshed.scenarios.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.airshed.scenarios.pipeline.DirectoryTree;
import org.airshed.scenarios.pipeline.InjectedMoves;
import org.airshed.scenarios.pipeline.ResultDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review s8: {@code airshed report DIR} moves report.html and charts/ in all or nothing. A move that
 * fails at the first file, a middle one, a chart or report.html itself leaves the run's directory
 * exactly as it was, and the message says the earlier results were kept.
 */
class ReportMovesTest {
    @TempDir
    Path temp;

    @Test
    void aFailedMoveOfTheReportLeavesTheRunsDirectoryByteForByte() throws IOException {
        Path dir = ReportRuns.run("yrd-so2", temp.resolve("run"));
        // A chart the new report does not draw: it is moved aside, and must come back.
        Files.writeString(dir.resolve("charts/earlier-only.vl.json"), "{}");
        TreeMap<String, String> before = DirectoryTree.of(dir);
        String chart;
        try (Stream<Path> charts = Files.list(dir.resolve("charts"))) {
            chart = "charts/" + charts.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("earlier"))
                    .sorted().findFirst().orElseThrow();
        }
        int total = moves(temp.resolve("run"), before);
        assertTrue(total > 4, "moves: " + total);
        for (InjectedMoves mover : List.of(InjectedMoves.failingAt(1), InjectedMoves.failingAt(total / 2),
                InjectedMoves.failingInto(dir, chart), InjectedMoves.failingInto(dir, "report.html"),
                InjectedMoves.failingAt(total))) {
            try (ResultDirectory directory = ResultDirectory.lock(dir)) {
                InjectedMoves.use(directory, mover);
                FileSystemException e = assertThrows(FileSystemException.class, () -> Reports.rebuild(directory));
                assertEquals(before, DirectoryTree.of(dir), "after a failure at move " + mover.moves());
                assertTrue(e.getReason().contains("the earlier results in " + dir + " were kept"), e.getReason());
            }
            assertTrue(mover.fired());
        }
    }

    /** The moves a rebuild makes, counted on a copy of {@code dir}, whose tree it must leave as {@code before} but for the report. */
    private int moves(Path dir, TreeMap<String, String> before) throws IOException {
        Path copy = temp.resolve("copy");
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.toList()) {
                Path to = copy.resolve(dir.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        InjectedMoves counting = InjectedMoves.failingAt(Integer.MAX_VALUE);
        try (ResultDirectory directory = ResultDirectory.lock(copy)) {
            InjectedMoves.use(directory, counting);
            Reports.rebuild(directory);
        }
        assertFalse(Files.exists(copy.resolve("charts/earlier-only.vl.json")));
        assertEquals(before.keySet().size() - 1, DirectoryTree.of(copy).size());
        return counting.moves();
    }
}
