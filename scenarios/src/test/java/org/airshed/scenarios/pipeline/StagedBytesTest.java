package org.airshed.scenarios.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.airshed.core.allocation.ExactAllocationSolver;
import org.airshed.core.io.ScenarioDocument;
import org.airshed.scenarios.generate.GeneratorSpec;
import org.airshed.scenarios.generate.SyntheticScenarios;
import org.airshed.scenarios.library.ScenarioLibrary;
import org.airshed.scenarios.run.ScenarioRunner;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run's files, report and charts included, are the same bytes whether they are written on one
 * thread or two while the report is made: every bundled scenario and seeded generated ones (the
 * golden tests pin the bytes themselves, on the machine's thread count).
 */
class StagedBytesTest {
    @TempDir
    Path temp;

    /** Slow: solves every bundled scenario (markets, games, discrete); the golden tests run them on two threads. */
    @Test
    @Tag("slow")
    void everyBundledScenarioOnOneAndTwoWritingThreads() throws IOException {
        for (String name : ScenarioLibrary.bundled().names()) {
            same(name, ScenarioLibrary.bundled().document(name));
        }
    }

    @Test
    void generatedScenariosOnOneAndTwoWritingThreads() throws IOException {
        for (long seed = 1; seed <= 3; seed++) {
            GeneratorSpec spec = GeneratorSpec.of(12_000 * (int) seed, 4 + 3 * (int) seed, (int) seed - 1, seed);
            same("generated-" + seed, ScenarioDocument.of(SyntheticScenarios.scenario(spec)));
        }
    }

    private void same(String name, ScenarioDocument document) throws IOException {
        ScenarioRunner runner = new ScenarioRunner(new ExactAllocationSolver(), "test");
        RunOutcome outcome = runner.solve(document);
        TreeMap<String, byte[]> one = write(runner.pipeline(), outcome, temp.resolve(name + "-1"), 1);
        TreeMap<String, byte[]> two = write(runner.pipeline(), outcome, temp.resolve(name + "-2"), 2);
        assertEquals(one.keySet(), two.keySet(), name);
        one.forEach((file, bytes) -> assertArrayEquals(bytes, two.get(file), name + ": " + file));
        StagedFilesTest.assertNoWriterLeft();
    }

    /** ScenarioRunner.run's writing step with the writing pool pinned (the files made afresh each time). */
    private static TreeMap<String, byte[]> write(ScenarioPipeline pipeline, RunOutcome outcome, Path directory,
                                                 int threads) throws IOException {
        try (ResultDirectory results = ResultDirectory.lock(directory)) {
            results.replace(pipeline.files(outcome, directory), pipeline.fileNames(), ScenarioPipeline.SUMMARY,
                    staged -> pipeline.report(outcome, staged), threads);
        }
        TreeMap<String, byte[]> files = new TreeMap<>();
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(directory)) {
            walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals(ResultDirectory.LOCK))
                    .forEach(paths::add);
        }
        for (Path p : paths) {
            files.put(directory.relativize(p).toString(), Files.readAllBytes(p));
        }
        return files;
    }
}
