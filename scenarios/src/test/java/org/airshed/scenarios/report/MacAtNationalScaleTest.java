package org.airshed.scenarios.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.airshed.core.allocation.AllocationProblem;
import org.airshed.scenarios.generate.GeneratorSpec;
import org.airshed.scenarios.generate.SyntheticScenarios;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A million sources (five million blocks, 200 regions): mac.csv keeps its row budget and the
 * report's curve stays a few hundred points, and both take seconds, not minutes. Prints the
 * times it measures (README, "Reports").
 */
@Tag("slow")
class MacAtNationalScaleTest {
    @Test
    void aMillionSourcesGiveABoundedMacCsvAndChart() {
        AllocationProblem problem = SyntheticScenarios.problem(GeneratorSpec.of(1_000_000, 200, 10, 20261122)
                .withExactBlocks(5));
        // CPU time of this thread: the build machine is shared, so wall time says little.
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = cpu.getCurrentThreadCpuTime();
        List<MacCurve> curves = MacCurves.of(problem);
        long computed = cpu.getCurrentThreadCpuTime();
        String csv = MacCsv.of(curves);
        long written = cpu.getCurrentThreadCpuTime();
        long rows = csv.lines().count() - 1;
        assertTrue(rows <= MacCurves.TOTAL_ROWS + MacCurves.REGION_ROWS, rows + " rows");
        ResultSource source = new ResultSource(java.nio.file.Path.of("."), "national", Map.of(MacCsv.NAME, csv));
        List<MacCurve> read = MacCsvReader.read(source).orElseThrow();
        int drawn = ChartCurve.rows(read.get(0)).size();
        long charted = cpu.getCurrentThreadCpuTime();
        assertTrue(drawn <= 2 * ChartCurve.SPREAD + 2, drawn + " points drawn");
        System.out.printf("mac.csv at 10^6 sources: %d breakpoints in the total curve, %d rows (%.1f MB);"
                        + " CPU time: curves %.2f s, text %.2f s, read back and thinned to %d points %.2f s%n",
                curves.get(0).breakpoints(), rows, csv.length() / 1e6, (computed - start) / 1e9,
                (written - computed) / 1e9, drawn, (charted - written) / 1e9);
    }
}
