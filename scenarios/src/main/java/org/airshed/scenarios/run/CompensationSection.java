package org.airshed.scenarios.run;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.airshed.core.io.SectionReader;
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
 * (every coalition's value and plan) and summary.json's {@code compensation}. The game comes from the cost curves and the baseline, not from the
 * allocation, so it runs whatever the allocation's status. A file with several pollutants plays the
 * duties game on the several-pollutant solver.
 */
final class CompensationSection implements Section<CompensationSpec, CompensationReport> {
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
    public CompensationReport run(CompensationSpec spec, RunContext context) {
        if (context.isMultiPollutant()) {
            return CompensationStudy.run(context.multiProblem(), context.scenario(), MultiSolver.EXACT, spec,
                    context.scenario().seed());
        }
        return CompensationStudy.run(context.problem(), spec, context.scenario().seed());
    }

    @Override
    public List<String> fileNames() {
        return List.of(TRANSFERS, COALITIONS);
    }

    @Override
    public List<ResultFile> files(CompensationReport report, RunContext context) {
        return List.of(new ResultFile(TRANSFERS, TransfersCsv.of(report)),
                new ResultFile(COALITIONS, CoalitionsCsv.of(report.game().coalitions())));
    }

    @Override
    public void summary(CompensationReport report, RunContext context, ObjectNode root) {
        root.set("compensation", CompensationJson.of(report));
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
