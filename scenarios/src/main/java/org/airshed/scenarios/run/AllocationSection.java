package org.airshed.scenarios.run;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.airshed.core.io.SectionReader;
import org.airshed.core.model.Scenario;
import org.airshed.core.study.AllocationReport;
import org.airshed.core.study.AllocationStudy;
import org.airshed.core.study.InfeasibilityExplainer;
import org.airshed.scenarios.pipeline.Findings;
import org.airshed.scenarios.pipeline.ResultFile;
import org.airshed.scenarios.pipeline.RunContext;
import org.airshed.scenarios.pipeline.Section;

/**
 * The least-cost allocation and, when the policy gives duties, the region-by-region comparison:
 * {@code allocation.csv}, {@code regions.csv}, {@code duties.csv} and summary.json's
 * {@code allocation} and {@code cooperation}. Always runs. A policy no allocation can meet is
 * not a problem of the file but its result: the run writes the infeasible summary and exits 2.
 * Its headline pattern covers the version-2 allocation part too (one pattern per top-level key).
 */
final class AllocationSection implements Section<Scenario, AllocationReport> {
    static final String ALLOCATION = "allocation.csv";
    static final String REGIONS = "regions.csv";
    static final String DUTIES = "duties.csv";

    @Override
    public List<SectionReader<?>> readers() {
        return List.of();
    }

    @Override
    public Scenario spec(RunContext context) {
        // A file with several pollutants is the several-pollutant section's.
        return context.isMultiPollutant() ? null : context.scenario();
    }

    @Override
    public void check(Scenario spec, RunContext context, Findings findings) {
        findings.infeasible(InfeasibilityExplainer.explain(context.problem()));
    }

    @Override
    public AllocationReport run(Scenario spec, RunContext context) {
        AllocationReport report = AllocationStudy.run(context.problem(), context.solver());
        context.allocation(report);
        return report;
    }

    @Override
    public List<String> fileNames() {
        return List.of(ALLOCATION, REGIONS, DUTIES);
    }

    @Override
    public List<ResultFile> files(AllocationReport report, RunContext context) {
        if (!report.hasAllocation()) {
            return List.of();
        }
        return List.of(new ResultFile(ALLOCATION, AllocationCsv.of(report)),
                new ResultFile(REGIONS, RegionsCsv.of(context.scenario(), report)),
                new ResultFile(DUTIES, DutiesCsv.of(report)));
    }

    @Override
    public void summary(AllocationReport report, RunContext context, ObjectNode root) {
        root.set("allocation", AllocationJson.of(report));
        report.cooperation().ifPresent(c -> root.set("cooperation", AllocationJson.cooperation(c)));
    }

    @Override
    public String headlines() {
        return """
                {"allocation": {"status": 1, "objective": 1, "totalCost": 1, "damages": 1, "totalReduction": 1,
                                "emissions": 1, "capPrice": 1, "receptorPrices": "*",
                                "capPrices": "*", "pollutants": {"*": {"emissions": 1, "reduction": 1}},
                                "deathsAvoided": 1, "healthValue": 1},
                 "cooperation": {"status": 1, "totalDuty": 1, "price": 1, "standaloneCost": 1, "cooperativeCost": 1,
                                 "saving": 1}}
                """;
    }
}
