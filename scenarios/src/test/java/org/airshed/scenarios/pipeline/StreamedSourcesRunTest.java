package org.airshed.scenarios.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.airshed.core.allocation.ExactAllocationSolver;
import org.airshed.core.io.Problem;
import org.airshed.core.io.ScenarioDocument;
import org.airshed.core.io.ScenarioReader;
import org.airshed.core.model.SourceTable;
import org.airshed.scenarios.run.ScenarioRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run of a scenario whose JSON sources were streamed into columns writes the same bytes as a run
 * of the same scenario read as a whole tree (sources as records), on seeded instances.
 */
class StreamedSourcesRunTest {
    private static final String FILE = "streamed.json";

    @TempDir
    Path dir;

    @Test
    void seededScenariosWriteTheSameResultFilesBothWays() throws IOException {
        ScenarioRunner runner = new ScenarioRunner(new ExactAllocationSolver(), "test");
        ScenarioPipeline pipeline = runner.pipeline();
        SplittableRandom random = new SplittableRandom(20261206);
        for (int instance = 0; instance < 24; instance++) {
            String json = scenario(random, 1 + random.nextInt(instance % 3 == 0 ? 2000 : 60));
            ScenarioDocument streamed = pipeline.read(ScenarioSource.text(FILE, json, null), Overrides.NONE);
            ScenarioDocument tree = pipeline.read(ScenarioSource.tree(FILE, ScenarioReader.tree(FILE, json), null),
                    Overrides.NONE);
            assertInstanceOf(SourceTable.class, streamed.scenario().sources(), "instance " + instance);
            Path a = dir.resolve("streamed-" + instance);
            Path b = dir.resolve("tree-" + instance);
            runner.run(pipeline.context(FILE, streamed), a);
            runner.run(pipeline.context(FILE, tree), b);
            assertSameFiles(b, a, "instance " + instance);
        }
    }

    /** Discrete mode names each JSON source without options at its path: streamed sources become records for it. */
    @Test
    void discreteModeReportsTheSameProblemsBothWays() {
        ScenarioPipeline pipeline = new ScenarioRunner(new ExactAllocationSolver(), "test").pipeline();
        String json = scenario(new SplittableRandom(7), 5);
        Overrides discrete = new Overrides(List.of(FlagOverride.of("--mode", "$.mode", TextNode.valueOf("discrete"))));
        List<Problem> streamed = pipeline.check(pipeline.context(FILE,
                pipeline.read(ScenarioSource.text(FILE, json, null), discrete))).problems();
        List<Problem> tree = pipeline.check(pipeline.context(FILE, pipeline.read(
                ScenarioSource.tree(FILE, ScenarioReader.tree(FILE, json), null), discrete))).problems();
        assertFalse(tree.isEmpty());
        assertEquals(tree, streamed);
        assertEquals("$.sources[0]", streamed.get(streamed.size() - 5).location(), streamed::toString);
    }

    private static void assertSameFiles(Path expected, Path actual, String what) throws IOException {
        List<Path> names = relativeFiles(expected);
        assertEquals(names, relativeFiles(actual), what);
        assertFalse(names.isEmpty(), what);
        for (Path name : names) {
            assertArrayEquals(Files.readAllBytes(expected.resolve(name)), Files.readAllBytes(actual.resolve(name)),
                    what + ": " + name);
        }
    }

    private static List<Path> relativeFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }

    /** Three regions, a cap, receptor limits and duties around {@code count} random step or quadratic sources. */
    private static String scenario(SplittableRandom random, int count) {
        List<String> sources = new ArrayList<>();
        String[] regions = {"SH", "JS", "ZJ"};
        double total = 0;
        for (int s = 0; s < count; s++) {
            double baseline = 1 + random.nextInt(1000);
            total += baseline;
            StringBuilder b = new StringBuilder("{\"id\": \"S" + s + "\", \"region\": \"" + regions[random.nextInt(3)]
                    + "\", \"sector\": \"sec" + random.nextInt(3) + "\", \"baseline\": " + baseline);
            if (random.nextInt(4) == 0) {
                b.append(", \"quadratic\": {\"linear\": ").append(random.nextInt(20)).append(", \"slope\": ")
                        .append(0.5 + random.nextDouble() * 10).append(", \"max\": ").append(baseline * 0.8).append('}');
            } else {
                b.append(", \"steps\": [");
                double cost = random.nextDouble() * 50;
                for (int k = 0; k < 3; k++) {
                    cost += random.nextDouble() * 100;
                    b.append(k == 0 ? "" : ", ").append("{\"amount\": ").append(Math.floor(baseline * 0.25))
                            .append(", \"unitCost\": ").append(cost).append('}');
                }
                b.append(']');
            }
            sources.add(b.append('}').toString());
        }
        return """
                {"name": "streamed", "seed": 3,
                 "regions": [{"id": "SH", "background": 5}, {"id": "JS", "background": 4}, {"id": "ZJ"}],
                 "transfer": {"SH": {"SH": 0.002, "JS": 0.0007, "ZJ": 0.0003}, "JS": {"JS": 0.0015, "SH": 0.0004}},
                 "sources": [%s],
                 "policy": {"cap": %s, "receptorLimits": {"SH": %s}, "duties": {"SH": 1, "JS": 1}}}
                """.formatted(String.join(",\n", sources), total * 0.85, 5 + 0.002 * total * 0.3);
    }
}
