package org.airshed.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.airshed.core.io.ScenarioDocument;
import org.airshed.core.io.ScenarioInputException;
import org.airshed.scenarios.pipeline.Overrides;
import org.airshed.scenarios.run.Sections;
import org.airshed.scenarios.library.ScenarioLibrary;
import org.airshed.scenarios.run.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Resolving SCENARIO against files and a library on a class path of the test's own making. */
class ScenarioInputTest {
    @TempDir
    Path temp;

    private ScenarioLibrary library(String index) throws IOException {
        Path root = temp.resolve("classpath");
        Files.createDirectories(root.resolve("scenarios"));
        Files.writeString(root.resolve("scenarios/index.txt"), index);
        Files.writeString(root.resolve("scenarios/tiny.json"), TestScenarios.twoRegions("{\"cap\": 120}"));
        Files.writeString(root.resolve("scenarios/broken.json"), TestScenarios.twoRegions("{\"cap\": -1}"));
        URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, null);
        return new ScenarioLibrary(loader);
    }

    @Test
    void libraryListsTheIndexSkippingCommentsAndBlankLines() throws IOException {
        ScenarioLibrary library = library("# bundled\ntiny\n\n  broken  \n");
        assertEquals(List.of("tiny", "broken"), library.names());
        assertTrue(library.contains("tiny"));
    }

    @Test
    void bundledNameResolves() throws IOException {
        ScenarioInput input = ScenarioInput.resolve("tiny", library("tiny\n"));
        assertEquals("tiny.json (bundled)", input.fileName());
        assertEquals("two-regions", read(input).scenario().name());
    }

    @Test
    void bundledProblemsNameTheBundledFile() throws IOException {
        ScenarioInput input = ScenarioInput.resolve("broken", library("tiny\nbroken\n"));
        ScenarioInputException e = assertThrows(ScenarioInputException.class, () -> read(input));
        assertTrue(e.problems().get(0).toString().startsWith("broken.json (bundled): $.policy.cap = -1"),
                e.problems().toString());
    }

    @Test
    void anExistingFileWinsOverABundledName() throws IOException {
        Path file = TestScenarios.write(temp, "tiny", TestScenarios.twoRegions("{\"cap\": 150}"));
        ScenarioInput input = ScenarioInput.resolve(file.toString(), library("tiny\n"));
        assertEquals(file.toString(), input.fileName());
        assertEquals(150, read(input).scenario().policy().cap().getAsDouble());
    }

    @Test
    void unknownNameListsTheBundledOnes() throws IOException {
        ScenarioInputException e = assertThrows(ScenarioInputException.class,
                () -> ScenarioInput.resolve("tin", library("tiny\nbroken\n")));
        assertEquals("tin: file: no such file, and no bundled scenario of that name (bundled: tiny, broken)",
                e.problems().get(0).toString());
    }

    private static ScenarioDocument read(ScenarioInput input) {
        return Sections.pipeline(null, "test").read(input.source(), Overrides.NONE);
    }

    @Test
    void listedButMissingIsAPackagingFault() throws IOException {
        ScenarioLibrary library = library("tiny\nghost\n");
        assertThrows(IllegalStateException.class, () -> library.json("ghost"));
    }
}
