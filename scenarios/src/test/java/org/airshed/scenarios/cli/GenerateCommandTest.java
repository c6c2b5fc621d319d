package org.airshed.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {
    @TempDir
    Path temp;

    private Cli.Result generate(Path out, String... options) {
        String[] args = new String[options.length + 3];
        args[0] = "generate";
        args[1] = "--out";
        args[2] = out.toString();
        System.arraycopy(options, 0, args, 3, options.length);
        return Cli.run(args);
    }

    @Test
    void writesAScenarioThatValidatesAndRuns() throws IOException {
        // The size for "run must work": 10⁴ sources.
        Path file = temp.resolve("national.json");
        Cli.Result g = generate(file, "--sources", "10000", "--regions", "30", "--receptors", "5", "--seed", "8");
        assertEquals(0, g.exitCode(), g.err());
        assertTrue(g.out().startsWith(file + ": 10000 sources ("), g.out());
        assertTrue(Files.isRegularFile(temp.resolve("national-sources.csv")));
        String json = Files.readString(file);
        assertTrue(json.contains("\"seed\": 8,"), json);
        assertTrue(json.contains("\"description\": \"Synthetic scenario, not data"), json);

        Cli.Result v = Cli.run("validate", file.toString());
        assertEquals(0, v.exitCode(), v.err());
        assertEquals(file + ": valid (30 regions, 10000 sources)", v.out().strip());

        Cli.Result r = Cli.run("run", file.toString(), "--out", temp.resolve("out").toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("synthetic-n10000-r30-k5-s8 (seed 8): optimal"), r.out());
    }

    @Test
    void sameOptionsGiveByteIdenticalFiles() throws IOException {
        String[] options = {"--sources", "500", "--regions", "8", "--receptors", "2", "--seed", "3", "--blocks", "4"};
        assertEquals(0, generate(temp.resolve("a/s.json"), options).exitCode());
        assertEquals(0, generate(temp.resolve("b/s.json"), options).exitCode());
        assertArrayEquals(Files.readAllBytes(temp.resolve("a/s.json")), Files.readAllBytes(temp.resolve("b/s.json")));
        assertArrayEquals(Files.readAllBytes(temp.resolve("a/s-sources.csv")),
                Files.readAllBytes(temp.resolve("b/s-sources.csv")));
        assertEquals(0, generate(temp.resolve("c/s.json"), "--sources", "500", "--regions", "8", "--receptors", "2",
                "--seed", "4", "--blocks", "4").exitCode());
        assertFalse(Files.readString(temp.resolve("a/s-sources.csv"))
                .equals(Files.readString(temp.resolve("c/s-sources.csv"))));
    }

    @Test
    void badOptionsExitTwoNamingTheOptionAndValue() {
        Path out = temp.resolve("bad.json");
        assertBad(generate(out, "--sources", "0"), "--sources 0: must be between 1 and");
        assertBad(generate(out, "--sources", "10", "--regions", "0"), "--regions 0: must be between 1 and 1000");
        assertBad(generate(out, "--sources", "10", "--regions", "3", "--receptors", "4"),
                "--receptors 4: must be between 0 and the number of regions (3)");
        assertBad(generate(out, "--sources", "10", "--receptors", "-1"), "--receptors -1:");
        assertBad(generate(out, "--sources", "10", "--blocks", "0"), "--blocks 0: must be between 1 and 50");
        assertBad(generate(out, "--sources", "10", "--min-blocks", "5", "--blocks", "3"),
                "--min-blocks 5: must not exceed --blocks (3, the most blocks per source)");
        assertBad(generate(out, "--sources", "10", "--min-blocks", "7"), "--min-blocks 7: must not exceed --blocks (6");
        assertBad(generate(out, "--sources", "10", "--cap-share", "1.5"), "--cap-share 1.5: must be greater than 0");
        assertBad(generate(out, "--sources", "10", "--receptor-share", "0"), "--receptor-share 0.0:");
        assertBad(generate(out, "--sources", "ten"), "--sources");
        assertFalse(Files.exists(out));
    }

    @Test
    void missingSourcesIsAUsageError() {
        Cli.Result r = Cli.run("generate", "--out", temp.resolve("x.json").toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("--sources"), r.err());
    }

    @Test
    void unwritableOutIsBadInput() throws IOException {
        Path blocker = Files.writeString(temp.resolve("file"), "not a directory");
        Cli.Result r = generate(blocker.resolve("s.json"), "--sources", "10");
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().startsWith("airshed: cannot write --out " + blocker.resolve("s.json")), r.err());
        assertFalse(r.hasStackTrace(), r.err());
    }

    @Test
    void outThatIsADirectoryIsBadInputAndLeavesNothingBeside() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("adir"));
        Cli.Result r = generate(dir, "--sources", "10");
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains(dir + ": is a directory; --out names the scenario file to write"), r.err());
        assertFalse(Files.exists(temp.resolve("adir-sources.csv")));
        assertFalse(r.hasStackTrace(), r.err());
    }

    private static void assertBad(Cli.Result r, String expected) {
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains(expected), r.err());
        assertFalse(r.hasStackTrace(), r.err());
    }
}
