package org.airshed.scenarios.run;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.airshed.core.io.SectionReader;
import org.airshed.core.study.DiscreteLimits;
import org.airshed.core.study.DiscreteReport;
import org.airshed.core.study.DiscreteSettingsReader;
import org.airshed.core.study.DiscreteStudy;
import org.airshed.core.study.SolveMode;
import org.airshed.scenarios.pipeline.Findings;
import org.airshed.scenarios.pipeline.ResultFile;
import org.airshed.scenarios.pipeline.RunContext;
import org.airshed.scenarios.pipeline.Section;

/**
 * Discrete mode ({@code "mode": "discrete"}, search limits in {@code $.discrete}): one technology
 * per source, {@code technologies.csv} and summary.json's {@code discrete}. Runs when the
 * continuous relaxation has an allocation. Reads the mode and limits for both versions; a file with
 * several pollutants is {@link MultiDiscreteSection}'s.
 */
final class DiscreteSection implements Section<DiscreteLimits, DiscreteReport> {
    static final String TECHNOLOGIES = "technologies.csv";

    @Override
    public List<SectionReader<?>> readers() {
        return List.of(SolveMode.READER, DiscreteSettingsReader.INSTANCE);
    }

    @Override
    public DiscreteLimits spec(RunContext context) {
        if (context.isMultiPollutant() || context.document().section(SolveMode.READER) != SolveMode.DISCRETE) {
            return null;
        }
        DiscreteLimits limits = context.document().section(DiscreteSettingsReader.INSTANCE);
        return limits == null ? DiscreteLimits.DEFAULT : limits;
    }

    @Override
    public void check(DiscreteLimits spec, RunContext context, Findings findings) {
        findings.problems(DiscreteStudy.problems(context.scenario()));
    }

    @Override
    public DiscreteReport run(DiscreteLimits spec, RunContext context) {
        if (!context.allocation().hasAllocation()) {
            return null;
        }
        return DiscreteStudy.run(context.problem(), spec.settings(context.scenario().seed()));
    }

    @Override
    public List<String> fileNames() {
        return List.of(TECHNOLOGIES);
    }

    @Override
    public List<ResultFile> files(DiscreteReport report, RunContext context) {
        return report.result().isFeasible() ? List.of(new ResultFile(TECHNOLOGIES, TechnologiesCsv.of(report)))
                : List.of();
    }

    @Override
    public void summary(DiscreteReport report, RunContext context, ObjectNode root) {
        root.set("discrete", DiscreteJson.of(report));
    }

    @Override
    public String headlines() {
        return """
                {"discrete": {"status": 1, "cost": 1, "bound": 1, "relativeGap": 1}}
                """;
    }
}
