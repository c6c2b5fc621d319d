package org.airshed.scenarios.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The numbers at the top of a sweep's report, from summary.csv's "all" rows. */
final class SweepHeadlines {
    private SweepHeadlines() {
    }

    /** A parameter value as a reader takes it in: a number in words, a name as it is. */
    private static String value(String text) {
        try {
            return Readable.number(Double.parseDouble(text));
        } catch (NumberFormatException e) {
            return text;
        }
    }

    static List<Headline> of(SweepStatistics stats, List<SweepMetrics.Metric> metrics, List<String> rules,
                             DisplayUnits units) {
        List<Headline> list = new ArrayList<>();
        CsvRows.Row ok = stats.overall("status.ok");
        if (ok != null) {
            list.add(new Headline("Runs", Readable.number(ok.number("n")), Readable.percent(ok.number("mean"))
                    + " of them solved"));
        }
        for (Map.Entry<String, List<String>> p : stats.parameters().entrySet()) {
            List<String> values = p.getValue();
            list.add(new Headline("Swept: " + p.getKey(), values.size() + " values",
                    values.isEmpty() ? "" : "from " + value(values.get(0)) + " to "
                            + value(values.get(values.size() - 1))));
        }
        for (SweepMetrics.Metric m : metrics.subList(0, Math.min(2, metrics.size()))) {
            CsvRows.Row row = stats.overall(m.path());
            if (row != null) {
                String unit = switch (m.kind()) {
                    case MONEY -> units.money();
                    case PRICE -> units.price();
                    case SHARE -> "";
                };
                list.add(new Headline("Median " + m.label(), Readable.of(row.number("median"), unit),
                        "90 % of runs between " + Readable.number(row.number("p5")) + " and "
                                + Readable.number(row.number("p95"))));
            }
        }
        List<String[]> cores = new ArrayList<>();
        for (String rule : rules) {
            CsvRows.Row row = stats.overall("compensation.rules." + rule + ".inCore");
            if (row != null && Double.isFinite(row.number("mean"))) {
                cores.add(new String[] {rule, Double.toString(row.number("mean"))});
            }
        }
        if (!cores.isEmpty()) {
            cores.sort(Comparator.comparingDouble((String[] r) -> -Double.parseDouble(r[1])));
            String[] best = cores.get(0);
            list.add(new Headline("Most often in the core", best[0], "in " + Readable.percent(Double.parseDouble(best[1]))
                    + " of the runs where it applied"));
        }
        return list;
    }
}
