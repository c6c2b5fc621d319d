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

    /**
     * Streamed from the report's outcomes, which are made on demand (a million rows are never
     * held), formatted in chunks on both cores and written in order.
     */
    static ResultFile.Content of(AllocationReport report) {
        List<SourceOutcome> sources = report.sources();
        return CsvChunks.streamed(AllocationSection.ALLOCATION, COLUMNS, sources.size(), (table, from, to) -> rows(sources, table, from, to));
    }

    /** As {@link #of(AllocationReport)} on {@code threads} formatting threads. */
    static ResultFile.Content of(AllocationReport report, int threads) {
        List<SourceOutcome> sources = report.sources();
        return CsvChunks.streamed(AllocationSection.ALLOCATION, COLUMNS, sources.size(), (table, from, to) -> rows(sources, table, from, to), threads);
    }

    private static void rows(List<SourceOutcome> sources, CsvTable table, int from, int to) {
        for (int i = from; i < to; i++) {
            SourceOutcome s = sources.get(i);
            table.row().text(s.id()).text(s.region()).text(s.sector()).text(s.department()).number(s.baseline())
                    .number(s.abatement()).number(s.emissions()).number(s.cost()).number(s.marginalCost())
                    .number(s.price()).end();
        }
    }
}
