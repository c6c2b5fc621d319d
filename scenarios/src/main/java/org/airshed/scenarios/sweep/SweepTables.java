package org.airshed.scenarios.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.airshed.scenarios.pipeline.FileMover;
import org.airshed.scenarios.pipeline.ResultMoves;
import org.airshed.scenarios.run.CsvTable;
import org.airshed.scenarios.run.ResultNumbers;

/**
 * The sweep's result files, made from its lines in run order, so that they depend on nothing but
 * the runs (not on which finished first, how many threads, shards or machines ran them, or whether
 * the sweep was interrupted): {@code runs.jsonl} (the lines), {@code runs.csv} (one column per
 * parameter, then every headline value flattened to its dotted summary.json path) and
 * {@code summary.csv} (statistics of every numeric and yes/no column per parameter value).
 * Streamed: one line is in memory at a time while runs.jsonl and runs.csv are written, and
 * summary.csv is computed from a spill file a batch of columns at a time
 * ({@link SummaryStatistics}). The three files are written into a staging directory and moved
 * in together at the end, all or nothing ({@link ResultMoves}): a failed move puts the earlier tables back.
 */
final class SweepTables {
    static final List<String> FIXED = List.of("run", "seed", "status", "reason");
    static final List<String> STATISTICS = List.of("parameter", "value", "metric", "n", "mean", "sd", "min", "p5", "p25",
            "median", "p75", "p95", "max");
    /** The share of runs that were ok, per parameter value (a metric of its own). */
    static final String OK_SHARE = "status.ok";
    /** The group of every run in summary.csv. */
    static final String ALL = "all";
    /** The metric columns summary.csv holds at a time may take this share of the heap. */
    private static final int HEAP_SHARE = 4;
    /** Where the tables are made before they are moved in. */
    static final String STAGING = ResultMoves.TABLES_STAGING;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SweepTables() {
    }

    /**
     * Writes runs.jsonl, runs.csv and summary.csv into {@code directory} from {@code lines}, every
     * run's line in run order; returns the runs per status (ok, infeasible, invalid, error), in
     * name order.
     */
    static Map<String, Integer> write(SweepSpec spec, Iterator<String> lines, Path directory) throws IOException {
        return write(spec, lines, directory, Runtime.getRuntime().maxMemory() / HEAP_SHARE);
    }

    /** The same, with {@code budget} bytes for the metric columns summary.csv holds at a time. */
    static Map<String, Integer> write(SweepSpec spec, Iterator<String> lines, Path directory, long budget)
            throws IOException {
        return write(spec, lines, directory, budget, FileMover.SYSTEM);
    }

    /** The same, the tables moved in by {@code mover} (a test's, failing at a chosen move). */
    static Map<String, Integer> write(SweepSpec spec, Iterator<String> lines, Path directory, long budget,
                                      FileMover mover) throws IOException {
        Path staging = directory.resolve(STAGING);
        // A set left half-moved is settled before its staging directory, which tells what had moved, goes.
        ResultMoves.recover(directory, mover);
        deleteTree(staging);
        Files.createDirectories(staging);
        Map<String, Integer> statuses;
        List<String> tables = List.of(SweepRunner.RUNS_JSONL, SweepRunner.RUNS_CSV, SweepRunner.SUMMARY_CSV);
        try {
            SummaryGroups groups = new SummaryGroups(spec);
            Path jsonl = staging.resolve(SweepRunner.RUNS_JSONL);
            Path spill = staging.resolve("values.bin");
            FirstPass first = firstPass(lines, groups, jsonl, spill);
            Path csv = staging.resolve(SweepRunner.RUNS_CSV);
            runsCsv(spec, first.columns(), jsonl, csv);
            Path summary = staging.resolve(SweepRunner.SUMMARY_CSV);
            List<String> metrics = new ArrayList<>();
            metrics.add(OK_SHARE);
            metrics.addAll(first.columns());
            try (Writer out = Files.newBufferedWriter(summary, StandardCharsets.UTF_8)) {
                new SummaryStatistics(spill, first.runs(), groups, first.groupSizes(), metrics, budget)
                        .write(staging.resolve("statistics.bin"), out);
            }
            for (String table : tables) {
                refuseNonFile(directory.resolve(table));
            }
            statuses = first.statuses();
        } catch (IOException | RuntimeException | Error e) {
            deleteTree(staging);
            throw e;
        }
        // All or nothing: a failed move puts the earlier tables back (staging stays only while some cannot go back).
        ResultMoves.commit(directory, STAGING, tables, tables, List.of(), mover);
        return statuses;
    }

