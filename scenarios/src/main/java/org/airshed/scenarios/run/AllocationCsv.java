package org.airshed.scenarios.run;

import java.util.List;

import org.airshed.core.study.AllocationReport;
import org.airshed.core.study.SourceOutcome;
import org.airshed.scenarios.pipeline.ResultFile;

/** {@code allocation.csv}: one row per source, in file order. */
final class AllocationCsv {
    static final List<String> COLUMNS = List.of("source", "region", "sector", "department", "baseline",
            "abatement", "emissions", "cost", "marginalCost", "price");

    private AllocationCsv() {
    }

    /** Streamed row by row from the report's outcomes, which are made on demand: a million rows are never held. */
    static ResultFile.Content of(AllocationReport report) {
        return CsvTable.streamed(COLUMNS, table -> {
            for (SourceOutcome s : report.sources()) {
                table.row().text(s.id()).text(s.region()).text(s.sector()).text(s.department()).number(s.baseline())
                        .number(s.abatement()).number(s.emissions()).number(s.cost()).number(s.marginalCost())
                        .number(s.price()).end();
            }
        });
    }
}
