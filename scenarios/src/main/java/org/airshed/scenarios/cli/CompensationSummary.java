package org.airshed.scenarios.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.airshed.core.study.ReadableNumbers;
import org.airshed.market.compensation.CompensationReport;
import org.airshed.market.compensation.ReceptorOutcome;
import org.airshed.market.compensation.RuleReport;
import org.airshed.market.compensation.ScenarioGame;

/**
 * The compensation rules side by side on stdout: what each region receives (or, for a game
 * given directly, gains) under each rule, and whether the rule balances, leaves everyone better
 * off than alone, is in the core, and is in the core net of transaction costs; each receptor's
 * limits beside both plans' concentrations. Who is worse off is said in words, not only flagged.
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
        double net = report.leastCoreEpsilonNet();
        if (!Double.isNaN(net) && net != epsilon) {
            out.println("  net of transaction costs: least-core epsilon " + n(net) + " (the core net of costs is "
                    + (net <= 1e-9 * Math.max(1, Math.abs(report.surplus())) ? "not empty" : "empty") + ")");
        }
        if (report.coreNote() != null) {
            out.println("  core " + report.coreNote());
        }
        ScenarioGame game = report.game();
        if (game != null && !game.receptors().isEmpty()) {
            printReceptors(game, out);
        }
        boolean direct = report.ownSaving() == null;
        List<String> header = new ArrayList<>();
        header.add(direct ? "rule (gains" + unit + ")" : "rule (received" + unit + ")");
        header.addAll(report.players());
        header.addAll(List.of("balanced", "rational", "core", "core net"));
        TextTable table = new TextTable(header.toArray(String[]::new));
        if (!direct) {
            List<String> own = new ArrayList<>();
            own.add("(own saving, no transfer)");
            for (double s : report.ownSaving()) {
                own.add(n(s));
            }
            own.addAll(List.of("", "", "", ""));
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
                row.add(flag(rule.inCore()));
                row.add(flag(rule.inCoreNet()));
            } else {
                row.addAll(List.of("undefined", "", "", ""));
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

    /** Each receptor's written and effective limit beside both plans' concentrations, then the game's notes. */
    private static void printReceptors(ScenarioGame game, PrintWriter out) {
        TextTable table = new TextTable("receptor", "limit", "held to", "baseline", "cooperative", "");
        for (ReceptorOutcome r : game.receptors()) {
            table.add(r.receptor(), n(r.limit()), Double.isNaN(r.effectiveLimit()) ? "(ignored)" : n(r.effectiveLimit()),
                    n(r.baseline()), n(r.cooperative()), r.cooperativeExceedsLimit() ? "above the limit" : "");
        }
        table.print(out, "  ");
        game.notes().forEach(note -> out.println("  " + note));
    }

    private static String flag(Boolean value) {
        return value == null ? "-" : value ? "yes" : "no";
    }

    private static String n(double value) {
        return Double.isNaN(value) ? "-" : ReadableNumbers.of(value);
    }
}
