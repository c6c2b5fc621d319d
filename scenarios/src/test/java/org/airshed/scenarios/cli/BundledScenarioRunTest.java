package org.airshed.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.airshed.scenarios.library.ScenarioLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every bundled scenario validates and runs by its name. */
class BundledScenarioRunTest {
    @TempDir
    Path temp;

    @Test
    void indexListsTheDocumentedScenarios() {
        List<String> names = ScenarioLibrary.bundled().names();
        assertTrue(names.contains("yrd-so2") && names.contains("textbook"), names.toString());
    }

    @Test
    void everyBundledScenarioValidatesAndRuns() {
        for (String name : ScenarioLibrary.bundled().names()) {
            Cli.Result validate = Cli.run("validate", name);
            assertEquals(0, validate.exitCode(), name + ": " + validate.err());
            Cli.Result run = Cli.run("run", name, "--out", temp.resolve(name).toString());
            assertEquals(0, run.exitCode(), name + ": " + run.err());
            assertFalse(run.out().isEmpty());
        }
    }
}
