package org.airshed.scenarios.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.airshed.scenarios.pipeline.OwnInputs;
import org.airshed.scenarios.pipeline.ResultDirectory;

/**
 * {@code airshed report DIR}: the report of an existing result directory drawn again from its
 * files: a run's (it holds summary.json) or a sweep's (summary.csv). mac.csv is a run's result and
 * is read, not remade. Throws {@link ReportInputException} naming the file, place and value when a
 * file is not what Airshed writes, or when the directory is neither a run's nor a sweep's.
 */
public final class Reports {
    /**
     * Every file of a result directory whose contents a report reads (a run's or a sweep's), besides
     * the report.html it replaces (a sweep's page keeps what it knows of the sweep, read as itself):
     * {@code report DIR} checks them against what it writes ({@link ResultSource} reads no other).
     */
    static final List<String> READS = List.of(ResultSource.SUMMARY, ResultSource.SCENARIO, RunFiles.REGIONS,
            RunFiles.RECEPTORS, RunFiles.TRANSFERS, RunFiles.TECHNOLOGIES, MacCsv.NAME, SweepReportBuilder.STATISTICS,
            SweepReportBuilder.RUNS, SweepReport.JOURNAL);
    /** What a report writes into its directory: the page and the charts' directory, whose other files it removes. */
    public static final List<String> WRITES = List.of(ReportFiles.HTML, ReportFiles.CHARTS);

    private Reports() {
    }

    /** The files of {@code directory} a report reads, named as {@code directory/NAME}: inputs it must not replace. */
    public static List<OwnInputs.Input> inputs(Path directory) {
        return READS.stream().map(name -> directory.resolve(name))
                .map(file -> new OwnInputs.Input(file, file.toString(), "file")).toList();
    }

    /**
     * Starts reading what every report page inlines (the Vega scripts) on a thread of its own,
     * for a command that will write a report: it then overlaps the reading and solving.
     */
    public static void prepare() {
        PageResources.loadInBackground();
    }

    /** Writes report.html and charts/ into the directory the caller holds; returns the files written. */
    public static List<Path> rebuild(ResultDirectory directory) throws IOException {
        Path path = directory.path();
        refuseDirectory(path.resolve(ResultSource.SUMMARY), "the result file a run writes there");
        refuseDirectory(path.resolve(SweepReportBuilder.STATISTICS), "the table a sweep writes there");
        if (Files.isRegularFile(path.resolve(ResultSource.SUMMARY))) {
            Report report = RunReportBuilder.of(ResultSource.of(path));
            return directory.replace(ReportFiles.of(report), List.of(ReportFiles.HTML, ReportFiles.CHARTS),
                    ReportFiles.HTML);
        }
        if (Files.isRegularFile(path.resolve(SweepReportBuilder.STATISTICS))) {
            return SweepReport.rebuild(directory);
        }
        Path journal = path.resolve(SweepReport.JOURNAL);
        if (Files.isRegularFile(journal)) {
            // A sweep started (or restarted) whose tables are not written yet: only finishing it makes them.
            throw new ReportInputException(journal + ": a sweep in progress (its journal, no summary.csv yet): resume"
                    + " it with airshed sweep SWEEP --out " + path + " (a shard's: airshed sweep merge), which writes"
                    + " its tables and its report", null);
        }
        throw new ReportInputException(path + ": holds neither a run's results (summary.json, written by airshed run)"
                + " nor a sweep's (summary.csv, written by airshed sweep)", null);
    }

    /** What a run or sweep wrote there was replaced by a directory: say so, not "in progress" or "neither". */
    private static void refuseDirectory(Path file, String what) {
        if (Files.isDirectory(file)) {
            throw new ReportInputException(file + ": is a directory, not " + what, null);
        }
    }
}
