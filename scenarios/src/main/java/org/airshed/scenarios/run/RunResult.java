package org.airshed.scenarios.run;

import java.nio.file.Path;
import java.util.List;

import org.airshed.core.model.Scenario;
import org.airshed.core.study.AllocationReport;
import org.airshed.core.study.DiscreteReport;
import org.airshed.market.compensation.CompensationReport;
import org.airshed.market.study.MarketReport;

/**
 * What a run produced.
 *
 * @param scenario  the resolved scenario that was solved (as written to scenario.json)
 * @param report    the allocation report
 * @param discrete  the discrete-mode report; null in continuous mode or when the relaxation is infeasible
 * @param market    the market report; null when the scenario has no market section or no feasible allocation
 * @param compensation the compensation report; null when the scenario has no compensation section
 * @param directory where the files are; null when the run was solved without writing ({@link ScenarioRunner#solve})
 * @param files     the files written, in the order written
 */
public record RunResult(Scenario scenario, AllocationReport report, DiscreteReport discrete,
                        MarketReport market,
                        CompensationReport compensation, Path directory,
                        List<Path> files) {
    public RunResult {
        files = List.copyOf(files);
    }
}
