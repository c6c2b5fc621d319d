package org.airshed.scenarios.cli;

import java.io.PrintWriter;
import org.airshed.core.model.Units;
import org.airshed.core.study.multi.MultiAllocationReport;
import org.airshed.core.study.multi.MultiRegionOutcome;
import org.airshed.core.study.multi.PollutantOutcome;
import org.airshed.market.compensation.MultiPollutantDutyComparison;
import org.airshed.scenarios.pipeline.RunContext;

/** What {@code run} prints of a version-2 allocation: status, cost, each pollutant's cut and cap price, each region. */
final class MultiAllocationSummary {
    private MultiAllocationSummary() {
    }

    static void print(RunContext context, PrintWriter out) {
        MultiAllocationReport r = context.multiAllocation();
        Units u = context.scenario().units();
        out.println(context.scenario().name() + " (seed " + context.scenario().seed() + ", "
                + pollutants(context.multiProblem().pollutantCount()) + "): " + r.status().key() + ", minimising "
                + r.objectiveKind().key());
        if (!r.hasAllocation()) {
            r.reasons().forEach(reason -> out.println("  " + reason));
            return;
        }
        out.println("objective " + RunSummary.n(r.objective()) + " " + u.money() + " = abatement cost "
                + RunSummary.n(r.totalCost()) + (r.damages() != 0 ? " + damages " + RunSummary.n(r.damages()) : ""));
        TextTable pollutants = new TextTable("pollutant", "baseline " + u.mass(), "reduction " + u.mass(),
                "emissions " + u.mass(), "cap " + u.mass(), "cap price " + u.money() + "/" + u.mass());
        for (PollutantOutcome p : r.pollutants()) {
            pollutants.add(p.id(), RunSummary.n(p.baseline()), RunSummary.n(p.reduction()),
                    RunSummary.n(p.emissions()), RunSummary.n(p.cap()), RunSummary.n(p.capPrice()));
        }
        pollutants.print(out, "  ");
        boolean health = !context.multiProblem().scenario().health().isEmpty();
        TextTable regions = health
                ? new TextTable("region", "cost " + u.money(), "concentration " + u.concentration(),
                        "fall " + u.concentration(), "receptor price", "deaths avoided", "value " + u.money())
                : new TextTable("region", "cost " + u.money(), "concentration " + u.concentration(),
                        "fall " + u.concentration(), "receptor price");
        for (MultiRegionOutcome o : r.regions()) {
            if (health) {
                regions.add(o.id(), RunSummary.n(o.cost()), RunSummary.n(o.concentration()),
                        RunSummary.n(o.concentrationFall()), RunSummary.n(o.receptorPrice()),
                        RunSummary.n(o.deathsAvoided()), RunSummary.n(o.healthValue()));
            } else {
                regions.add(o.id(), RunSummary.n(o.cost()), RunSummary.n(o.concentration()),
                        RunSummary.n(o.concentrationFall()), RunSummary.n(o.receptorPrice()));
            }
        }
        regions.print(out, "  ");
    }

    /** "1 pollutant", "3 pollutants". */
    static String pollutants(int count) {
        return count + (count == 1 ? " pollutant" : " pollutants");
    }

    /** The duties met alone against jointly, when the policy gives duties. */
    static void printCooperation(MultiPollutantDutyComparison c, Units u, PrintWriter out) {
        if (!c.isFeasible()) {
            out.println("duties region by region vs jointly: " + c.reason());
            return;
        }
        out.println("duties met region by region vs jointly: stand-alone cost " + RunSummary.n(c.standaloneTotal())
                + ", cooperative " + RunSummary.n(c.cooperativeTotal()) + ", saving " + RunSummary.n(c.saving()) + " "
                + u.money());
    }
}
