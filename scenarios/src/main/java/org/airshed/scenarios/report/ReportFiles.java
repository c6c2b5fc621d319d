package org.airshed.scenarios.report;

import java.util.ArrayList;
import java.util.List;
import org.airshed.scenarios.pipeline.ResultFile;

/** A report as the files it writes: each chart's specification in charts/, then report.html. */
final class ReportFiles {
    static final String HTML = "report.html";
    static final String CHARTS = "charts/";

    private ReportFiles() {
    }

    static List<ResultFile> of(Report report) {
        return of(report, null);
    }

    /** With {@code about}, the page keeps what it knows of a sweep, so that a rebuilt report knows it too. */
    static List<ResultFile> of(Report report, SweepAbout about) {
        List<ResultFile> files = new ArrayList<>();
        for (Chart chart : report.charts()) {
            files.add(new ResultFile(chart.fileName(), Json.pretty(chart.spec())));
        }
        PageBytes page = ReportPage.html(report, about);
        files.add(new ResultFile(HTML, page::writeTo));
        return files;
    }
}
