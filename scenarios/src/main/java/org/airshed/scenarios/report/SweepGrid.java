package org.airshed.scenarios.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/**
 * runs.csv over two swept parameters, streamed (a sweep may have 100,000 runs): per pair of
 * values, the ok runs, the mean of one metric over them, and the share of them in which each
 * rule is individually rational and in the core (a run where a rule is undefined does not count
 * for that rule).
 */
final class SweepGrid {
    static final String OK = "ok";

    private final Map<List<String>, Cell> cells = new HashMap<>();
    private final List<String> rules;

    private SweepGrid(List<String> rules) {
        this.rules = List.copyOf(rules);
    }

    /** One pair of values: counts over its ok runs. */
    static final class Cell {
        int ok;
        int defined;
        double sum;
        final int[] rational;
        final int[] rationalDefined;
        final int[] core;
        final int[] coreDefined;

        Cell(int rules) {
            rational = new int[rules];
            rationalDefined = new int[rules];
            core = new int[rules];
            coreDefined = new int[rules];
        }

        double mean() {
            return defined == 0 ? Double.NaN : sum / defined;
        }
    }

    Cell cell(String x, String y) {
        return cells.get(List.of(x, y));
    }

    List<String> rules() {
        return rules;
    }

    static SweepGrid read(ResultSource source, String file, String x, String y, String metric, List<String> rules) {
        String name = source.name(file);
        return source.read(file, reader -> CsvShape.read(name, reader, List.of("status", x, y), shape -> {
            SweepGrid grid = new SweepGrid(rules);
            List<String> header = shape.header();
            boolean hasMetric = metric != null && header.contains(metric);
            // Each rule's two yes/no columns, null when runs.csv lacks one.
            List<String[]> ruleColumns = new ArrayList<>();
            for (String rule : rules) {
                String rational = "compensation.rules." + rule + ".individuallyRational";
                String core = "compensation.rules." + rule + ".inCore";
                ruleColumns.add(new String[] {header.contains(rational) ? rational : null,
                        header.contains(core) ? core : null});
            }
            for (CSVRecord row : shape.rows()) {
                if (!OK.equals(row.get("status"))) {
                    continue;
                }
                Cell cell = grid.cells.computeIfAbsent(List.of(row.get(x), row.get(y)), k -> new Cell(rules.size()));
                cell.ok++;
                if (hasMetric && !row.get(metric).isEmpty()) {
                    cell.sum += number(name, row, metric);
                    cell.defined++;
                }
                for (int r = 0; r < rules.size(); r++) {
                    count(row, ruleColumns.get(r)[0], cell.rational, cell.rationalDefined, r);
                    count(row, ruleColumns.get(r)[1], cell.core, cell.coreDefined, r);
                }
            }
            return grid;
        }));
    }

    private static void count(CSVRecord row, String column, int[] yes, int[] defined, int r) {
        if (column == null) {
            return;
        }
        String cell = row.get(column);
        if (cell.equals("true") || cell.equals("false")) {
            defined[r]++;
            yes[r] += cell.equals("true") ? 1 : 0;
        }
    }

    private static double number(String file, CSVRecord row, String column) {
        String cell = row.get(column);
        try {
            double value = Double.parseDouble(cell);
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, with where it is
        }
        throw new ReportInputException(file, "line " + CsvShape.line(row) + ", column " + column, cell,
                "not a number");
    }
}
