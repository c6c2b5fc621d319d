package org.airshed.scenarios.run;

import java.util.List;

import org.airshed.core.study.AllocationReport;
import org.airshed.core.study.SourceOutcome;

/** {@code allocation.csv}: one row per source, in file order. */
final class AllocationCsv {
    static final List<String> COLUMNS = List.of("source", "region", "sector", "department", "baseline",
            "abatement", "emissions", "cost", "marginalCost", "price");

    private AllocationCsv() {
    }

    static String of(AllocationReport report) {
        CsvTable table = new CsvTable(COLUMNS);
        for (SourceOutcome s : report.sources()) {
            table.row().text(s.id()).text(s.region()).text(s.sector()).text(s.department()).number(s.baseline())
                    .number(s.abatement()).number(s.emissions()).number(s.cost()).number(s.marginalCost())
                    .number(s.price()).end();
        }
        return table.text();
    }
}
