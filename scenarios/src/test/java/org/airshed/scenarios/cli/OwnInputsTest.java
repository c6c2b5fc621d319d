package org.airshed.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.airshed.scenarios.pipeline.DirectoryTree;
import org.airshed.scenarios.run.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command never replaces the files it reads with its results (revH, item 12): a scenario whose
 * sourcesFile is DIR/mac.csv run with --out DIR, or a scenario, game or sweep file named as a
 * result file of DIR, is refused before anything is written (exit 2, naming the input and the
 * result file), also when --out reaches DIR through a link or "..".
 */
class OwnInputsTest {
    @TempDir
    Path temp;

    /** DIR/s.json naming mac.csv beside it: the run's own mac.csv would replace it. */
    private Path scenarioWithSourcesAt(Path dir, String csvName) throws IOException {
        Path scenario = dir.resolve("s.json");
        Cli.Result made = Cli.run("generate", "--out", scenario.toString(), "--sources", "20", "--regions", "3",
                "--receptors", "2", "--seed", "5");
        assertEquals(0, made.exitCode(), made.err());
        Files.move(dir.resolve("s-sources.csv"), dir.resolve(csvName));
        Files.writeString(scenario, Files.readString(scenario).replace("\"s-sources.csv\"", "\"" + csvName + "\""));
        return scenario;
    }

