package org.airshed.scenarios.run;

import java.util.List;
import org.airshed.core.allocation.AllocationSolver;
import org.airshed.core.io.SectionReader;
import org.airshed.scenarios.report.RunReport;
import org.airshed.scenarios.pipeline.ScenarioPipeline;
import org.airshed.scenarios.pipeline.Section;

/**
 * The sections a run goes through, in order (summary.json's order): a new section is one class
 * and one line here.
 */
public final class Sections {
    public static final List<Section<?, ?>> ALL = List.of(
            new AllocationSection(),
            new MultiAllocationSection(MultiSolver.EXACT),
            new DiscreteSection(),
            new MultiDiscreteSection(),
            new MarketSection(),
            new MultiMarketSection(MultiSolver.EXACT),
            new CompensationSection());

    private Sections() {
    }

    /** The pipeline over every section, with the report made from the run's files. */
    public static ScenarioPipeline pipeline(AllocationSolver solver, String version) {
        return new ScenarioPipeline(ALL, new RunReport(), solver, version);
    }

    /** Every section's readers: what a scenario file may hold beyond the core model. */
    public static List<SectionReader<?>> readers() {
        return ALL.stream().<SectionReader<?>>flatMap(section -> section.readers().stream()).toList();
    }
}
