package org.airshed.benchmarks.io;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.airshed.core.io.SourcesCsvFile;
import org.airshed.core.model.SourceTable;

/**
 * The process CPU (all threads, SHA-256 included) and wall time of each sources-CSV reader on one
 * file, the readers in turn, round after round; medians of the rounds after the first. JMH
 * ({@link SourcesCsvReadBenchmark}) gives the wall-time ratios; this gives the CPU a parallel read spends.
 * Usage: {@code SourcesCsvReadCpu CSV [ROUNDS]}.
 */
public final class SourcesCsvReadCpu {
    private SourcesCsvReadCpu() {
    }

    public static void main(String[] args) {
        Path csv = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Map<String, Supplier<SourceTable>> readers = new LinkedHashMap<>();
        readers.put("byte-level, 2 threads", () -> SourcesCsvFile.read(csv, 2));
        readers.put("byte-level, 1 thread", () -> SourcesCsvFile.read(csv, 1));
        readers.put("row by row (before)", () -> SourcesCsvFile.readRowByRow(csv));
        Map<String, List<double[]>> measured = new LinkedHashMap<>();
        for (int r = 0; r < rounds; r++) {
            for (Map.Entry<String, Supplier<SourceTable>> reader : readers.entrySet()) {
                System.gc();
                long wall = System.nanoTime();
                long cpu = os.getProcessCpuTime();
                int sources = reader.getValue().get().size();
                double[] times = {(System.nanoTime() - wall) / 1e9, (os.getProcessCpuTime() - cpu) / 1e9};
                System.out.printf(Locale.ROOT, "round %d  %-22s %d sources  %.2f s wall  %.2f s CPU%n", r,
                        reader.getKey(), sources, times[0], times[1]);
                if (r > 0) {
                    measured.computeIfAbsent(reader.getKey(), k -> new ArrayList<>()).add(times);
                }
            }
        }
        for (Map.Entry<String, List<double[]>> reader : measured.entrySet()) {
            System.out.printf(Locale.ROOT, "median %-22s %.2f s wall  %.2f s CPU%n", reader.getKey(),
                    median(reader.getValue(), 0), median(reader.getValue(), 1));
        }
    }

    private static double median(List<double[]> times, int which) {
        double[] values = times.stream().mapToDouble(t -> t[which]).sorted().toArray();
        return values[values.length / 2];
    }
}
