package org.airshed.benchmarks.market;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import org.airshed.core.allocation.ExactAllocationSolver;
import org.airshed.core.model.Scenario;
import org.airshed.core.study.AllocationReport;
import org.airshed.core.study.AllocationStudy;
import org.airshed.market.permits.AllocationRule;
import org.airshed.market.study.MarketReport;
import org.airshed.market.study.MarketSpec;
import org.airshed.market.study.MarketStudy;
import org.airshed.market.study.Mechanism;
import org.airshed.scenarios.generate.GeneratorSpec;
import org.airshed.scenarios.generate.SyntheticScenarios;

/**
 * {@link MarketStudyBenchmark}'s market against its allocation study in process CPU time (every
 * thread, the garbage collector's included) as well as wall time, alternating the two on the same
 * scenario. CPU time is what a loaded machine does not inflate: when other jobs keep both cores
 * busy, wall times of a garbage-heavy run swing by several times, CPU time by little.
 * {@code java -Xms12g -Xmx12g -cp benchmarks/target/benchmarks.jar
 * org.airshed.benchmarks.market.MarketCpuRatio SOURCES REPEATS}
 */
public final class MarketCpuRatio {
    private MarketCpuRatio() {
    }

    public static void main(String[] args) {
        int sources = Integer.parseInt(args[0]);
        int repeats = Integer.parseInt(args[1]);
        Scenario scenario = SyntheticScenarios.scenario(GeneratorSpec.of(sources, MarketStudyBenchmark.REGIONS, 0,
                MarketStudyBenchmark.SEED).withExactBlocks(MarketStudyBenchmark.BLOCKS));
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        ExactAllocationSolver solver = new ExactAllocationSolver();
        MarketSpec spec = MarketSpec.of(AllocationRule.GRANDFATHERING, Mechanism.EQUILIBRIUM, 0);
        for (int k = 0; k < repeats; k++) {
            long cpu0 = os.getProcessCpuTime();
            long wall0 = System.nanoTime();
            AllocationReport allocation = AllocationStudy.run(scenario, solver);
            long cpu1 = os.getProcessCpuTime();
            long wall1 = System.nanoTime();
            MarketReport market = MarketStudy.run(scenario, spec, MarketStudyBenchmark.SEED);
            long cpu2 = os.getProcessCpuTime();
            long wall2 = System.nanoTime();
            System.out.printf(Locale.ROOT, "n=%d run %d: allocation study cpu %.2f s wall %.2f s | market cpu %.2f s"
                            + " wall %.2f s | market / allocation: cpu %.1f, wall %.1f (%d trades, %s)%n", sources, k,
                    (cpu1 - cpu0) / 1e9, (wall1 - wall0) / 1e9, (cpu2 - cpu1) / 1e9, (wall2 - wall1) / 1e9,
                    (double) (cpu2 - cpu1) / (cpu1 - cpu0), (double) (wall2 - wall1) / (wall1 - wall0),
                    market.trades().size(), allocation.isOptimal() ? "optimal" : "NOT optimal");
        }
    }
}
