package org.airshed.scenarios.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.airshed.scenarios.pipeline.OwnInputs;
import org.airshed.scenarios.pipeline.ResultDirectory;
import org.airshed.scenarios.report.ReportInputException;
import org.airshed.scenarios.report.Reports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code airshed report DIR}: draw the report of an existing run or sweep directory again. */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Rebuild the report of a result or sweep directory.",
        description = {"Writes DIR/report.html (one file that opens offline) and",
                "DIR/charts/NAME.vl.json (each chart as a Vega-Lite specification with its",
                "data) from the result files in DIR: a run's (summary.json and the CSVs beside",
                "it) or a sweep's (summary.csv, runs.csv). Exit 0 on success, 2 when DIR is",
                "missing, is neither a run's nor a sweep's directory, holds a file that is",
                "not what Airshed writes, or a link among the files it reads leads to",
                "report.html or into charts/ (which it replaces), 1 on an internal error."})
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "A directory written by airshed run or airshed sweep.")
    Path directory;

    @Mixin
    DebugOption debug;

    @Override
    public Integer call() throws IOException {
        DirectoryArgument.require(directory, "DIR");
        Reports.prepare();
        if (!Files.isDirectory(directory)) {
            throw new BadInputException(directory + (Files.exists(directory) ? ": not a directory" : ": no such"
                    + " directory") + " (give one written by airshed run or airshed sweep)", null);
        }
        // A link among the files it reads that leads to report.html or into charts/ would lose that file.
        OwnInputs.refuse("report " + directory, directory, Reports.WRITES, Reports.inputs(directory),
                "replace the link with a copy of the file it leads to");
        List<Path> written;
        try (ResultDirectory results = ResultDirectory.lock(directory)) {
            written = Reports.rebuild(results);
        } catch (ReportInputException e) {
            throw new BadInputException(e.getMessage(), e);
        } catch (ResultDirectory.InUseException e) {
            throw new BadInputException("cannot write the report: " + e.getMessage(), e);
        } catch (FileSystemException e) {
            throw new BadInputException("cannot write the report into " + directory + ": "
                    + FailureHandler.describe(e), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        long charts = written.stream().filter(p -> p.getParent() != null && !p.getParent().equals(directory)).count();
        out.println("report in " + directory.resolve("report.html") + " (" + charts + " chart"
                + (charts == 1 ? "" : "s") + " in " + directory.resolve("charts") + ")");
        out.flush();
        return ExitCodes.OK;
    }
}
