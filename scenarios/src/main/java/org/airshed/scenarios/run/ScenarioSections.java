package org.airshed.scenarios.run;

import java.util.List;
import org.airshed.core.io.SectionReader;
import org.airshed.core.study.DiscreteSettingsReader;
import org.airshed.core.study.SolveMode;
import org.airshed.market.compensation.CompensationSectionReader;
import org.airshed.market.study.MarketSectionReader;

/** The scenario sections beyond the core model that this program reads (FORMAT.md, README). */
public final class ScenarioSections {
    public static final List<SectionReader<?>> ALL = List.of(SolveMode.READER,
            DiscreteSettingsReader.INSTANCE, MarketSectionReader.INSTANCE, CompensationSectionReader.INSTANCE);

    private ScenarioSections() {
    }
}
