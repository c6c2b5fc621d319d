package org.airshed.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run on more than 10,000 CSV sources writes a scenario.json that names the CSV (path from
 * the result directory, SHA-256) instead of repeating its sources; running that file reproduces
 * the run byte for byte, and a CSV changed since is refused (exit 2, at $.sourcesSha256).
 */
class ResolvedSourcesFileTest {
    @TempDir
    Path temp;

    @Test
    void largeCsvIsNamedByPathAndHashAndTheRunReproduces() throws IOException, NoSuchAlgorithmException {
        Path scenario = temp.resolve("in/s.json");
        Path csv = temp.resolve("in/s-sources.csv");
        assertEquals(0, Cli.run("generate", "--out", scenario.toString(), "--sources", "10001", "--regions", "6",
                "--receptors", "2", "--seed", "5").exitCode());
        Path first = temp.resolve("first");
        Cli.Result run = Cli.run("run", scenario.toString(), "--out", first.toString());
        assertEquals(0, run.exitCode(), run.err());

        String resolved = Files.readString(first.resolve("scenario.json"));
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(csv)));
        assertTrue(resolved.contains("\"sourcesFile\": \"../in/s-sources.csv\",\n  \"sourcesSha256\": \"" + hash + "\""),
                resolved.substring(0, 300));
        assertFalse(resolved.contains("\"sources\""));

        Path again = temp.resolve("again");
        Cli.Result rerun = Cli.run("run", first.resolve("scenario.json").toString(), "--out", again.toString());
        assertEquals(0, rerun.exitCode(), rerun.err());
        assertEquals(run.out().replace(first.toString(), again.toString()), rerun.out());
        for (String name : files(first)) {
            assertArrayEquals(Files.readAllBytes(first.resolve(name)), Files.readAllBytes(again.resolve(name)), name);
        }

        // Other bytes, the same sources: a blank line at the end is skipped.
        Files.writeString(csv, Files.readString(csv) + "\n");
        for (String command : List.of("run", "validate")) {
            Cli.Result changed = command.equals("run")
                    ? Cli.run("run", first.resolve("scenario.json").toString(), "--out", temp.resolve("x").toString())
                    : Cli.run("validate", first.resolve("scenario.json").toString());
            assertEquals(2, changed.exitCode(), command + ": " + changed.err());
            assertTrue(changed.err().contains("$.sourcesSha256"), changed.err());
            assertTrue(changed.err().contains("has changed since this scenario was written"), changed.err());
            assertFalse(changed.err().contains("\tat "), changed.err());
        }
        assertFalse(Files.exists(temp.resolve("x/summary.json")));
    }

    @Test
    void smallCsvStaysInline() throws IOException {
        Path scenario = temp.resolve("s.json");
        assertEquals(0, Cli.run("generate", "--out", scenario.toString(), "--sources", "300", "--regions", "3",
                "--receptors", "1", "--seed", "5").exitCode());
        assertEquals(0, Cli.run("run", scenario.toString(), "--out", temp.resolve("out").toString()).exitCode());
        String resolved = Files.readString(temp.resolve("out/scenario.json"));
        assertTrue(resolved.contains("\"sources\": ["));
        assertFalse(resolved.contains("sourcesFile"));
    }

    private static List<String> files(Path directory) throws IOException {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile).map(p -> directory.relativize(p).toString()).sorted().toList();
        }
    }
}
