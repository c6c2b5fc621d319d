package org.airshed.scenarios.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.airshed.scenarios.pipeline.OwnInputs;
import org.airshed.scenarios.pipeline.ResultDirectory;
import org.airshed.scenarios.report.ReportInputException;
import org.airshed.scenarios.sweep.SweepDirectoryException;
import org.airshed.scenarios.sweep.SweepMerge;
import org.airshed.scenarios.sweep.SweepResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code airshed sweep merge DIR... --out DIR}: a sharded sweep's result files from its shards' directories. */
@Command(name = "merge", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Make a sharded sweep's result files from its shards' directories.",
        description = {"DIR...: the --out directories of 'airshed sweep SWEEP --shard i/N' (each",
                "holds its shard's journal.jsonl). They must hold shards of the same sweep,",
                "run by the same program, each complete, none twice, together every run.",
                "Writes runs.csv, runs.jsonl and summary.csv into --out, byte for byte what",
                "one uninterrupted 'airshed sweep SWEEP' writes, and report.html with charts/.",
                "Exit 0 on success, 2 when the directories cannot be merged (the message says",
                "which and why), 1 on an internal error."})
final class SweepMergeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "The shards' directories.")
    List<Path> directories;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory for the result files.")
    Path out;

    @Mixin
    DebugOption debug;

    @Override
    public Integer call() throws IOException {
        DirectoryArgument.require(out, "--out");
        for (Path directory : directories) {
            DirectoryArgument.require(directory, "DIR");
        }
        // A shard's journal at (or linked to) a name the merge writes in --out would be lost to its tables or report.
        OwnInputs.refuse("sweep merge --out " + out, out, SweepResults.FILES, SweepMerge.inputs(directories));
        SweepMerge.MergeOutcome outcome;
        try {
            outcome = SweepMerge.merge(directories, out);
        } catch (FileSystemException e) {
            throw new BadInputException("cannot merge into --out " + out + ": " + FailureHandler.describe(e), e);
        } catch (SweepDirectoryException e) {
            throw new BadInputException(e.getMessage(), e);
        } catch (ReportInputException e) {
            // A journal line holding a value no run writes (valid JSON) reaches the tables, then the report.
            throw new BadInputException(e.getMessage() + " (the tables are made from the journal: a run's line there"
                    + " holds this value; run the sweep again with --restart, or remove that line to rerun the run)", e);
        } catch (ResultDirectory.InUseException e) {
            throw new BadInputException("cannot write results to --out: " + e.getMessage(), e);
        }
        PrintWriter printer = spec.commandLine().getOut();
        printer.println(outcome.sweep() + ": " + outcome.runs() + " runs from " + outcome.shards() + " shard"
                + (outcome.shards() == 1 ? "" : "s") + " (" + SweepCommand.counts(outcome.statuses()) + ")");
        for (Path file : outcome.files()) {
            printer.println("  " + file);
        }
        printer.println("  " + out.resolve("report.html") + " (open it in a browser; its charts are in "
                + out.resolve("charts") + ")");
        return ExitCodes.OK;
    }
}