    @Test
    void aRunWhoseSourcesFileIsOneOfItsResultFilesIsRefusedBeforeAnythingIsWritten() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("own"));
        Path scenario = scenarioWithSourcesAt(dir, "mac.csv");
        byte[] csv = Files.readAllBytes(dir.resolve("mac.csv"));
        List<String> before = listing(dir);
        for (String out : List.of(dir.toString(), temp.resolve("own/../own").toString())) {
            Cli.Result r = Cli.run("run", scenario.toString(), "--out", out);
            assertEquals(2, r.exitCode(), r.err());
            assertTrue(r.err().startsWith(scenario + ": $.sourcesFile: is " + dir.toRealPath().resolve("mac.csv")
                    + ", which run --out " + out + " would replace with its own mac.csv"), r.err());
            assertFalse(r.hasStackTrace(), r.err());
            assertArrayEquals(csv, Files.readAllBytes(dir.resolve("mac.csv")));
            assertEquals(before, listing(dir), "nothing written, not even the lock");
        }
        // validate cannot know --out: the scenario itself is valid.
        assertEquals(0, Cli.run("validate", scenario.toString()).exitCode());
    }

    @Test
    void aRunIntoALinkToTheScenariosDirectoryIsRefusedToo() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("own"));
        Path scenario = scenarioWithSourcesAt(dir, "regions.csv");
        Path link = Files.createSymbolicLink(temp.resolve("link"), dir);
        Cli.Result r = Cli.run("run", scenario.toString(), "--out", link.toString());
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("$.sourcesFile: is " + dir.toRealPath().resolve("regions.csv")), r.err());
        assertFalse(Files.exists(dir.resolve("summary.json")));
    }

    @Test
    void aScenarioNamedAsAResultFileIsRefused() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("own2"));
        Path scenario = TestScenarios.write(dir, "summary.json", TestScenarios.twoRegions("{\"cap\": 120}"));
        String text = Files.readString(scenario);
        Cli.Result r = Cli.run("run", scenario.toString(), "--out", dir.toString());
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().startsWith(scenario + ": file: is " + dir.toRealPath().resolve("summary.json")
                + ", which run --out " + dir + " would replace with its own summary.json"), r.err());
        assertEquals(text, Files.readString(scenario));
        assertEquals(List.of("summary.json"), listing(dir));
        // Elsewhere it runs.
        assertEquals(0, Cli.run("run", scenario.toString(), "--out", temp.resolve("fine").toString()).exitCode());
    }

    @Test
    void aGameFileNamedAsAResultFileIsRefused() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("g"));
        Path game = TestScenarios.write(dir, "coalitions.csv", "{\"players\": [\"A\", \"B\"], \"order\": \"lex\","
                + " \"values\": [1, 2, 4], \"rules\": [\"shapley\"]}");
        String text = Files.readString(game);
        Cli.Result r = Cli.run("game", game.toString(), "--out", dir.toString());
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().startsWith(game + ": file: is " + dir.toRealPath().resolve("coalitions.csv")
                + ", which game --out " + dir + " would replace with its own coalitions.csv"), r.err());
        assertEquals(text, Files.readString(game));
        assertEquals(List.of("coalitions.csv"), listing(dir));
    }

    @Test
    void aSweepWhoseFileOrBaseIsAResultFileIsRefused() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("sw"));
        TestScenarios.write(dir, "runs.csv", TestScenarios.twoRegions("{\"cap\": 120}"));
        Path sweep = TestScenarios.write(dir, "summary.csv", """
                {"name": "one", "scenario": "runs.csv", "seed": 1,
                 "parameters": [{"name": "cap", "path": "$.policy.cap", "values": [120]}]}
                """);
        List<String> before = listing(dir);
        Cli.Result r = Cli.run("sweep", sweep.toString(), "--out", dir.toString(), "--threads", "1");
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains(sweep + ": file: is " + dir.toRealPath().resolve("summary.csv")
                + ", which sweep --out " + dir + " would replace with its own summary.csv"), r.err());
        assertTrue(r.err().contains(": file: is " + dir.toRealPath().resolve("runs.csv")), r.err());
        assertEquals(before, listing(dir));
    }

    /**
     * s10 owninputs 1: `report DIR` read DIR/regions.csv, a link into DIR/charts/ (where the user
     * keeps the file), drew its charts, then cleared charts/ of files its new set lacks: the link was
     * left dangling and the next report drew 1 chart instead of 4. Refused before anything is written.
     */
    @Test
    void aReportWhoseInputLeadsIntoItsChartsIsRefusedAndTheInputKept() throws IOException {
        Path scenario = TestScenarios.write(temp, "s.json", TestScenarios.twoRegions(TestScenarios.CAP_AND_DUTIES));
        Path dir = temp.resolve("r");
        assertEquals(0, Cli.run("run", scenario.toString(), "--out", dir.toString()).exitCode());
        Files.move(dir.resolve("regions.csv"), dir.resolve("charts/regions.csv"));
        Files.createSymbolicLink(dir.resolve("regions.csv"), Path.of("charts/regions.csv"));
        TreeMap<String, String> before = DirectoryTree.of(dir);
        Cli.Result r = Cli.run("report", dir.toString());
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().startsWith(dir.resolve("regions.csv") + ": file: leads to "
                + dir.toRealPath().resolve("charts/regions.csv") + ", which report " + dir
                + " would replace or remove with its own charts/"), r.err());
        assertFalse(r.hasStackTrace(), r.err());
        assertEquals(before, DirectoryTree.of(dir), "nothing written");
    }

    /**
     * s10 owninputs 2: a sweep whose base scenario's sourcesFile is DIR/runs.csv (or lies in DIR/charts/)
     * ran with --out DIR and replaced that CSV with its table (exit 0; validate then refused the base).
     */
    @Test
    void aSweepWhoseBaseSourcesFileIsOneOfItsResultFilesIsRefused() throws IOException {
        for (String csv : List.of("runs.csv", "charts/sources.csv")) {
            Path dir = Files.createDirectories(temp.resolve("swcsv-" + csv.replace('/', '-')));
            Files.createDirectories(dir.resolve("charts"));
            Path scenario = scenarioWithSourcesAt(dir, csv);
            Path sweep = TestScenarios.write(dir, "sweep.json", """
                    {"name": "one", "scenario": "s.json", "seed": 1,
                     "parameters": [{"name": "tc", "path": "$.regions[*].transactionCost", "values": [0]}]}
                    """);
            TreeMap<String, String> before = DirectoryTree.of(dir);
            Cli.Result r = Cli.run("sweep", sweep.toString(), "--out", dir.toString(), "--threads", "1");
            assertEquals(2, r.exitCode(), csv + ": " + r.err());
            assertTrue(r.err().startsWith(scenario + ": $.sourcesFile: is " + dir.toRealPath().resolve(csv)
                    + ", which sweep --out " + dir + " would replace"), r.err());
            assertEquals(before, DirectoryTree.of(dir), csv + ": nothing written, not even the lock");
        }
    }

    /**
     * s10 owninputs 2: `sweep merge A0 A1 --out OUT` where A1's journal is a link into OUT/charts/ read
     * it, then cleared OUT/charts/ of files its report lacks: the shard's journal was deleted (exit 0).
     */
    @Test
    void aMergeWhoseShardJournalLeadsIntoItsOutputIsRefused() throws IOException {
        TestScenarios.write(temp, "s.json", TestScenarios.twoRegions("{\"cap\": 120}"));
        Path sweep = TestScenarios.write(temp, "caps.json", """
                {"name": "caps", "scenario": "s.json", "seed": 1,
                 "parameters": [{"name": "cap", "path": "$.policy.cap", "values": [110, 120]}]}
                """);
        Path a = temp.resolve("a0");
        Path b = temp.resolve("a1");
        assertEquals(0, Cli.run("sweep", sweep.toString(), "--shard", "0/2", "--out", a.toString()).exitCode());
        assertEquals(0, Cli.run("sweep", sweep.toString(), "--shard", "1/2", "--out", b.toString()).exitCode());
        Path out = Files.createDirectories(temp.resolve("out/charts")).getParent();
        Files.move(b.resolve("journal.jsonl"), out.resolve("charts/shard1.jsonl"));
        Files.createSymbolicLink(b.resolve("journal.jsonl"), out.resolve("charts/shard1.jsonl"));
        TreeMap<String, String> before = DirectoryTree.of(out);
        Cli.Result r = Cli.run("sweep", "merge", a.toString(), b.toString(), "--out", out.toString());
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().startsWith(b.resolve("journal.jsonl") + ": file: leads to "
                + out.toRealPath().resolve("charts/shard1.jsonl") + ", which sweep merge --out " + out
                + " would replace or remove with its own charts/"), r.err());
        assertEquals(before, DirectoryTree.of(out), "nothing written");
    }

    /**
     * A link whose chain passes through a result file's name (my.csv -> DIR/regions.csv, itself a link to
     * the CSV elsewhere) was let through: the run replaced the link DIR/regions.csv with its table, so
     * my.csv then read the run's regions.csv. Every link on the way is a place the input is.
     */
    @Test
    void anInputLinkedThroughAResultFileIsRefused() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("chain"));
        Path scenario = scenarioWithSourcesAt(dir, "real.csv");
        Path out = Files.createDirectories(temp.resolve("out"));
        Files.createSymbolicLink(out.resolve("regions.csv"), dir.resolve("real.csv"));
        Files.createSymbolicLink(dir.resolve("my.csv"), out.resolve("regions.csv"));
        Files.writeString(scenario, Files.readString(scenario).replace("\"real.csv\"", "\"my.csv\""));
        Cli.Result r = Cli.run("run", scenario.toString(), "--out", out.toString());
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().startsWith(scenario + ": $.sourcesFile: leads to " + out.toRealPath().resolve("regions.csv")
                + ", which run --out " + out + " would replace with its own regions.csv"), r.err());
        assertTrue(Files.isSymbolicLink(out.resolve("regions.csv")));
        assertFalse(Files.exists(out.resolve("summary.json")));
    }

    /**
     * ".." after a link to a directory goes up from where the link leads, as the system walks it
     * (review s10, finding 1): {@code dl/../y} with dl a link to deep/x is deep/y, not ./y.
     */
    @Test
    void dotDotAfterADirectoryLinkIsWalkedAsTheSystemWalksIt() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("dotdot"));
        Files.createDirectories(dir.resolve("deep/x"));
        Files.createDirectories(dir.resolve("deep/y"));
        Path scenario = scenarioWithSourcesAt(dir.resolve("deep/y"), "regions.csv");
        Files.createSymbolicLink(dir.resolve("dl"), dir.resolve("deep/x"));
        byte[] csv = Files.readAllBytes(dir.resolve("deep/y/regions.csv"));
        Path out = dir.resolve("dl/../y");
        Cli.Result r = Cli.run("run", scenario.toString(), "--out", out.toString());
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("$.sourcesFile: is " + dir.toRealPath().resolve("deep/y/regions.csv")
                + ", which run --out " + out + " would replace with its own regions.csv"), r.err());
        assertArrayEquals(csv, Files.readAllBytes(dir.resolve("deep/y/regions.csv")));

        // The same spelling in the input's own path.
        Path other = Files.createDirectories(temp.resolve("dotdot2"));
        Path spelled = scenarioWithSourcesAt(other, "s.csv");
        Files.createDirectories(other.resolve("deep/x"));
        Files.createSymbolicLink(other.resolve("dl"), other.resolve("deep/x"));
        Files.createDirectories(other.resolve("deep/y"));
        Files.move(other.resolve("s.csv"), other.resolve("deep/y/regions.csv"));
        Files.writeString(spelled, Files.readString(spelled).replace("\"s.csv\"", "\"dl/../y/regions.csv\""));
        Cli.Result r2 = Cli.run("run", spelled.toString(), "--out", other.resolve("deep/y").toString());
        assertEquals(2, r2.exitCode(), r2.err());
        assertTrue(Files.isRegularFile(other.resolve("deep/y/regions.csv")));
    }

    /**
     * A hard link between an input and a result file loses nothing: result files replace their names
     * (a rename), never their contents in place, so the input keeps its bytes; it is not refused.
     */
    @Test
    void aHardLinkBetweenAnInputAndAResultFileLosesNothing() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("hard"));
        Path scenario = scenarioWithSourcesAt(dir, "s.csv");
        Path out = Files.createDirectories(temp.resolve("out/charts")).getParent();
        Files.createLink(out.resolve("mac.csv"), dir.resolve("s.csv"));
        byte[] csv = Files.readAllBytes(dir.resolve("s.csv"));
        Cli.Result r = Cli.run("run", scenario.toString(), "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertArrayEquals(csv, Files.readAllBytes(dir.resolve("s.csv")));
        assertFalse(Arrays.equals(csv, Files.readAllBytes(out.resolve("mac.csv"))), "the run's own mac.csv");

        // report DIR: a chart that is another name of an input it reads.
        byte[] regions = Files.readAllBytes(out.resolve("regions.csv"));
        Path chart = out.resolve("charts/mac-total.vl.json");
        Files.delete(chart);
        Files.createLink(chart, out.resolve("regions.csv"));
        Cli.Result report = Cli.run("report", out.toString());
        assertEquals(0, report.exitCode(), report.err());
        assertArrayEquals(regions, Files.readAllBytes(out.resolve("regions.csv")));
        assertTrue(Files.readString(chart).startsWith("{"), "the report's own chart");
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
