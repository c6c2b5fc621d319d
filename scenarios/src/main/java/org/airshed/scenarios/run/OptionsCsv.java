package org.airshed.scenarios.run;

import java.util.List;
import org.airshed.core.model.multi.CoControlOption;
import org.airshed.core.model.multi.MultiSource;
import org.airshed.core.study.multi.MultiAllocationReport;
import org.airshed.core.study.multi.MultiScenarioProblem;

/**
 * {@code options.csv} of a version-2 run: one row per co-control option of every source with options,
 * in file order: its application share x (0 to 1; a source's shares sum to at most 1) and its cost
 * x × annualCost.
 */
final class OptionsCsv {
    static final List<String> COLUMNS = List.of("source", "region", "option", "share", "cost");

    private OptionsCsv() {
    }

    static String of(MultiAllocationReport report, MultiScenarioProblem problem) {
        CsvTable table = new CsvTable(COLUMNS);
        int o = 0;
        for (MultiSource s : problem.scenario().sources()) {
            if (!s.hasOptions()) {
                continue;
            }
            for (CoControlOption option : s.options()) {
                double share = report.optionShares()[o++];
                table.row().text(s.id()).text(s.region()).text(option.name()).number(share)
                        .number(share * option.annualCost()).end();
            }
        }
        return table.text();
    }
}
