package org.airshed.scenarios.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A sweep's report from its tables (summary.csv and runs.csv): how many runs solved, then per
 * swept parameter the spread of the headline numbers and how often each rule works, then heat
 * maps over pairs of swept parameters.
 */
final class SweepReportBuilder {
    static final String RUNS = "runs.csv";
    static final String STATISTICS = "summary.csv";
    /** summary.csv's columns the report reads: the group, the metric and the statistics it draws. */
    static final List<String> STATISTICS_COLUMNS = List.of("parameter", "value", "metric", "n", "mean", "min",
            "median", "max");
    static final Map<String, String> FILES = files();

    private SweepReportBuilder() {
    }

    static Report of(ResultSource source, SweepAbout about) {
        CsvRows table = source.csv(STATISTICS, STATISTICS_COLUMNS).orElseThrow(() -> new ReportInputException(
                source.name(STATISTICS) + ": not found; a sweep writes it when every run is done", null));
        SweepStatistics stats = new SweepStatistics(table);
        DisplayUnits units = DisplayUnits.of(about.units());
        List<String> metrics = stats.metrics();
        List<SweepMetrics.Metric> headlines = SweepMetrics.present(metrics);
        List<String> rules = SweepMetrics.rules(metrics);
        Set<String> taken = new HashSet<>();
        Map<String, String> slugs = new LinkedHashMap<>();
        stats.parameters().keySet().forEach(p -> slugs.put(p, Slug.of(p, taken)));
        List<ReportSection> sections = new ArrayList<>();
        for (Map.Entry<String, List<String>> p : stats.parameters().entrySet()) {
            List<Chart> charts = new ArrayList<>();
            if (!headlines.isEmpty()) {
                charts.add(SweepCharts.distributions(p.getKey(), slugs.get(p.getKey()), p.getValue(), stats,
                        headlines, units));
            }
            if (!rules.isEmpty()) {
                charts.add(SweepCharts.rules(p.getKey(), slugs.get(p.getKey()), p.getValue(), stats, rules));
            }
            if (!charts.isEmpty()) {
                sections.add(new ReportSection("By " + p.getKey(), "Every run with " + p.getKey() + " at each of its "
                        + p.getValue().size() + " values, the other parameters varying as the sweep varies them.",
                        charts));
            }
        }
        pairs(source, stats, headlines, rules, slugs, units, sections);
        List<String> facts = new ArrayList<>();
        if (!about.scenario().isEmpty()) {
            facts.add("base scenario: " + about.scenario());
        }
        if (about.knowsUnits()) {
            facts.add("units: " + units.mass() + ", " + units.money() + ", " + units.concentration());
        }
        List<Report.FileNote> files = new ArrayList<>();
        FILES.forEach((file, note) -> {
            if (source.has(file)) {
                files.add(new Report.FileNote(file, note));
            }
        });
        String[] description = about.description().strip().split("\n\\s*\n", 2);
        return new Report(about.name() + ": Airshed sweep results", description[0],
                description.length > 1 ? description[1] : "", facts, SweepHeadlines.of(stats, headlines, rules, units),
                List.of(), sections, files);
    }

    private static void pairs(ResultSource source, SweepStatistics stats, List<SweepMetrics.Metric> headlines,
                              List<String> rules, Map<String, String> slugs, DisplayUnits units,
                              List<ReportSection> sections) {
        List<String> parameters = new ArrayList<>(stats.parameters().keySet());
        if (parameters.size() < 2 || !source.has(RUNS) || (headlines.isEmpty() && rules.isEmpty())) {
            return;
        }
        int drawn = 0;
        for (int i = 0; i < parameters.size() && drawn < SweepCharts.MOST_PAIRS; i++) {
            for (int j = i + 1; j < parameters.size() && drawn < SweepCharts.MOST_PAIRS; j++) {
                String x = parameters.get(i);
                String y = parameters.get(j);
                SweepMetrics.Metric lead = headlines.isEmpty() ? null : headlines.get(0);
                SweepGrid grid = SweepGrid.read(source, RUNS, x, y, lead == null ? null : lead.path(), rules);
                String pair = slugs.get(x) + "-" + slugs.get(y);
                List<Chart> charts = new ArrayList<>();
                List<String> xs = stats.parameters().get(x);
                List<String> ys = stats.parameters().get(y);
                if (lead != null) {
                    charts.add(SweepCharts.grid(x, y, pair, xs, ys, grid, lead, units));
                }
                if (!rules.isEmpty()) {
                    charts.add(SweepCharts.ruleGrid(x, y, pair, xs, ys, grid, false));
                    charts.add(SweepCharts.ruleGrid(x, y, pair, xs, ys, grid, true));
                }
                sections.add(new ReportSection("Over " + x + " and " + y, "Both parameters at once: each cell"
                        + " gathers the runs with that pair of values.", charts));
                drawn++;
            }
        }
    }

    private static Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("runs.csv", "one row per run: its parameters, status and headline results");
        files.put("runs.jsonl", "the same, one JSON object per run");
        files.put("summary.csv", "statistics of every result per parameter value");
        files.put("journal.jsonl", "the finished runs, for resuming a killed sweep");
        return files;
    }
}
