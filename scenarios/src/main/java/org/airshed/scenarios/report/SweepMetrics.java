package org.airshed.scenarios.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which of a sweep's many result columns its report draws: the headline numbers, in this order,
 * when the sweep has them, and the compensation rules' yes/no verdicts.
 */
final class SweepMetrics {
    /** A headline metric: its summary.json path, what it is, and its kind of unit. */
    record Metric(String path, String label, Kind kind) {
    }

    enum Kind { MONEY, PRICE, SHARE }

    static final List<Metric> HEADLINES = List.of(
            new Metric("cooperation.saving", "saving from cooperating, a year", Kind.MONEY),
            new Metric("allocation.totalCost", "total abatement cost, a year", Kind.MONEY),
            new Metric("allocation.capPrice", "cap price λ", Kind.PRICE),
            new Metric("market.clearingPrice", "permit price", Kind.PRICE),
            new Metric("market.totalCost", "market's total cost, a year", Kind.MONEY),
            new Metric("discrete.relativeGap", "gap of the technologies to the bound", Kind.SHARE),
            new Metric("discrete.savingOverGreedy", "saving over the CoST greedy, a year", Kind.MONEY),
            new Metric("compensation.leastCoreEpsilon", "least-core ε*", Kind.MONEY));
    /** Headlines drawn per parameter, at most. */
    static final int MOST = 6;
    private static final Pattern RULE = Pattern.compile("compensation\\.rules\\.(.+)\\.(individuallyRational|inCore)");

    private SweepMetrics() {
    }

    static List<Metric> present(List<String> metrics) {
        List<Metric> present = new ArrayList<>();
        for (Metric m : HEADLINES) {
            if (metrics.contains(m.path()) && present.size() < MOST) {
                present.add(m);
            }
        }
        return present;
    }

    /** The rules with a verdict column, in column order. */
    static List<String> rules(List<String> metrics) {
        List<String> rules = new ArrayList<>();
        for (String metric : metrics) {
            Matcher m = RULE.matcher(metric);
            if (m.matches() && !rules.contains(m.group(1))) {
                rules.add(m.group(1));
            }
        }
        return rules;
    }

    /** The axis title of a metric, with the unit when known ("money" otherwise). */
    static String title(Metric metric, DisplayUnits units) {
        return switch (metric.kind()) {
            case MONEY -> metric.label() + " (" + units.money() + ")";
            case PRICE -> metric.label() + " (" + units.price() + ")";
            case SHARE -> metric.label() + " (share)";
        };
    }
}
