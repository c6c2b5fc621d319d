package org.airshed.scenarios.run;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.airshed.core.allocation.multi.MultiPollutantSolver;
import org.airshed.core.io.SectionReader;
import org.airshed.core.model.multi.MultiPollutantScenario;
import org.airshed.core.study.multi.MultiAllocationReport;
import org.airshed.core.study.multi.MultiAllocationStudy;
import org.airshed.core.study.multi.MultiInfeasibility;
import org.airshed.market.compensation.MultiPollutantDutyComparison;
import org.airshed.scenarios.pipeline.Findings;
import org.airshed.scenarios.pipeline.ResultFile;
import org.airshed.scenarios.pipeline.RunContext;
import org.airshed.scenarios.pipeline.Section;

/**
 * The least-cost allocation of a version-2 scenario (several pollutants): {@code allocation.csv}
 * (long: source × pollutant), {@code options.csv}, {@code regions.csv} (long: region × pollutant),
 * {@code receptors.csv} and summary.json's {@code allocation}; with duties, {@code cooperation}: each
 * region meeting its duties alone against all meeting them jointly (the duties game's plans). Runs only for a file with
 * {@code pollutants}; the version-1 allocation section runs for the others. As there, a policy no
 * allocation can meet is the run's result: the infeasible summary, exit 2.
 */
final class MultiAllocationSection implements Section<MultiPollutantScenario, MultiAllocationResult> {
    static final String OPTIONS = "options.csv";
    static final String RECEPTORS = "receptors.csv";

    private final MultiPollutantSolver solver;

    MultiAllocationSection(MultiPollutantSolver solver) {
        this.solver = solver;
    }

    @Override
    public List<SectionReader<?>> readers() {
        return List.of();
    }

    @Override
    public MultiPollutantScenario spec(RunContext context) {
        return context.document().multiPollutant();
    }

    @Override
    public void check(MultiPollutantScenario spec, RunContext context, Findings findings) {
        findings.infeasible(MultiInfeasibility.of(context.multiProblem(), solver));
    }

    @Override
    public MultiAllocationResult run(MultiPollutantScenario spec, RunContext context) {
        MultiAllocationReport report = MultiAllocationStudy.run(context.multiProblem(), solver);
        context.multiAllocation(report);
        return new MultiAllocationResult(report, MultiPollutantDutyComparison.of(context.multiProblem(), solver));
    }

    @Override
    public List<String> fileNames() {
        return List.of(AllocationSection.ALLOCATION, OPTIONS, AllocationSection.REGIONS, RECEPTORS);
    }

    @Override
    public List<ResultFile> files(MultiAllocationResult result, RunContext context) {
        MultiAllocationReport report = result.allocation();
        if (!report.hasAllocation()) {
            return List.of();
        }
        var problem = context.multiProblem();
        return List.of(new ResultFile(AllocationSection.ALLOCATION, MultiAllocationCsv.of(report, problem)),
                new ResultFile(OPTIONS, OptionsCsv.of(report, problem)),
                new ResultFile(AllocationSection.REGIONS, MultiRegionsCsv.regions(report, problem)),
                new ResultFile(RECEPTORS, MultiRegionsCsv.receptors(report)));
    }

    @Override
    public void summary(MultiAllocationResult result, RunContext context, ObjectNode root) {
        root.set("allocation", MultiAllocationJson.of(result.allocation(), context.multiProblem()));
        if (result.cooperation() != null) {
            root.set("cooperation", MultiAllocationJson.cooperation(result.cooperation(), context.multiProblem()));
        }
    }

    @Override
    public String headlines() {
        // The allocation section's pattern covers both versions' allocation part.
        return "{}";
    }
}
