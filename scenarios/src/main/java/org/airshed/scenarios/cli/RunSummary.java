package org.airshed.scenarios.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.airshed.core.allocation.AllocationStatus;
import org.airshed.core.discrete.DiscreteResult;
import org.airshed.core.study.DiscreteReport;
import org.airshed.core.study.multi.MultiDiscreteReport;
import org.airshed.market.study.MarketReport;
import org.airshed.market.study.MultiMarketReport;
import org.airshed.scenarios.pipeline.RunContext;
import org.airshed.scenarios.pipeline.Section;
import org.airshed.core.model.Objective;
import org.airshed.core.model.Scenario;
import org.airshed.core.model.Units;
import org.airshed.core.study.AllocationReport;
import org.airshed.core.study.CooperationReport;
import org.airshed.core.study.DutyComparison;
import org.airshed.core.study.ReadableNumbers;
import org.airshed.core.study.RegionOutcome;
import org.airshed.scenarios.run.CompensationOutcome;
import org.airshed.scenarios.run.MultiAllocationResult;
import org.airshed.scenarios.run.RunResult;

/**
 * The short human summary {@code run} prints on stdout; the files hold the full results. Each
 * section's result is printed by its printer here (the printers are the command line's; the
 * sections know nothing of the terminal).
 */
final class RunSummary {
    private RunSummary() {
    }

    static void print(RunResult result, PrintWriter out) {
        RunContext context = result.outcome().context();
        Scenario scenario = context.scenario();
        AllocationReport r = result.report();
        Units u = scenario.units();
        if (r == null) {
            MultiAllocationSummary.print(context, out);
        } else {
            printAllocation(scenario, r, out);
        }
        for (Section<?, ?> section : result.outcome().sections()) {
            Object produced = context.result(section);
            if (produced instanceof DiscreteReport discrete) {
                printDiscrete(discrete.result(), u, out);
            } else if (produced instanceof MultiDiscreteReport multiDiscrete) {
                MultiDiscreteSummary.print(multiDiscrete, u, out);
            } else if (produced instanceof MarketReport market) {
                MarketSummary.print(market, u, out);
            } else if (produced instanceof MultiMarketReport multiMarket) {
                MultiMarketSummary.print(multiMarket, u, out);
            } else if (produced instanceof MultiAllocationResult multi && multi.cooperation() != null) {
                MultiAllocationSummary.printCooperation(multi.cooperation(), u, out);
            } else if (produced instanceof CompensationOutcome.Played compensation) {
                CompensationSummary.print(compensation.report(), u.money(), out);
            } else if (produced instanceof CompensationOutcome.NotPlayed compensation) {
                out.println("compensation, " + compensation.baseline() + " baseline: not played: "
                        + compensation.reason());
            }
        }
        out.println("results in " + result.directory() + ": " + files(result));
    }

    private static void printAllocation(Scenario scenario, AllocationReport r, PrintWriter out) {
        Units u = scenario.units();
        out.println(scenario.name() + " (seed " + scenario.seed() + "): " + r.status().key()
                + ", minimising " + r.objectiveKind().key());
        if (r.hasAllocation()) {
            if (r.objectiveKind() == Objective.WELFARE) {
                out.println("objective " + n(r.objective()) + " " + u.money() + " = abatement cost "
                        + n(r.totalCost()) + " + damages " + n(r.damages()));
            } else {
                out.println("objective " + n(r.objective()) + " " + u.money() + " = abatement cost; damages "
                        + n(r.damages()) + " " + u.money() + " (reported, not minimised)");
            }
            out.println("reduction " + n(r.totalReduction()) + " " + u.mass() + ", emissions " + n(r.emissions())
                    + " " + u.mass() + ", " + (scenario.policy().cap().isPresent()
                    ? "cap price " + n(r.capPrice()) + " " + u.money() + "/" + u.mass() : "no cap"));
            if (!r.receptorPrices().isEmpty()) {
                out.println("receptor prices (" + u.money() + " per " + u.concentration() + "): "
                        + join(r.receptorPrices()));
            }
            TextTable regions = new TextTable("region", "reduction " + u.mass(), "cost " + u.money(),
                    "emissions " + u.mass(), "concentration " + u.concentration(), "price " + u.money() + "/" + u.mass());
            for (RegionOutcome o : r.regions()) {
                regions.add(o.id(), n(o.reduction()), n(o.cost()), n(o.emissions()), n(o.concentration()),
                        n(o.price()));
            }
            regions.print(out, "  ");
        } else {
            r.reasons().forEach(reason -> out.println("  " + reason));
        }
        r.cooperation().ifPresent(c -> printCooperation(c, u, out));
    }

