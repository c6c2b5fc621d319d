package org.airshed.scenarios.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.airshed.core.study.ReadableNumbers;
import org.airshed.market.compensation.CompensationReport;
import org.airshed.market.compensation.RuleReport;

/**
 * The compensation rules side by side on stdout: what each region receives (or, for a game
 * given directly, gains) under each rule, and whether the rule balances, leaves everyone better
 * off than alone, and is in the core. Who is worse off is said in words, not only flagged.
 */
final class CompensationSummary {
    private CompensationSummary() {
    }

    static void print(CompensationReport report, String money, PrintWriter out) {
        String unit = money.isEmpty() ? "" : " " + money;
        double epsilon = report.leastCoreEpsilon();
        out.println("compensation, " + report.baseline() + " baseline: cooperation saves " + n(report.surplus()) + unit
                + (Double.isNaN(epsilon) ? "" : "; least-core epsilon " + n(epsilon) + " (the core is "
                + (epsilon <= 1e-9 * Math.max(1, Math.abs(report.surplus())) ? "not empty" : "empty") + ")"));
        if (report.coreNote() != null) {
            out.println("  core " + report.coreNote());
        }
        boolean direct = report.ownSaving() == null;
        List<String> header = new ArrayList<>();
        header.add(direct ? "rule (gains" + unit + ")" : "rule (received" + unit + ")");
        header.addAll(report.players());
        header.addAll(List.of("balanced", "rational", "core"));
        TextTable table = new TextTable(header.toArray(String[]::new));
        if (!direct) {
            List<String> own = new ArrayList<>();
            own.add("(own saving, no transfer)");
            for (double s : report.ownSaving()) {
                own.add(n(s));
            }
            own.addAll(List.of("", "", ""));
            table.add(own.toArray(String[]::new));
        }
        for (RuleReport rule : report.rules()) {
            List<String> row = new ArrayList<>();
            row.add(rule.name());
            double[] shown = rule.applied() ? (direct ? rule.gains() : rule.transfers()) : null;
            for (int i = 0; i < report.players().size(); i++) {
                row.add(shown == null ? "-" : n(shown[i]));
            }
            if (rule.applied()) {
                row.add(rule.budgetBalanced() ? "yes" : "no");
                row.add(rule.individuallyRational() ? "yes" : "no");
                row.add(rule.inCore() == null ? "-" : rule.inCore() ? "yes" : "no");
            } else {
                row.addAll(List.of("undefined", "", ""));
            }
            table.add(row.toArray(String[]::new));
        }
        table.print(out, "  ");
        for (RuleReport rule : report.rules()) {
            if (!rule.applied()) {
                out.println("  " + rule.name() + " is undefined: " + rule.reason());
            }
            rule.warnings().forEach(w -> out.println("  " + rule.name() + ": " + w));
        }
    }

    private static String n(double value) {
        return Double.isNaN(value) ? "-" : ReadableNumbers.of(value);
    }
}
