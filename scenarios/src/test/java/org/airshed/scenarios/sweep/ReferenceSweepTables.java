package org.airshed.scenarios.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.airshed.scenarios.run.CsvTable;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;

/**
 * The reference for {@link SweepTables}: the result tables as the sweep made them before they were
 * streamed, every row in memory and every statistic from Commons Math's DescriptiveStatistics.
 * Plain and obviously right, for small sweeps; the streamed tables must give the same bytes.
 */
final class ReferenceSweepTables {
    private static final List<String> FIXED = SweepTables.FIXED;
    private static final List<String> STATISTICS = SweepTables.STATISTICS;
    private static final String OK_SHARE = SweepTables.OK_SHARE;
    private static final String ALL = SweepTables.ALL;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final SweepSpec spec;
    private final List<String> lines;
    private final List<Map<String, JsonNode>> rows = new ArrayList<>();
    private final List<String> resultColumns;

    ReferenceSweepTables(SweepSpec spec, List<String> lines) {
        this.spec = spec;
        this.lines = List.copyOf(lines);
        Set<String> columns = new LinkedHashSet<>();
        for (String line : lines) {
            Map<String, JsonNode> flat = new LinkedHashMap<>();
            JsonNode node = parse(line);
            flat.put("run", node.get("run"));
            flat.put("seed", node.get("seed"));
            flat.put("status", node.get("status"));
            flat.put("reason", node.get("reason"));
            node.get("parameters").fields().forEachRemaining(e -> flat.put("parameters." + e.getKey(), e.getValue()));
            flatten("", node.get("results"), flat, columns);
            rows.add(flat);
        }
        this.resultColumns = List.copyOf(columns);
    }

    private static JsonNode parse(String line) {
        try {
            return MAPPER.readTree(line);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException("a journal line that was checked no longer parses", e);
        }
    }

    private static void flatten(String prefix, JsonNode node, Map<String, JsonNode> flat, Set<String> columns) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = prefix + e.getKey();
            if (e.getValue().isObject()) {
                flatten(key + ".", e.getValue(), flat, columns);
            } else {
                flat.put(key, e.getValue());
                columns.add(key);
            }
        }
    }

    /** Runs per status (ok, infeasible, invalid, error), in name order. */
    Map<String, Integer> statusCounts() {
        Map<String, Integer> counts = new TreeMap<>();
        rows.forEach(r -> counts.merge(r.get("status").asText(), 1, Integer::sum));
        return counts;
    }

    String jsonLines() {
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            text.append(line).append('\n');
        }
        return text.toString();
    }

    /** Parameters whose values are columns (an independent draw has one value per field: runs.jsonl only). */
    private List<SweepParameter> parameterColumns() {
        return spec.parameters().stream().filter(p -> !p.independent()).toList();
    }

    String runsCsv() {
        List<String> header = new ArrayList<>(FIXED);
        parameterColumns().forEach(p -> header.add(p.name()));
        header.addAll(resultColumns);
        CsvTable table = new CsvTable(header);
        for (Map<String, JsonNode> row : rows) {
            CsvTable.Row r = table.row();
            for (String c : FIXED) {
                r.text(cell(row.get(c)));
            }
            parameterColumns().forEach(p -> r.text(cell(row.get("parameters." + p.name()))));
            for (String c : resultColumns) {
                r.text(cell(row.get(c)));
            }
            r.end();
        }
        return table.text();
    }

    /**
     * Per parameter value (each list or grid parameter, and "all" for every run): count, mean,
     * standard deviation, extremes and Commons Math's default percentile estimates of each
     * numeric column over the ok runs; yes/no columns count as 1/0, so their mean is a share.
     */
    String summaryCsv() {
        CsvTable table = new CsvTable(STATISTICS);
        statistics(ALL, "", rows, table);
        for (SweepParameter p : spec.dimensions()) {
            Map<String, List<Map<String, JsonNode>>> groups = new LinkedHashMap<>();
            for (JsonNode value : ((ParameterValues.Dimension) p.values()).values()) {
                groups.put(cell(SweepPlan.normalized(value)), new ArrayList<>());
            }
            for (Map<String, JsonNode> r : rows) {
                List<Map<String, JsonNode>> group = groups.get(cell(r.get("parameters." + p.name())));
                if (group != null) {
                    group.add(r);
                }
            }
            groups.forEach((v, group) -> statistics(p.name(), v, group, table));
        }
        return table.text();
    }

    private void statistics(String parameter, String value, List<Map<String, JsonNode>> group, CsvTable table) {
        DescriptiveStatistics ok = new DescriptiveStatistics();
        group.forEach(r -> ok.addValue(SweepRow.OK.equals(r.get("status").asText()) ? 1 : 0));
        row(table, parameter, value, OK_SHARE, ok);
        for (String c : resultColumns) {
            DescriptiveStatistics s = new DescriptiveStatistics();
            for (Map<String, JsonNode> r : group) {
                JsonNode v = r.get(c);
                if (!SweepRow.OK.equals(r.get("status").asText()) || v == null) {
                    continue;
                }
                if (v.isNumber()) {
                    s.addValue(v.doubleValue());
                } else if (v.isBoolean()) {
                    s.addValue(v.booleanValue() ? 1 : 0);
                }
            }
            if (s.getN() > 0) {
                row(table, parameter, value, c, s);
            }
        }
    }

    private static void row(CsvTable table, String parameter, String value, String metric, DescriptiveStatistics s) {
        CsvTable.Row r = table.row().text(parameter).text(value).text(metric).number(s.getN());
        if (s.getN() == 0) {
            for (int i = 0; i < STATISTICS.size() - 4; i++) {
                r.text(null);
            }
        } else {
            r.number(s.getMean()).number(s.getN() > 1 ? s.getStandardDeviation() : 0).number(s.getMin())
                    .number(s.getPercentile(5)).number(s.getPercentile(25)).number(s.getPercentile(50))
                    .number(s.getPercentile(75)).number(s.getPercentile(95)).number(s.getMax());
        }
        r.end();
    }

    private static String cell(JsonNode v) {
        return SweepTables.cell(v);
    }
}
