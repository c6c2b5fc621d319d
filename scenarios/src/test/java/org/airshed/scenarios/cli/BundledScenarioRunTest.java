package org.airshed.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.airshed.scenarios.library.ScenarioLibrary;
import org.junit.jupiter.api.Test;

/** Every bundled scenario validates by its name (GoldenResultsTest runs each and checks every file). */
class BundledScenarioRunTest {
    @Test
    void indexListsTheDocumentedScenarios() {
        List<String> names = ScenarioLibrary.bundled().names();
        assertTrue(names.contains("yrd-so2") && names.contains("textbook"), names.toString());
    }

    @Test
    void everyBundledScenarioValidates() {
        for (String name : ScenarioLibrary.bundled().names()) {
            Cli.Result validate = Cli.run("validate", name);
            assertEquals(0, validate.exitCode(), name + ": " + validate.err());
            assertFalse(validate.out().isEmpty());
        }
    }
}
