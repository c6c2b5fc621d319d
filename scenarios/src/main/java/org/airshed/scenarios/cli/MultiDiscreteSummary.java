package org.airshed.scenarios.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.airshed.core.discrete.multi.MultiDiscreteResult;
import org.airshed.core.model.Units;
import org.airshed.core.study.multi.MultiDiscreteReport;

/** What {@code run} prints of discrete mode on a version-2 file: status, cost, bound and gap, the CoST greedy. */
final class MultiDiscreteSummary {
    private MultiDiscreteSummary() {
    }

    static void print(MultiDiscreteReport report, Units u, PrintWriter out) {
        MultiDiscreteResult d = report.result();
        if (!d.isFeasible()) {
            out.println("discrete: " + d.status().key() + ": " + String.join("; ", d.reasons()));
            return;
        }
        out.println("discrete (one option or none per source): " + d.status().key() + ", cost "
                + RunSummary.n(d.cost()) + " " + u.money() + (d.isOptimal() ? " (proven by branch and bound)"
                : ", bound " + RunSummary.n(d.bound()) + ", gap "
                + String.format(Locale.ROOT, "%.4f %%", 100 * d.relativeGap()))
                + "; continuous bound " + RunSummary.n(d.hullBound()) + ", " + d.nodes() + " branch-and-bound nodes");
        out.println("  Control Strategy Tool greedy (each cap and limit in turn): " + (d.greedy().met()
                ? "cost " + RunSummary.n(d.greedy().cost()) + "; the discrete solver saves "
                + RunSummary.n(d.savingOverGreedy()) + " " + u.money() + " ("
                + String.format(Locale.ROOT, "%.1f %%", 100 * d.relativeSavingOverGreedy()) + ")"
                : "does not meet every cap and limit"));
    }
}