    /** The files written, a chart directory counted rather than listed. */
    private static String files(RunResult result) {
        List<String> names = result.files().stream().map(p -> result.directory().relativize(p).toString()
                .replace('\\', '/')).toList();
        long charts = names.stream().filter(n -> n.contains("/")).count();
        String listed = names.stream().filter(n -> !n.contains("/")).collect(Collectors.joining(", "));
        return listed + (charts > 0 ? ", charts/ (" + charts + " chart" + (charts == 1 ? "" : "s") + ")" : "");
    }

    private static void printDiscrete(DiscreteResult d, Units u, PrintWriter out) {
        if (!d.isFeasible()) {
            out.println("discrete: " + d.status().key() + ": " + String.join("; ", d.reasons()));
            return;
        }
        out.println("discrete (one technology per source, seed " + d.seed() + "): " + d.status().key() + ", cost "
                + n(d.cost()) + " " + u.money() + (d.isOptimal() ? " (proven by branch and bound)" : ", bound "
                + n(d.bound()) + ", gap " + String.format(Locale.ROOT, "%.4f %%", 100 * d.relativeGap()))
                + "; convex hull bound " + n(d.hullBound()) + ", rounded hull " + n(d.constructionCost()) + ", "
                + d.nodes() + " branch-and-bound nodes, " + d.searchSteps() + " OptaPlanner steps");
        if (d.greedy() != null) {
            out.println("  Control Strategy Tool greedy (average cost): " + (d.greedy().met()
                    ? "cost " + n(d.greedy().cost()) + ", overshoot " + n(d.greedy().overshoot()) + " " + u.mass()
                    + "; the discrete solver saves " + n(d.savingOverGreedy()) + " " + u.money() + " ("
                    + String.format(Locale.ROOT, "%.1f %%", 100 * d.relativeSavingOverGreedy()) + ")"
                    : "does not meet the target"));
        }
    }

    private static void printCooperation(CooperationReport c, Units u, PrintWriter out) {
        out.println("duties " + n(c.totalDuty()) + " " + u.mass() + " met region by region vs jointly ("
                + c.status().key() + "): stand-alone cost " + n(c.standaloneCost()) + ", cooperative "
                + n(c.cooperativeCost()) + ", saving " + n(c.saving()) + " " + u.money()
                + (c.status() == AllocationStatus.OPTIMAL ? ", joint price " + n(c.cooperativePrice()) + " "
                        + u.money() + "/" + u.mass() : ""));
        TextTable table = new TextTable("region", "duty " + u.mass(), "stand-alone " + u.money(),
                "cooperative " + u.money(), "saving " + u.money());
        for (DutyComparison d : c.regions()) {
            table.add(d.region(), n(d.duty()), d.standaloneFeasible() ? n(d.standaloneCost()) : "infeasible",
                    n(d.cooperativeCost()), n(d.saving()));
        }
        table.print(out, "  ");
        for (DutyComparison d : c.regions()) {
            d.standaloneReason().ifPresent(reason -> out.println("  " + d.region() + " alone: " + reason));
        }
        c.reasons().forEach(reason -> out.println("  jointly: " + reason));
    }

    static String n(double value) {
        return Double.isNaN(value) ? "-" : ReadableNumbers.of(value);
    }

    private static String join(Map<String, Double> values) {
        return values.entrySet().stream().map(e -> e.getKey() + " " + n(e.getValue()))
                .collect(Collectors.joining(", "));
    }
}
