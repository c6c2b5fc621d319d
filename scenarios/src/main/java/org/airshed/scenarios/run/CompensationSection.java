package org.airshed.scenarios.run;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.airshed.core.io.SectionReader;
import org.airshed.market.compensation.Baseline;
import org.airshed.market.compensation.CompensationReport;
import org.airshed.market.compensation.CompensationSectionReader;
import org.airshed.market.compensation.CompensationSpec;
import org.airshed.market.compensation.CompensationStudy;
import org.airshed.scenarios.pipeline.Findings;
import org.airshed.scenarios.pipeline.ResultFile;
import org.airshed.scenarios.pipeline.RunContext;
import org.airshed.scenarios.pipeline.Section;

/**
 * Compensation rules ({@code $.compensation}): {@code transfers.csv}, {@code coalitions.csv}
 * (every coalition's value and plan) and summary.json's {@code compensation}. The game comes from the
 * cost curves and the baseline, not from the allocation; but where no allocation meets the policy the
 * game is not played (as the market is not run): the duties game holds the grand coalition to that
 * policy, so v(N) would mean nothing, and an infeasible run writes no result beyond its summary.
 * summary.json's {@code compensation} then says so and why. A file with several pollutants plays the
 * duties game on the several-pollutant solver.
 */
final class CompensationSection implements Section<CompensationSpec, CompensationOutcome> {
    static final String NOT_PLAYED = "not-played";
    static final String TRANSFERS = "transfers.csv";
    static final String COALITIONS = "coalitions.csv";

    @Override
    public List<SectionReader<?>> readers() {
        return List.of(CompensationSectionReader.INSTANCE);
    }

    @Override
    public CompensationSpec spec(RunContext context) {
        return context.document().section(CompensationSectionReader.INSTANCE);
    }

    @Override
    public void check(CompensationSpec spec, RunContext context, Findings findings) {
        if (context.isMultiPollutant()) {
            findings.problems(CompensationStudy.multiPollutantProblems(context.multiProblem(), spec,
                    MultiSolver.EXACT));
            return;
        }
        findings.problems(CompensationStudy.problems(context.problem(), spec));
    }

    @Override
    public CompensationOutcome run(CompensationSpec spec, RunContext context) {
        boolean feasible = context.isMultiPollutant()
                ? context.multiAllocation() != null && context.multiAllocation().hasAllocation()
                : context.allocation() != null && context.allocation().hasAllocation();
        if (!feasible) {
            return new CompensationOutcome.NotPlayed(spec.baseline().key(), notPlayed(spec));
        }
        if (context.isMultiPollutant()) {
            return new CompensationOutcome.Played(CompensationStudy.run(context.multiProblem(), context.scenario(),
                    MultiSolver.EXACT, spec, context.scenario().seed()));
        }
        return new CompensationOutcome.Played(CompensationStudy.run(context.problem(), spec,
                context.scenario().seed()));
    }

    /** Why the game is not played, in the user's terms for its baseline. */
    private static String notPlayed(CompensationSpec spec) {
        return "no allocation meets the policy (allocation.reasons say why), so the game is not played, as the"
                + " market is not run: " + (spec.baseline() == Baseline.DUTIES
                ? "the duties game holds the grand coalition to that policy, so v(N) would mean nothing"
                : "the nash game ignores the policy, but a run whose policy cannot be met writes no result beyond"
                        + " its summary (loosen the policy to play it)");
    }

    @Override
    public List<String> fileNames() {
        return List.of(TRANSFERS, COALITIONS);
    }

    @Override
    public List<ResultFile> files(CompensationOutcome outcome, RunContext context) {
        if (!(outcome instanceof CompensationOutcome.Played played)) {
            return List.of();
        }
        CompensationReport report = played.report();
        return List.of(new ResultFile(TRANSFERS, TransfersCsv.of(report)),
                new ResultFile(COALITIONS, CoalitionsCsv.of(report.game().coalitions())));
    }

    @Override
    public void summary(CompensationOutcome outcome, RunContext context, ObjectNode root) {
        if (outcome instanceof CompensationOutcome.Played played) {
            root.set("compensation", CompensationJson.of(played.report()));
        } else if (outcome instanceof CompensationOutcome.NotPlayed not) {
            ObjectNode c = root.putObject("compensation");
            c.put("baseline", not.baseline());
            c.put("status", NOT_PLAYED);
            c.put("reason", not.reason());
        }
    }

    @Override
    public String headlines() {
        return """
                {"compensation": {"surplus": 1, "leastCoreEpsilon": 1, "leastCoreEpsilonNet": 1,
                                  "surplusUnderWrittenLimits": 1, "receptors": {"*": {"cooperative": 1}},
                                  "rules": {"*": {"status": 1, "transfers": "*", "budgetBalanced": 1,
                                                  "individuallyRational": 1, "inCore": 1, "maxExcess": 1,
                                                  "inCoreNetOfTransactionCosts": 1, "maxExcessNet": 1}}}}
                """;
    }
}
