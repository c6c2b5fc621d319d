package org.airshed.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs {@code from} to {@code to - 1} of a sweep: one Spark partition. Ranges are contiguous and
 * in order, so the driver reads the partitions one after another and gets the lines in run order
 * without a shuffle; there are several per core, so Spark balances dear and cheap parts of the grid.
 */
record RunRange(int from, int to) implements Serializable {
    private static final long serialVersionUID = 1L;

    RunRange {
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("a run range is from <= to: " + from + ".." + to);
        }
    }

    /** {@code runs} runs in at most {@code parts} ranges of sizes differing by at most one. */
    static List<RunRange> split(int runs, int parts) {
        int count = Math.max(1, Math.min(parts, runs));
        List<RunRange> ranges = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ranges.add(new RunRange((int) ((long) runs * i / count), (int) ((long) runs * (i + 1) / count)));
        }
        return ranges;
    }
}
