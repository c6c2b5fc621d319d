package org.airshed.benchmarks.market;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * {@link ZoneMarketCheckBenchmark}'s two routes in process CPU time (every thread, the collector's
 * included) beside wall time, alternating them in one JVM so that load from other jobs falls on both
 * alike: the check and the run solving the zone equilibrium once, against the route before (two
 * more solves of it). {@code java -Xms4g -Xmx4g -cp benchmarks/target/benchmarks.jar
 * org.airshed.benchmarks.market.ZoneMarketCpuRatio SOURCES REPEATS}
 */
public final class ZoneMarketCpuRatio {
    private ZoneMarketCpuRatio() {
    }

    public static void main(String[] args) {
        ZoneMarketCheckBenchmark b = new ZoneMarketCheckBenchmark();
        b.sources = Integer.parseInt(args[0]);
        int repeats = Integer.parseInt(args[1]);
        b.setUp();
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long onceCpu = 0;
        long againCpu = 0;
        for (int k = 0; k < repeats; k++) {
            long cpu0 = os.getProcessCpuTime();
            long wall0 = System.nanoTime();
            b.checkThenRun();
            long cpu1 = os.getProcessCpuTime();
            long wall1 = System.nanoTime();
            b.checkThenRunSolvingAgain();
            long cpu2 = os.getProcessCpuTime();
            long wall2 = System.nanoTime();
            // Run 0 warms the JIT up (its ratio was 1.09-1.24, the later runs' 0.87-1.03).
            if (k > 0) {
                onceCpu += cpu1 - cpu0;
                againCpu += cpu2 - cpu1;
            }
            System.out.printf(Locale.ROOT, "n=%d run %d: solved once cpu %.2f s wall %.2f s | solved three times"
                            + " cpu %.2f s wall %.2f s | once / three times: cpu %.3f, wall %.3f%n", b.sources, k,
                    (cpu1 - cpu0) / 1e9, (wall1 - wall0) / 1e9, (cpu2 - cpu1) / 1e9, (wall2 - wall1) / 1e9,
                    (double) (cpu1 - cpu0) / (cpu2 - cpu1), (double) (wall1 - wall0) / (wall2 - wall1));
        }
        if (repeats > 1) {
            System.out.printf(Locale.ROOT, "runs 1-%d: once / three times, summed cpu %.3f%n", repeats - 1,
                    (double) onceCpu / againCpu);
        }
    }
}
