package org.airshed.scenarios.run;

import java.util.List;

import org.airshed.core.study.AllocationReport;
import org.airshed.core.study.Responsibility;

/**
 * {@code duties.csv}: the responsibility list, one row per region × sector × lead department
 * (regions in file order, groups in order of their first source).
 */
final class DutiesCsv {
    static final List<String> COLUMNS = List.of("region", "sector", "department", "sources", "baseline",
            "reduction", "emissions", "cost");

    private DutiesCsv() {
    }

    static String of(AllocationReport report) {
        CsvTable table = new CsvTable(COLUMNS);
        for (Responsibility r : report.responsibilities()) {
            table.row().text(r.region()).text(r.sector()).text(r.department()).number(r.sources())
                    .number(r.baseline()).number(r.reduction()).number(r.emissions()).number(r.cost()).end();
        }
        return table.text();
    }
}
