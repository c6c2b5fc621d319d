package org.airshed.scenarios.report;

import java.util.List;

/**
 * A report as a page shows it: what it is about, the numbers at the top, any problem (an
 * infeasible policy's reasons), its sections of charts, and the files beside it.
 *
 * @param title       the page's heading
 * @param lede        the first paragraph of the description, shown in full
 * @param details     the rest of the description, shown folded
 * @param facts       short facts under the heading (seed, version, mode)
 * @param headlines   the numbers at the top
 * @param problems    sentences a reader must see first (why there is no allocation)
 * @param sections    the charts, in reading order
 * @param files       the files of the directory a reader may want next, each with what it holds
 */
record Report(String title, String lede, String details, List<String> facts, List<Headline> headlines,
              List<String> problems, List<ReportSection> sections, List<FileNote> files) {
    Report {
        facts = List.copyOf(facts);
        headlines = List.copyOf(headlines);
        problems = List.copyOf(problems);
        sections = List.copyOf(sections);
        files = List.copyOf(files);
    }

    List<Chart> charts() {
        return sections.stream().flatMap(s -> s.charts().stream()).toList();
    }

    /** A file of the result directory and what it holds. */
    record FileNote(String name, String note) {
    }
}
