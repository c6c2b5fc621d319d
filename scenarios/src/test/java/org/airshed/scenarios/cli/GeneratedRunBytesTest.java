package org.airshed.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A generated inventory run end to end writes the same bytes as before the national-scale work on
 * the solve and the cost curves (issue 17): every file, report.html and charts/ included, by its
 * SHA-256 as the jar of main at 200786a wrote it ({@code src/test/golden/generated/NAME.sha256}; its version
 * "0.1.0-SNAPSHOT" in summary.json and report.html written "dev", as a run outside a jar writes it). Regions
 * long enough for the curves to come from the solver's sorted blocks; with receptor limits (the
 * column generation's curves) and without (curves sorted for the report).
 */
class GeneratedRunBytesTest {
    private static final Path GOLDEN = Path.of("src/test/golden/generated");

    @TempDir
    Path temp;

    @ParameterizedTest
    @CsvSource({"30000, 12, 3, 7", "20000, 6, 0, 8"})
    void theSameBytesAsBefore(int sources, int regions, int receptors, long seed) throws IOException {
        String name = "n" + sources + "-r" + regions + "-k" + receptors + "-s" + seed;
        Path scenario = temp.resolve("g.json");
        Cli.Result generated = Cli.run("generate", "--sources", "" + sources, "--regions", "" + regions,
                "--receptors", "" + receptors, "--seed", "" + seed, "--out", scenario.toString());
        assertEquals(0, generated.exitCode(), generated.err());
        Path out = temp.resolve("out");
        Cli.Result run = Cli.run("run", scenario.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(Files.readString(GOLDEN.resolve(name + ".sha256")), hashes(out), name);
    }

    /** {@code sha256sum}'s lines for every file under {@code dir} but the run's lock, by path. */
    private static String hashes(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> sorted = files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().equals(".airshed.lock")).sorted().toList();
            StringBuilder lines = new StringBuilder();
            for (Path f : sorted) {
                lines.append(sha256(Files.readAllBytes(f))).append("  ")
                        .append(dir.relativize(f).toString().replace('\\', '/')).append('\n');
            }
            return lines.toString();
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
