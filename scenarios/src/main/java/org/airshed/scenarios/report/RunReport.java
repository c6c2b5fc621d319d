package org.airshed.scenarios.report;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.airshed.core.study.AllocationReport;
import org.airshed.scenarios.pipeline.ResultFile;
import org.airshed.scenarios.pipeline.RunContext;
import org.airshed.scenarios.pipeline.StagedFiles;
import org.airshed.scenarios.pipeline.StagedReport;

/**
 * What every run adds to its results: {@code mac.csv}, the marginal-abatement-cost curves
 * computed from the solver's arrays, then {@code report.html} and {@code charts/NAME.vl.json}
 * made by reading the run's staged result files back, so the charts show exactly what the files
 * say. The cost curves are the exception: the report is handed the curves mac.csv is written from
 * rather than parsing a million rows back (numbers that read back to themselves: MacCsvTest). A
 * run without an allocation (infeasible) gets no mac.csv and a report giving the reasons.
 */
public final class RunReport implements StagedReport {
    @Override
    public List<String> fileNames() {
        return List.of(MacCsv.NAME, ReportFiles.HTML, ReportFiles.CHARTS);
    }

    @Override
    public List<ResultFile> files(RunContext context, StagedFiles staged) throws IOException {
        AllocationReport allocation = context.allocation();
        Optional<List<MacCurve>> curves = Optional.empty();
        if (allocation != null && allocation.hasAllocation()) {
            // On the solver's workers from this thread (never from the writing pool, which would wait on itself).
            curves = Optional.of(MacCurves.of(context.problem().problem()));
            // mac.csv is written while the page is made.
            staged.add(MacCsv.file(curves.get()));
        }
        ResultSource source = ResultSource.staged(staged, "results",
                curves.isPresent() ? Set.of(MacCsv.NAME) : Set.of());
        Optional<List<MacCurve>> handed = curves;
        return ReportFiles.of(RunReportBuilder.of(source, () -> handed));
    }
}
