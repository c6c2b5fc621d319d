package org.airshed.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.airshed.core.allocation.ExactAllocationSolver;
import org.airshed.scenarios.library.ScenarioLibrary;
import org.airshed.scenarios.pipeline.RunContext;
import org.junit.jupiter.api.Test;

/**
 * The several-pollutant allocation.csv streamed in chunks (here of 1 to 7 rows, on 1 to 3
 * threads) the same text as the whole table it was written as before, on the bundled
 * version-2 scenario.
 */
class MultiAllocationCsvTest {
    @Test
    void streamedInChunksIsTheWholeTable() throws IOException {
        ScenarioRunner runner = new ScenarioRunner(new ExactAllocationSolver(), "test");
        RunContext context = runner.solve(ScenarioLibrary.bundled().document("yrd-pm25")).context();
        String whole = MultiAllocationCsv.text(context.multiAllocation(), context.multiProblem());
        int rows = MultiAllocationCsv.rowCount(context.multiProblem());
        for (int threads = 1; threads <= 3; threads++) {
            for (int chunk = 1; chunk <= 7; chunk += 3) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                CsvChunks.streamed(MultiAllocationCsv.COLUMNS, rows,
                        MultiAllocationCsv.rows(context.multiAllocation(), context.multiProblem()), threads, chunk)
                        .writeTo(out);
                assertEquals(whole, out.toString(StandardCharsets.UTF_8), threads + " threads, chunks of " + chunk);
            }
        }
    }
}
