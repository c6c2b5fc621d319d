package org.airshed.scenarios.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.airshed.core.allocation.AllocationProblem;
import org.airshed.scenarios.generate.GeneratorSpec;
import org.airshed.scenarios.generate.SyntheticScenarios;
import org.junit.jupiter.api.Test;

/**
 * A run hands its report the curves it writes to mac.csv instead of reading the file back: the
 * reference is that round trip ({@link MacCsvReader} on {@link MacCsv#of}), which must give the
 * same curves, number for number (bit for bit), and the streamed file the same bytes on 1 or 2
 * formatting threads.
 */
class MacCsvTest {
    @Test
    void theCurvesHandedOverAreMacCsvReadBackOn300RandomProblems() throws IOException {
        SplittableRandom random = new SplittableRandom(20261206);
        for (int instance = 0; instance < 300; instance++) {
            assertHandedIsRead(MacCurves.of(MacCurvesTest.random(random, instance)), "instance " + instance);
        }
    }

    @Test
    void theThinnedCurvesOfANationalInventoryAreMacCsvReadBack() throws IOException {
        AllocationProblem problem = SyntheticScenarios.problem(GeneratorSpec.of(40_000, 50, 10, 17).withExactBlocks(5));
        assertHandedIsRead(MacCurves.of(problem, 5_000, 500), "national");
    }

    private static void assertHandedIsRead(List<MacCurve> handed, String where) throws IOException {
        String text = MacCsv.of(handed);
        for (int threads = 0; threads <= 2; threads++) {
            ByteArrayOutputStream streamed = new ByteArrayOutputStream();
            MacCsv.file(handed, threads).content().writeTo(streamed);
            assertEquals(text, streamed.toString(StandardCharsets.UTF_8), where + ": the streamed file, threads " + threads);
        }
        List<MacCurve> read = MacCsvReader.read(new ResultSource(Path.of("."), "test", Map.of(MacCsv.NAME, text)))
                .orElseThrow();
        List<MacCurve> drawn = new ArrayList<>();
        for (MacCurve curve : handed) {
            if (curve.size() > 0) {
                drawn.add(curve); // a curve without points has no row, so nothing to draw either way
            }
        }
        assertEquals(drawn.size(), read.size(), where + ": curves");
        for (int k = 0; k < drawn.size(); k++) {
            String curve = where + ", curve " + drawn.get(k).region();
            assertEquals(drawn.get(k).region(), read.get(k).region(), curve);
            assertArrayEquals(bits(read.get(k).price()), bits(drawn.get(k).price()), curve + " prices");
            assertArrayEquals(bits(read.get(k).abatement()), bits(drawn.get(k).abatement()), curve + " abatements");
            assertArrayEquals(bits(read.get(k).cost()), bits(drawn.get(k).cost()), curve + " costs");
        }
    }

    private static long[] bits(double[] values) {
        long[] bits = new long[values.length];
        for (int k = 0; k < values.length; k++) {
            bits[k] = Double.doubleToRawLongBits(values[k]);
        }
        return bits;
    }
}
