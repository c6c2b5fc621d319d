package org.airshed.scenarios.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.airshed.core.allocation.AllocationProblem;
import org.airshed.core.io.ScenarioReader;
import org.airshed.core.model.Scenario;
import org.airshed.core.study.ScenarioProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three forms of one draw agree exactly, and a seed fixes the files to the byte. */
class SyntheticFilesTest {
    private static final GeneratorSpec SMALL = GeneratorSpec.of(300, 12, 4, 42);

    @TempDir
    Path temp;

    @Test
    void sameSeedGivesByteIdenticalFiles() throws IOException {
        SyntheticScenarioFiles.Written one = SyntheticScenarioFiles.write(SMALL, temp.resolve("one/s.json"));
        SyntheticScenarioFiles.Written two = SyntheticScenarioFiles.write(SMALL, temp.resolve("two/s.json"));
        assertArrayEquals(Files.readAllBytes(one.json()), Files.readAllBytes(two.json()));
        assertArrayEquals(Files.readAllBytes(one.csv()), Files.readAllBytes(two.csv()));
        assertEquals(temp.resolve("one/s-sources.csv"), one.csv());
        assertTrue(Files.readString(one.json()).contains("\"sourcesFile\": \"s-sources.csv\""));
    }

    @Test
    void differentSeedsGiveDifferentFiles() throws IOException {
        GeneratorSpec other = GeneratorSpec.of(300, 12, 4, 43);
        SyntheticScenarioFiles.Written one = SyntheticScenarioFiles.write(SMALL, temp.resolve("one/s.json"));
        SyntheticScenarioFiles.Written two = SyntheticScenarioFiles.write(other, temp.resolve("two/s.json"));
        assertFalse(Arrays.equals(Files.readAllBytes(one.csv()), Files.readAllBytes(two.csv())));
        assertFalse(Arrays.equals(Files.readAllBytes(one.json()), Files.readAllBytes(two.json())));
    }

    @Test
    void noTemporaryFileIsLeftBehind() throws IOException {
        SyntheticScenarioFiles.write(SMALL, temp.resolve("s.json"));
        SyntheticScenarioFiles.write(SMALL, temp.resolve("s.json")); // overwrites
        try (Stream<Path> files = Files.list(temp)) {
            assertEquals(2, files.count());
        }
    }

    @Test
    void filesReadBackGiveTheInMemoryProblemExactly() throws IOException {
        GeneratorSpec spec = new GeneratorSpec(500, 15, 6, 2, 6, 0.55, 0.65, 7);
        SyntheticScenarioFiles.Written written = SyntheticScenarioFiles.write(spec, temp.resolve("s.json"));
        Scenario read = ScenarioReader.read(written.json());
        assertEquals(SyntheticScenarios.scenario(spec), read);
        assertSameProblem(SyntheticScenarios.problem(spec), ScenarioProblem.of(read).problem());
    }

    @Test
    void modelScenarioGivesTheInMemoryProblemExactly() {
        GeneratorSpec spec = GeneratorSpec.of(400, 30, 30, 11);
        assertSameProblem(SyntheticScenarios.problem(spec), ScenarioProblem.of(SyntheticScenarios.scenario(spec)).problem());
    }

    /** Array by array, bit for bit (assertEquals on doubles compares exactly). */
    static void assertSameProblem(AllocationProblem expected, AllocationProblem actual) {
        assertEquals(expected.regionCount(), actual.regionCount());
        for (int r = 0; r < expected.regionCount(); r++) {
            assertEquals(expected.regionId(r), actual.regionId(r));
            assertEquals(expected.regionWeight(r), actual.regionWeight(r));
        }
        assertEquals(expected.sourceCount(), actual.sourceCount());
        for (int i = 0; i < expected.sourceCount(); i++) {
            assertEquals(expected.sourceRegion(i), actual.sourceRegion(i), "region of source " + i);
            assertEquals(expected.baseline(i), actual.baseline(i), "baseline of source " + i);
            assertEquals(expected.isQuadratic(i), actual.isQuadratic(i));
            assertEquals(expected.blockCount(i), actual.blockCount(i), "blocks of source " + i);
            for (int b = 0; b < expected.blockCount(i); b++) {
                assertEquals(expected.blockAmount(i, b), actual.blockAmount(i, b), "source " + i + " block " + b);
                assertEquals(expected.blockCost(i, b), actual.blockCost(i, b), "source " + i + " block " + b);
            }
        }
        assertEquals(expected.hasCap(), actual.hasCap());
        assertEquals(expected.capRequirement(), actual.capRequirement());
        assertEquals(expected.receptorCount(), actual.receptorCount());
        for (int k = 0; k < expected.receptorCount(); k++) {
            assertEquals(expected.receptorRegion(k), actual.receptorRegion(k));
            assertEquals(expected.receptorRequirement(k), actual.receptorRequirement(k), "receptor " + k);
            for (int r = 0; r < expected.regionCount(); r++) {
                assertEquals(expected.transfer(k, r), actual.transfer(k, r), "transfer " + k + ", " + r);
            }
        }
    }
}
