package org.airshed.scenarios.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.airshed.core.allocation.ExactAllocationSolver;
import org.airshed.scenarios.run.ScenarioRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shards merged against the reference: one uninterrupted single-threaded sweep of the same file.
 * Every way of splitting must give its bytes; every way of merging wrongly must be refused,
 * naming the directory and the rule, with nothing written.
 */
class SweepShardTest {
    private static final List<String> RESULTS = List.of(SweepRunner.RUNS_JSONL, SweepRunner.RUNS_CSV,
            SweepRunner.SUMMARY_CSV);

    @TempDir
    Path temp;

    private SweepSetup setup;
    private Path reference;

    @BeforeEach
    void runTheReference() throws Exception {
        setup = SweepFixtures.setup(temp, SweepFixtures.SMALL);
        reference = temp.resolve("reference");
        run(setup, Shard.WHOLE, reference, 1);
    }

    private static SweepRunner.SweepOutcome run(SweepSetup setup, Shard shard, Path out, int threads)
            throws IOException, InterruptedException {
        SweepRunner runner = new SweepRunner(() -> new ScenarioRunner(new ExactAllocationSolver(), "test"));
        return runner.run(setup, shard, out, threads, false, new PrintWriter(new StringWriter()), false);
    }

    /** Runs every shard of {@code count} into its own directory; returns the directories. */
    private List<Path> shards(int count, String name) throws Exception {
        List<Path> directories = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Path directory = temp.resolve(name + "-" + i + "of" + count);
            SweepRunner.SweepOutcome outcome = run(setup, new Shard(i, count), directory, 1 + i % 3);
            assertEquals(new Shard(i, count).size(12), outcome.runs());
            if (count > 1) {
                assertEquals(List.of(directory.resolve(SweepJournal.FILE)), outcome.files());
                for (String file : RESULTS) {
                    assertFalse(Files.exists(directory.resolve(file)), "a shard writes no tables: " + file);
                }
            }
            directories.add(directory);
        }
        return directories;
    }

    private void assertSameAsReference(Path merged) throws IOException {
        for (String file : RESULTS) {
            assertArrayEquals(Files.readAllBytes(reference.resolve(file)), Files.readAllBytes(merged.resolve(file)), file);
        }
        // The report too: drawn from the same tables, with the base's name and units from the shards' journals;
        // only the list of files beside it lacks the journal, which a merged directory does not hold.
        String journal = "<dt>journal.jsonl</dt><dd>the finished runs, for resuming a killed sweep</dd>\n";
        String expected = Files.readString(reference.resolve("report.html"));
        assertTrue(expected.contains(journal));
        assertEquals(expected.replace(journal, ""), Files.readString(merged.resolve("report.html")), "report.html");
        try (Stream<Path> charts = Files.list(reference.resolve("charts"))) {
            for (Path chart : charts.toList()) {
                Path file = reference.relativize(chart);
                assertArrayEquals(Files.readAllBytes(chart), Files.readAllBytes(merged.resolve(file)), file.toString());
            }
        }
    }

    @Test
    void oneTwoAndThreeShardsMergeIntoTheReferenceBytes() throws Exception {
        for (int count = 1; count <= 3; count++) {
            List<Path> directories = shards(count, "s");
            Path merged = temp.resolve("merged" + count);
            // Given in any order: the merge orders runs, not directories.
            Collections.reverse(directories);
            SweepMerge.MergeOutcome outcome = SweepMerge.merge(directories, merged);
            assertSameAsReference(merged);
            assertEquals(Map.of("ok", 12), outcome.statuses());
            assertEquals(count, outcome.shards());
        }
    }

    @Test
    void aKilledShardResumesAndMergesIntoTheReferenceBytes() throws Exception {
        List<Path> directories = shards(3, "k");
        Path killed = directories.get(1);
        List<String> journal = Files.readAllLines(killed.resolve(SweepJournal.FILE));
        // Killed after two of its four runs, in the middle of the third line.
        String cut = journal.get(0) + "\n" + journal.get(1) + "\n" + journal.get(2) + "\n"
                + journal.get(3).substring(0, journal.get(3).length() / 2);
        Files.writeString(killed.resolve(SweepJournal.FILE), cut, StandardCharsets.UTF_8);

        SweepDirectoryException incomplete = assertThrows(SweepDirectoryException.class,
                () -> SweepMerge.merge(directories, temp.resolve("early")));
        assertTrue(incomplete.getMessage().contains(killed + " holds 2 of the 4 runs of shard 1/3: it is not complete;"
                + " run the same airshed sweep command again"), incomplete.getMessage());
        assertFalse(Files.exists(temp.resolve("early").resolve(SweepRunner.RUNS_CSV)));

        SweepRunner.SweepOutcome resumed = run(setup, new Shard(1, 3), killed, 2);
        assertEquals(2, resumed.resumed());
        assertEquals(5, Files.readAllLines(killed.resolve(SweepJournal.FILE)).size());
        Path merged = temp.resolve("merged");
        SweepMerge.merge(directories, merged);
        assertSameAsReference(merged);
    }

    @Test
    void aShardDirectoryIsNotResumedAsAnotherShard() throws Exception {
        Path directory = shards(3, "r").get(1);
        SweepDirectoryException e = assertThrows(SweepDirectoryException.class,
                () -> run(setup, new Shard(2, 3), directory, 1));
        assertTrue(e.getMessage().contains("holds shard 1/3 of this sweep, not shard 2/3; pass --restart"), e.getMessage());
    }

    @Test
    void directoriesThatDoNotMakeOneSweepAreRefusedNamingTheRule() throws Exception {
        List<Path> three = shards(3, "m");
        Path out = temp.resolve("out");

        String missing = refused(List.of(three.get(0), three.get(2)), out);
        assertTrue(missing.contains("no directory holds run 1 and 3 other runs of the sweep's 12 runs: shard 1/3"
                + " missing from the merge"), missing);

        String twice = refused(List.of(three.get(0), three.get(1), three.get(2), three.get(1)), out);
        assertTrue(twice.contains(three.get(1) + " and " + three.get(1) + " both hold shard 1/3"), twice);

        Path half = shards(2, "h").get(0);
        String overlap = refused(List.of(half, three.get(0), three.get(1), three.get(2)), out);
        assertTrue(overlap.contains("run 0 is in both " + half + " and " + three.get(0) + ": the directories overlap"),
                overlap);

        SweepSetup other = SweepFixtures.setup(temp, SweepFixtures.SMALL.replace("\"seed\": 11", "\"seed\": 12"));
        Path foreign = temp.resolve("foreign");
        run(other, new Shard(1, 3), foreign, 1);
        String another = refused(List.of(three.get(0), foreign, three.get(2)), out);
        assertTrue(another.contains(foreign + " holds another sweep than " + three.get(0)) && another.contains(
                "fingerprints differ"), another);

        Path empty = Files.createDirectories(temp.resolve("empty"));
        String none = refused(List.of(three.get(0), empty), out);
        assertTrue(none.contains(empty + " holds no sweep journal (journal.jsonl)"), none);

        Path damaged = three.get(2);
        List<String> lines = new ArrayList<>(Files.readAllLines(damaged.resolve(SweepJournal.FILE)));
        // A run of another shard: one more than the line's own.
        int run = Integer.parseInt(lines.get(2).replaceAll("^\\{\"run\":(\\d+),.*", "$1"));
        lines.set(2, lines.get(2).replace("{\"run\":" + run + ",", "{\"run\":" + (run + 1) + ","));
        Files.write(damaged.resolve(SweepJournal.FILE), lines);
        String wrong = refused(three, out);
        assertTrue(wrong.contains(damaged.resolve(SweepJournal.FILE) + ": line 3 is not a run of shard 2/3"), wrong);

        for (String file : RESULTS) {
            assertFalse(Files.exists(out.resolve(file)), file);
        }
    }

    private static String refused(List<Path> directories, Path out) {
        return assertThrows(SweepDirectoryException.class, () -> SweepMerge.merge(directories, out)).getMessage();
    }
}
