package org.airshed.scenarios.sweep;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.airshed.scenarios.run.CsvTable;
import org.airshed.scenarios.run.ResultNumbers;

/**
 * summary.csv from the spill, in memory bounded by the number of runs, not by runs × columns:
 * the metrics (the share of ok runs, then every result column) are taken a batch at a time, each
 * as one primitive array over the runs; every group's values are gathered from it in run order
 * and summarised ({@link ColumnStatistics}); the rows are then written group by group.
 */
final class SummaryStatistics {
    /** The first metric: 1 for an ok run, 0 otherwise, over every run of the group. */
    static final int OK_SHARE = 0;

    private final Path spill;
    private final int runs;
    private final SummaryGroups groups;
    private final int[] groupSizes;
    private final List<String> metrics;
    private final long budget;

    /**
     * @param groupSizes runs per group, by group number
     * @param metrics    {@code status.ok}, then the result columns by column number + 1
     * @param budget     bytes the metric arrays of one batch may take (at least one metric is taken)
     */
    SummaryStatistics(Path spill, int runs, SummaryGroups groups, int[] groupSizes, List<String> metrics, long budget) {
        this.spill = spill;
        this.runs = runs;
        this.groups = groups;
        this.groupSizes = groupSizes;
        this.metrics = metrics;
        this.budget = budget;
    }

    /** Computes every group's statistics into {@code slotsFile}, then writes summary.csv to {@code out}. */
    void write(Path slotsFile, Writer out) throws IOException {
        try (StatisticsSlots slots = new StatisticsSlots(slotsFile, metrics.size())) {
            int[][] members = membersByGroup();
            long perMetric = 8L * Math.max(runs, 1);
            int batch = (int) Math.max(1, Math.min(metrics.size(), budget / perMetric));
            double[] scratch = new double[runs];
            for (int from = 0; from < metrics.size(); from += batch) {
                double[][] values = load(from, Math.min(batch, metrics.size() - from));
                for (int m = 0; m < values.length; m++) {
                    summarise(values[m], from + m, members, scratch, slots);
                }
            }
            out.write(CsvTable.line(SweepTables.STATISTICS));
            for (int g = 0; g < groups.count(); g++) {
                for (int m = 0; m < metrics.size(); m++) {
                    ColumnStatistics s = slots.get(g, m);
                    if (m == OK_SHARE || s.n() > 0) {
                        out.write(CsvTable.line(cells(g, metrics.get(m), s)));
                    }
                }
            }
        }
    }

    /** Per list or grid parameter, the runs of each of its groups in run order, one group after another. */
    private int[][] membersByGroup() throws IOException {
        int dimensions = groups.dimensions();
        int[][] members = new int[dimensions][];
        int[][] cursor = new int[dimensions][];
        for (int d = 0; d < dimensions; d++) {
            cursor[d] = new int[groups.size(d)];
            int total = 0;
            for (int local = 0; local < groups.size(d); local++) {
                cursor[d][local] = total;
                total += groupSizes[groups.first(d) + local];
            }
            members[d] = new int[total];
        }
        try (ValueSpill.Reader in = new ValueSpill.Reader(spill, dimensions)) {
            for (int run = 0; in.next(); run++) {
                for (int d = 0; d < dimensions; d++) {
                    int g = in.group(d);
                    if (g >= 0) {
                        members[d][cursor[d][g - groups.first(d)]++] = run;
                    }
                }
            }
        }
        return members;
    }

    /** Metrics {@code from .. from + count - 1} as arrays over the runs; NaN where a run has no value. */
    private double[][] load(int from, int count) throws IOException {
        double[][] values = new double[count][runs];
        for (double[] v : values) {
            Arrays.fill(v, Double.NaN);
        }
        try (ValueSpill.Reader in = new ValueSpill.Reader(spill, groups.dimensions())) {
            for (int run = 0; in.next(); run++) {
                if (from == OK_SHARE) {
                    values[0][run] = in.ok() ? 1 : 0;
                }
                for (int i = 0; i < in.count(); i++) {
                    int m = in.column(i) + 1 - from;
                    if (m >= 0 && m < count) {
                        values[m][run] = in.value(i);
                    }
                }
            }
        }
        return values;
    }

    private void summarise(double[] values, int metric, int[][] members, double[] scratch, StatisticsSlots slots)
            throws IOException {
        int n = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                scratch[n++] = v;
            }
        }
        slots.put(0, metric, ColumnStatistics.of(scratch, n));
        for (int d = 0; d < groups.dimensions(); d++) {
            int at = 0;
            for (int local = 0; local < groups.size(d); local++) {
                int g = groups.first(d) + local;
                n = 0;
                for (int end = at + groupSizes[g]; at < end; at++) {
                    double v = values[members[d][at]];
                    if (!Double.isNaN(v)) {
                        scratch[n++] = v;
                    }
                }
                slots.put(g, metric, ColumnStatistics.of(scratch, n));
            }
        }
    }

    private List<String> cells(int group, String metric, ColumnStatistics s) {
        List<String> cells = new ArrayList<>(SweepTables.STATISTICS.size());
        cells.add(groups.parameterOf(group));
        cells.add(groups.valueOf(group));
        cells.add(metric);
        cells.add(Long.toString(s.n()));
        for (double x : new double[] {s.mean(), s.sd(), s.min(), s.p5(), s.p25(), s.median(), s.p75(), s.p95(), s.max()}) {
            cells.add(s.n() == 0 ? null : ResultNumbers.text(x));
        }
        return cells;
    }
}
