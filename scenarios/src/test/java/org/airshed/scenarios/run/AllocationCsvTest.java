package org.airshed.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.airshed.core.allocation.ExactAllocationSolver;
import org.airshed.core.io.ScenarioDocument;
import org.airshed.core.study.AllocationReport;
import org.airshed.core.study.SourceOutcome;
import org.airshed.scenarios.generate.GeneratorSpec;
import org.airshed.scenarios.generate.SyntheticScenarios;
import org.junit.jupiter.api.Test;

/**
 * allocation.csv of seeded generated scenarios (several chunks of rows) the same bytes as the
 * path it replaced — a String per cell ({@link ResultNumbers#text}) and a line per row
 * ({@link CsvTable#line}) — on 1 and 2 formatting threads. (GoldenResultsTest and WholeRunRatio's
 * A/B check the files as runs write them.)
 */
class AllocationCsvTest {
    @Test
    void sameBytesAsCellsAsStringsOnSeededSolves() throws IOException {
        for (long seed = 1; seed <= 3; seed++) {
            GeneratorSpec spec = GeneratorSpec.of(CsvChunks.CHUNK_ROWS + 1000 * (int) seed, 10, (int) seed, seed);
            AllocationReport report = new ScenarioRunner(new ExactAllocationSolver(), "test")
                    .solve(ScenarioDocument.of(SyntheticScenarios.scenario(spec))).context().allocation();
            onOneAndTwoThreads(report, reference(report));
        }
    }

    private static void onOneAndTwoThreads(AllocationReport report, byte[] reference) throws IOException {
        for (int threads = 1; threads <= 2; threads++) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            AllocationCsv.of(report, threads).writeTo(bytes);
            assertArrayEquals(reference, bytes.toByteArray(), threads + " threads");
        }
    }

    private static byte[] reference(AllocationReport report) {
        StringBuilder text = new StringBuilder(CsvTable.line(AllocationCsv.COLUMNS));
        for (SourceOutcome s : report.sources()) {
            List<String> cells = new ArrayList<>(List.of(s.id(), s.region(), s.sector(), s.department()));
            for (double v : new double[] {s.baseline(), s.abatement(), s.emissions(), s.cost(), s.marginalCost(), s.price()}) {
                cells.add(ResultNumbers.text(v));
            }
            text.append(CsvTable.line(cells));
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
