package org.airshed.scenarios.report;

import java.util.List;

/** A part of a report: a heading, a sentence or two on what it is about, and its charts. */
record ReportSection(String title, String intro, List<Chart> charts) {
    ReportSection {
        charts = List.copyOf(charts);
    }
}
