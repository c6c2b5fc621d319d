package org.airshed.scenarios.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.airshed.core.allocation.ExactAllocationSolver;
import org.airshed.scenarios.pipeline.DirectoryTree;
import org.airshed.scenarios.pipeline.InjectedMoves;
import org.airshed.scenarios.pipeline.ResultDirectory;
import org.airshed.scenarios.run.ScenarioRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new journal (--restart, or a sweep where only another's tables are) replaces the previous sweep's
 * whole result set in one all-or-nothing step (the review's defect 6): journal, tables, report.html and
 * charts/ go together, or none goes, whatever move a kill stops at.
 */
class SweepRestartTest {
    @TempDir
    Path temp;

    @Test
    void aRestartKilledAtAnyMoveLeavesTheEarlierSweepWholeOrOnlyTheNewJournal() throws Exception {
        Path done = temp.resolve("done");
        new SweepRunner(() -> new ScenarioRunner(new ExactAllocationSolver(), "test")).run(
                SweepFixtures.setup(temp, SweepFixtures.SMALL), Shard.WHOLE, done, 1, false,
                new PrintWriter(new StringWriter()), false);
        assertTrue(Files.isRegularFile(done.resolve("report.html")) && Files.isDirectory(done.resolve("charts")));
        SweepSetup other = SweepFixtures.setup(temp, SweepFixtures.SMALL.replace("\"seed\": 11", "\"seed\": 12"));
        JournalHeader header = new JournalHeader(other.plan().spec().name(), other.fingerprint(),
                other.plan().runCount(), Shard.WHOLE, other.sweepFile(), other.sweepText(),
                JournalHeader.about(other.base().tree()));
        long charts;
        try (Stream<Path> list = Files.list(done.resolve("charts"))) {
            charts = list.count();
        }
        // Aside: the journal, three tables, report.html and every chart; in: the new journal.
        int moves = (int) (5 + charts + 1);
        for (int k = 1; k <= moves; k++) {
            for (boolean after : List.of(false, true)) {
                Path dir = DirectoryTree.copy(done, temp.resolve("k" + k + (after ? "-after" : "-before")));
                TreeMap<String, String> before = DirectoryTree.of(dir);
                InjectedMoves mover = after ? InjectedMoves.killedAfter(k) : InjectedMoves.killedAt(k);
                assertThrows(IOException.class, () -> SweepJournal.open(dir, header, true, mover).close());
                ResultDirectory.lock(dir).close();
                String where = (after ? "killed after move " : "killed before move ") + k + " of " + moves;
                if (after && k == moves) {
                    assertEquals(Set.of(ResultDirectory.LOCK, SweepJournal.FILE), DirectoryTree.of(dir).keySet(), where);
                    assertEquals(header.line() + "\n", Files.readString(dir.resolve(SweepJournal.FILE)), where);
                } else {
                    assertEquals(before, DirectoryTree.of(dir), where);
                }
            }
        }
        try (SweepJournal journal = SweepJournal.open(done, header, true)) {
            assertEquals(0, journal.doneCount());
        }
        assertEquals(Set.of(ResultDirectory.LOCK, SweepJournal.FILE), DirectoryTree.of(done).keySet());
    }
}
