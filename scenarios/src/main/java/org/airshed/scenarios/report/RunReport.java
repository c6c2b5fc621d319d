package org.airshed.scenarios.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.airshed.core.study.AllocationReport;
import org.airshed.scenarios.pipeline.ResultFile;
import org.airshed.scenarios.pipeline.RunContext;
import org.airshed.scenarios.pipeline.StagedReport;

/**
 * What every run adds to its results: {@code mac.csv}, the marginal-abatement-cost curves
 * computed from the solver's arrays, then {@code report.html} and {@code charts/NAME.vl.json}
 * made by reading the run's staged result files back, so the charts show exactly what the files
 * say. A run without an allocation (infeasible) gets no mac.csv and a report giving the reasons.
 */
public final class RunReport implements StagedReport {
    @Override
    public List<String> fileNames() {
        return List.of(MacCsv.NAME, ReportFiles.HTML, ReportFiles.CHARTS);
    }

    @Override
    public List<ResultFile> files(RunContext context, Path staged) throws IOException {
        List<ResultFile> files = new ArrayList<>();
        AllocationReport allocation = context.allocation();
        String mac = null;
        if (allocation != null && allocation.hasAllocation()) {
            mac = MacCsv.of(MacCurves.of(context.problem().problem()));
            files.add(new ResultFile(MacCsv.NAME, mac));
        }
        ResultSource source = new ResultSource(staged, "results", mac == null ? Map.of() : Map.of(MacCsv.NAME, mac));
        files.addAll(ReportFiles.of(RunReportBuilder.of(source)));
        return files;
    }
}
