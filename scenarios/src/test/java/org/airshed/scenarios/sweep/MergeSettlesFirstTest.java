package org.airshed.scenarios.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.airshed.core.allocation.ExactAllocationSolver;
import org.airshed.scenarios.pipeline.DirectoryTree;
import org.airshed.scenarios.pipeline.InjectedMoves;
import org.airshed.scenarios.pipeline.ResultMoves;
import org.airshed.scenarios.run.ScenarioRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression (s9 follow-up 2): {@code sweep merge D --out D} after a killed {@code sweep --restart} read D's
 * journal before taking D's lock, so it refused a half-moved set (no journal.jsonl: it waited in
 * .airshed-earlier) that every other lock-taking command puts back first. It now takes the lock, settles,
 * then judges: the earlier sweep is back and merges into the bytes it had, wherever the kill stopped.
 */
class MergeSettlesFirstTest {
    private static final List<String> TABLES = List.of(SweepRunner.RUNS_JSONL, SweepRunner.RUNS_CSV,
            SweepRunner.SUMMARY_CSV);

    @TempDir
    Path temp;

    /** A finished sweep's directory. */
    private Path done;
    /** The journal's first line of a sweep started over in it (another seed). */
    private JournalHeader header;

    @BeforeEach
    void runASweepAndPrepareAnother() throws Exception {
        done = temp.resolve("done");
        new SweepRunner(() -> new ScenarioRunner(new ExactAllocationSolver(), "test")).run(
                SweepFixtures.setup(temp, SweepFixtures.SMALL), Shard.WHOLE, done, 1, false,
                new PrintWriter(new StringWriter()), false);
        SweepSetup other = SweepFixtures.setup(temp, SweepFixtures.SMALL.replace("\"seed\": 11", "\"seed\": 12"));
        header = new JournalHeader(other.plan().spec().name(), other.fingerprint(), other.plan().runCount(),
                Shard.WHOLE, other.sweepFile(), other.sweepText(), JournalHeader.about(other.base().tree()));
    }

    @Test
    void aMergeIntoItsOwnDirectoryPutsBackWhatAKilledRestartMovedAside() throws Exception {
        long charts;
        try (Stream<Path> list = Files.list(done.resolve("charts"))) {
            charts = list.count();
        }
        // Aside: summary.csv, report.html, runs.csv, runs.jsonl, the journal (move 5), every chart; then the new
        // journal comes in. Killed before or after any move but the last, the earlier sweep is put back.
        int moves = (int) (5 + charts + 1);
        for (int m = 1; m < 2 * moves; m++) {
            int k = (m + 1) / 2;
            boolean after = m % 2 == 0;
            Path dir = DirectoryTree.copy(done, temp.resolve("killed-" + (after ? "after-" : "at-") + k));
            InjectedMoves mover = after ? InjectedMoves.killedAfter(k) : InjectedMoves.killedAt(k);
            assertThrows(IOException.class, () -> SweepJournal.open(dir, header, true, mover).close());
            // Killed at the first move, nothing had moved: the plan went with the failed command.
            assertTrue(m == 1 || Files.exists(dir.resolve(ResultMoves.EARLIER).resolve(".moves"),
                    LinkOption.NOFOLLOW_LINKS), "a plan is left");
            SweepMerge.merge(List.of(dir), dir);
            for (String table : TABLES) {
                assertArrayEquals(Files.readAllBytes(done.resolve(table)), Files.readAllBytes(dir.resolve(table)),
                        (after ? "killed after move " : "killed at move ") + k + ": " + table);
            }
            assertFalse(Files.exists(dir.resolve(ResultMoves.EARLIER), LinkOption.NOFOLLOW_LINKS), "settled");
        }
    }

    @Test
    void aShardDirectoryLeftHalfMovedIsSettledBeforeItIsRead() throws Exception {
        Path dir = DirectoryTree.copy(done, temp.resolve("shard"));
        // Killed just after its journal (move 5) went aside: the shard's directory has none in place.
        assertThrows(IOException.class, () -> SweepJournal.open(dir, header, true, InjectedMoves.killedAfter(5))
                .close());
        Path merged = temp.resolve("merged");
        SweepMerge.merge(List.of(dir), merged);
        for (String table : TABLES) {
            assertArrayEquals(Files.readAllBytes(done.resolve(table)), Files.readAllBytes(merged.resolve(table)), table);
        }
    }
}