    /**
     * What the first pass over the lines learns.
     *
     * @param columns    result columns in the order they first appear
     * @param groupSizes runs per summary group
     */
    private record FirstPass(int runs, List<String> columns, int[] groupSizes, Map<String, Integer> statuses) {
    }

    /** Writes runs.jsonl and the spill; finds the result columns, the group sizes and the statuses. */
    private static FirstPass firstPass(Iterator<String> lines, SummaryGroups groups, Path jsonl, Path spill)
            throws IOException {
        Map<String, Integer> columns = new LinkedHashMap<>();
        Map<String, Integer> statuses = new TreeMap<>();
        int[] groupSizes = new int[groups.count()];
        int[] rowGroups = new int[groups.dimensions()];
        int[] entryColumns = new int[64];
        double[] entryValues = new double[64];
        int runs = 0;
        try (Writer out = Files.newBufferedWriter(jsonl, StandardCharsets.UTF_8);
             ValueSpill.Writer values = new ValueSpill.Writer(spill)) {
            while (lines.hasNext()) {
                String line = lines.next();
                out.write(line);
                out.write('\n');
                FlatRow row = FlatRow.of(parse(line));
                runs++;
                groupSizes[0]++;
                statuses.merge(row.status(), 1, Integer::sum);
                for (int d = 0; d < rowGroups.length; d++) {
                    rowGroups[d] = groups.group(d, cell(row.get("parameters." + groups.parameter(d))));
                    if (rowGroups[d] >= 0) {
                        groupSizes[rowGroups[d]]++;
                    }
                }
                int count = 0;
                for (String column : row.results()) {
                    int c = columns.computeIfAbsent(column, k -> columns.size());
                    JsonNode v = row.get(column);
                    if (!row.isOk() || !(v.isNumber() || v.isBoolean())) {
                        continue;
                    }
                    if (count == entryColumns.length) {
                        entryColumns = Arrays.copyOf(entryColumns, 2 * count);
                        entryValues = Arrays.copyOf(entryValues, 2 * count);
                    }
                    entryColumns[count] = c;
                    entryValues[count++] = v.isBoolean() ? (v.booleanValue() ? 1 : 0) : v.doubleValue();
                }
                values.row(row.isOk(), rowGroups, count, entryColumns, entryValues);
            }
        }
        return new FirstPass(runs, List.copyOf(columns.keySet()), groupSizes, statuses);
    }

    /** runs.csv from the staged runs.jsonl, now that every column is known. */
    private static void runsCsv(SweepSpec spec, List<String> columns, Path jsonl, Path csv) throws IOException {
        List<SweepParameter> parameters = spec.parameters().stream().filter(p -> !p.independent()).toList();
        List<String> header = new ArrayList<>(FIXED);
        parameters.forEach(p -> header.add(p.name()));
        header.addAll(columns);
        try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8);
             Writer out = new BufferedWriter(Files.newBufferedWriter(csv, StandardCharsets.UTF_8), 1 << 16)) {
            out.write(CsvTable.line(header));
            List<String> cells = new ArrayList<>(header.size());
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                FlatRow row = FlatRow.of(parse(line));
                cells.clear();
                for (String c : FIXED) {
                    cells.add(cell(row.get(c)));
                }
                parameters.forEach(p -> cells.add(cell(row.get("parameters." + p.name()))));
                for (String c : columns) {
                    cells.add(cell(row.get(c)));
                }
                out.write(CsvTable.line(cells));
            }
        }
    }

    private static JsonNode parse(String line) {
        try {
            return MAPPER.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException("a journal line that was checked no longer parses", e);
        }
    }

    static String cell(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isIntegralNumber()) {
            return v.asText();
        }
        if (v.isNumber()) {
            return ResultNumbers.text(v.doubleValue());
        }
        return v.asText();
    }

    /**
     * Refuses, before the first table moves, a place that holds something other than a file (a
     * directory named runs.csv): the move would fail there and leave the tables of two sweeps side by side.
     */
    private static void refuseNonFile(Path target) {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new SweepDirectoryException(target + ": is not a regular file; the sweep's table "
                    + target.getFileName() + " goes there: move it away and run the sweep again (its journal keeps"
                    + " every finished run; the tables are made again from it)");
        }
    }

    /** Deletes {@code directory} and everything in it, following no link (a link itself is deleted). */
    static void deleteTree(Path directory) throws IOException {
        if (!Files.exists(directory, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
