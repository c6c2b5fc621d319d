package org.airshed.scenarios.run;

import java.util.List;
import org.airshed.core.study.DiscreteReport;

/**
 * {@code technologies.csv} (discrete mode): each source's chosen technology ({@code none} = no
 * control) with its removal, abatement and annual cost, and the Control Strategy Tool greedy's
 * choice beside it.
 */
final class TechnologiesCsv {
    static final List<String> HEADER = List.of("source", "region", "baseline", "option", "removal", "abatement",
            "emissions", "cost", "greedyOption");

    private TechnologiesCsv() {
    }

    static String of(DiscreteReport report) {
        CsvTable table = new CsvTable(HEADER);
        for (DiscreteReport.Choice c : report.sources()) {
            table.row().text(c.source()).text(c.region()).number(c.baseline()).text(c.option()).number(c.removal())
                    .number(c.abatement()).number(c.baseline() - c.abatement()).number(c.cost())
                    .text(c.greedyOption() == null ? "" : c.greedyOption()).end();
        }
        return table.text();
    }
}
