package org.airshed.scenarios.run;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.airshed.core.io.SectionReader;
import org.airshed.core.study.DiscreteLimits;
import org.airshed.core.study.DiscreteSettingsReader;
import org.airshed.core.study.SolveMode;
import org.airshed.core.study.multi.MultiDiscreteReport;
import org.airshed.core.study.multi.MultiDiscreteStudy;
import org.airshed.scenarios.pipeline.Findings;
import org.airshed.scenarios.pipeline.ResultFile;
import org.airshed.scenarios.pipeline.RunContext;
import org.airshed.scenarios.pipeline.Section;

/**
 * Discrete mode on a version-2 file (several pollutants): one co-control option or none per source,
 * {@code technologies.csv} (one row per source), {@code technology-abatement.csv} (long: source ×
 * pollutant) and summary.json's {@code discrete}. Reads nothing of its own: {@link DiscreteSection}
 * reads {@code $.mode} and {@code $.discrete} for both versions. Runs when the continuous relaxation
 * (the several-pollutant allocation) has an allocation.
 */
final class MultiDiscreteSection implements Section<DiscreteLimits, MultiDiscreteReport> {
    static final String ABATEMENT = "technology-abatement.csv";

    @Override
    public List<SectionReader<?>> readers() {
        return List.of();
    }

    @Override
    public DiscreteLimits spec(RunContext context) {
        if (!context.isMultiPollutant() || context.document().section(SolveMode.READER) != SolveMode.DISCRETE) {
            return null;
        }
        DiscreteLimits limits = context.document().section(DiscreteSettingsReader.INSTANCE);
        return limits == null ? DiscreteLimits.DEFAULT : limits;
    }

    @Override
    public void check(DiscreteLimits spec, RunContext context, Findings findings) {
        findings.problems(MultiDiscreteStudy.problems(context.document().multiPollutant()));
    }

    @Override
    public MultiDiscreteReport run(DiscreteLimits spec, RunContext context) {
        if (context.multiAllocation() == null || !context.multiAllocation().hasAllocation()) {
            return null;
        }
        return MultiDiscreteStudy.run(context.multiProblem(), spec.nodes(), spec.timeLimit());
    }

    @Override
    public List<String> fileNames() {
        return List.of(DiscreteSection.TECHNOLOGIES, ABATEMENT);
    }

    @Override
    public List<ResultFile> files(MultiDiscreteReport report, RunContext context) {
        return report.result().isFeasible()
                ? List.of(new ResultFile(DiscreteSection.TECHNOLOGIES, MultiTechnologiesCsv.choices(report)),
                new ResultFile(ABATEMENT, MultiTechnologiesCsv.abatement(report)))
                : List.of();
    }

    @Override
    public void summary(MultiDiscreteReport report, RunContext context, ObjectNode root) {
        root.set("discrete", MultiDiscreteJson.of(report));
    }

    @Override
    public String headlines() {
        return """
                {"discrete": {"status": 1, "cost": 1, "bound": 1, "relativeGap": 1}}
                """;
    }
}
