package org.airshed.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.airshed.scenarios.run.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {
    private static final List<String> FILES =
            List.of("summary.json", "allocation.csv", "regions.csv", "duties.csv", "scenario.json");

    @TempDir
    Path temp;

    private String scenario(String policy) throws IOException {
        return TestScenarios.write(temp, "two-regions.json", TestScenarios.twoRegions(policy)).toString();
    }

    @Test
    void runWritesEveryFileAndPrintsASummary() throws IOException {
        Path out = temp.resolve("results/nested");
        Cli.Result r = Cli.run("run", scenario(TestScenarios.CAP_AND_DUTIES), "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        for (String file : FILES) {
            assertTrue(Files.isRegularFile(out.resolve(file)), file);
        }
        assertTrue(r.out().startsWith("two-regions (seed 7): optimal, minimising cost"), r.out());
        assertTrue(r.out().contains("objective 900 CNY"), r.out());
        assertTrue(r.out().contains("cap price 20 CNY/t"), r.out());
        assertTrue(r.out().contains("saving 300 CNY"), r.out());
        assertEquals("", r.err());
    }

    @Test
    void sameScenarioTwiceGivesByteIdenticalFiles() throws IOException {
        String file = scenario("{\"cap\": 120, \"receptorLimits\": {\"A\": 16.5}, \"duties\": {\"A\": 40, \"B\": 20}}");
        assertEquals(0, Cli.run("run", file, "--out", temp.resolve("one").toString()).exitCode());
        assertEquals(0, Cli.run("run", file, "--out", temp.resolve("two").toString()).exitCode());
        for (String name : FILES) {
            assertArrayEquals(Files.readAllBytes(temp.resolve("one").resolve(name)),
                    Files.readAllBytes(temp.resolve("two").resolve(name)), name);
        }
    }

    @Test
    void seedOverrideIsRecorded() throws IOException {
        Path out = temp.resolve("out");
        assertEquals(0, Cli.run("run", scenario("{\"cap\": 120}"), "--out", out.toString(), "--seed", "99")
                .exitCode());
        assertTrue(Files.readString(out.resolve("summary.json")).contains("\"seed\": 99"));
        assertTrue(Files.readString(out.resolve("scenario.json")).contains("\"seed\": 99"));
    }

    @Test
    void anOverrideOnAFileThatIsNotAnObjectLeavesItToTheReader() throws IOException {
        Path file = TestScenarios.write(temp, "list.json", "[1, 2]");
        Cli.Result r = Cli.run("run", file.toString(), "--out", temp.resolve("out").toString(), "--seed", "3");
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains(file + ": $ = [1,2]: must be an object"), r.err());
        assertFalse(r.hasStackTrace(), r.err());
    }

    @Test
    void infeasibleScenarioExitsTwoWithTheExplanation() throws IOException {
        String file = scenario("{\"cap\": 10}");
        Path out = temp.resolve("out");
        Cli.Result r = Cli.run("run", file, "--out", out.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains(file + ": $.policy.cap = 10: maximum feasible reduction 130 t is less than"
                + " required 170 t"), r.err());
        assertFalse(r.hasStackTrace(), r.err());
        assertTrue(Files.readString(out.resolve("summary.json")).contains("\"status\": \"infeasible\""));
    }

    @Test
    void unreachableReceptorLimitNamesTheReceptor() throws IOException {
        // A at best: 5 + 0.125·50 + 0.0625·0 = 11.25 > 6.
        String file = scenario("{\"receptorLimits\": {\"A\": 6}}");
        Cli.Result r = Cli.run("run", file, "--out", temp.resolve("out").toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains(file + ": $.policy.receptorLimits.A = 6: receptor A cannot be met: with every"
                + " control applied its concentration is 11.25 ug/m3, above the limit 6 ug/m3 by 5.25 ug/m3"), r.err());
    }

    @Test
    void invalidScenarioExitsTwoNamingFilePathAndValue() throws IOException {
        String file = TestScenarios.write(temp, "bad.json",
                TestScenarios.twoRegions("{\"cap\": -5}")).toString();
        Cli.Result r = Cli.run("run", file, "--out", temp.resolve("out").toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains(file), r.err());
        assertTrue(r.err().contains("$.policy.cap"), r.err());
        assertTrue(r.err().contains("-5"), r.err());
        assertFalse(r.hasStackTrace(), r.err());
        assertFalse(Files.exists(temp.resolve("out")), "nothing is written for a bad scenario");
    }

    @Test
    void outputPathThatIsAFileIsBadInput() throws IOException {
        Path blocker = Files.writeString(temp.resolve("taken"), "a file, not a directory");
        Cli.Result r = Cli.run("run", scenario("{\"cap\": 120}"), "--out", blocker.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("--out " + blocker), r.err());
        assertTrue(r.err().contains("exists and is not a directory"), r.err());
        assertFalse(r.hasStackTrace(), r.err());

        Cli.Result below = Cli.run("run", scenario("{\"cap\": 120}"), "--out", blocker.resolve("sub").toString());
        assertEquals(2, below.exitCode(), below.err());
        assertFalse(below.hasStackTrace(), below.err());
    }

    @Test
    void missingFileIsBadInputAndListsBundledScenarios() {
        Cli.Result r = Cli.run("run", temp.resolve("nowhere.json").toString(), "--out", temp.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("nowhere.json: file: no such file, and no bundled scenario of that name"),
                r.err());
        assertFalse(r.hasStackTrace(), r.err());
    }

    @Test
    void missingOutOptionIsAUsageError() throws IOException {
        Cli.Result r = Cli.run("run", scenario("{\"cap\": 120}"));
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("--out"), r.err());
    }

    @Test
    void noCommandIsAUsageError() {
        Cli.Result r = Cli.run();
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("a command is required"), r.err());
    }

    @Test
    void versionAndHelpSucceed() {
        Cli.Result version = Cli.run("--version");
        assertEquals(0, version.exitCode());
        assertEquals("airshed dev", version.out().strip());
        assertEquals(0, Cli.run("run", "--help").exitCode());
    }

    /**
     * Regression (README review, item 5): --time-limit's help said the default search stops after 1000
     * unimproved steps; by default branch and bound ends within 20,000 nodes, and steps limit only the
     * search after a tree that proved nothing (and nothing in version 2).
     */
    @Test
    void timeLimitHelpSaysWhatEndsTheSearchWithoutIt() {
        for (String command : new String[] {"run", "validate"}) {
            String help = Cli.run(command, "--help").out().replaceAll("\\s+", " ");
            assertFalse(help.contains("the default stops after 1000 unimproved steps"), help);
            assertTrue(help.contains("20,000 nodes ($.discrete.nodes)"), help);
        }
    }

    /** Regression (v2 review, item 6): run --help did not list options.csv and receptors.csv. */
    @Test
    void runHelpListsEveryFileARunMayWrite() {
        String help = Cli.run("run", "--help").out().replaceAll("\\s+", " ");
        for (String name : org.airshed.scenarios.run.Sections.pipeline(new org.airshed.core.allocation
                .ExactAllocationSolver(), "test").fileNames()) {
            assertTrue(help.contains(name), name + " in:\n" + help);
        }
    }

    /** Review, item 6: README said an infeasible run writes only summary.json and scenario.json; it writes report.html too. */
    @Test
    void theReadmeNamesWhatAnInfeasibleRunWrites() throws IOException {
        Path file = TestScenarios.write(temp, "tight.json", TestScenarios.twoRegions("{\"cap\": 10}"));
        Path out = temp.resolve("tight-out");
        assertEquals(2, Cli.run("run", file.toString(), "--out", out.toString()).exitCode());
        List<String> written;
        try (java.util.stream.Stream<Path> files = Files.list(out)) {
            written = files.map(f -> f.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
        assertEquals(List.of("report.html", "scenario.json", "summary.json"), written);
        String readme = Files.readString(Path.of("../README.md")).replaceAll("\\s+", " ");
        assertTrue(readme.contains("that finds the problem infeasible writes only `summary.json` (status `infeasible`"
                + " and the reasons), `scenario.json` and `report.html`"), "README, Writing results");
    }
}
