package org.airshed.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/TUTORIAL.md works as written: every {@code json file=NAME} block is saved under its name
 * and every line of every {@code sh} block runs in bash, in order, in a fresh directory where
 * {@code ./airshed} is this build's command line; a line ending in {@code # exit N} must exit N,
 * every other line 0, and no output may hold a stack trace.
 */
class TutorialTest {
    private static final Pattern FENCE = Pattern.compile("(?ms)^```(\\w+)(?: file=(\\S+))?\\n(.*?)^```");
    private static final Pattern EXIT = Pattern.compile("#\\s*exit (\\d+)\\s*$");

    @TempDir
    Path root;

    @Test
    void everyCommandOfTheTutorialWorks() throws IOException, InterruptedException {
        String tutorial = Files.readString(Path.of("../docs/TUTORIAL.md"));
        launcher();
        Matcher block = FENCE.matcher(tutorial);
        List<String> ran = new ArrayList<>();
        while (block.find()) {
            String kind = block.group(1);
            String body = block.group(3);
            if (block.group(2) != null) {
                Files.writeString(root.resolve(block.group(2)), body);
            } else if (kind.equals("sh")) {
                for (String line : body.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
                    run(line);
                    ran.add(line);
                }
            }
        }
        assertTrue(ran.size() >= 8, "the tutorial's commands: " + ran);
        assertTrue(Files.isRegularFile(root.resolve("results/first/summary.json")));
        assertTrue(Files.readString(root.resolve("results/tight/summary.json")).contains("\"infeasible\""));
        assertTrue(Files.readString(root.resolve("results/two/summary.json")).contains("\"capPrices\""),
                "the version-2 section runs");
    }

    /** {@code ./airshed}: this build's classes, as the launcher would run the packaged jar. */
    private void launcher() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path script = root.resolve("airshed");
        Files.writeString(script, "#!/usr/bin/env bash\nexec '" + java + "' -cp '" + System.getProperty("java.class.path")
                + "' org.airshed.scenarios.cli.AirshedCommand \"$@\"\n");
        assertTrue(script.toFile().setExecutable(true));
    }

    private void run(String line) throws IOException, InterruptedException {
        Matcher exit = EXIT.matcher(line);
        int expected = exit.find() ? Integer.parseInt(exit.group(1)) : 0;
        Path log = Files.createTempFile(root, ".out", ".txt");
        Process process = new ProcessBuilder("bash", "-c", line).directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), line + ": timed out");
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(expected, process.exitValue(), line + "\n" + output);
        assertFalse(output.contains("\tat ") || output.contains("Exception"), line + "\n" + output);
    }
}
