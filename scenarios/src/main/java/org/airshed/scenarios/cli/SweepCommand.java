package org.airshed.scenarios.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.airshed.core.allocation.ExactAllocationSolver;
import org.airshed.core.util.Progress;
import org.airshed.scenarios.library.ScenarioLibrary;
import org.airshed.scenarios.pipeline.OwnInputs;
import org.airshed.scenarios.pipeline.ResultDirectory;
import org.airshed.scenarios.report.ReportInputException;
import org.airshed.scenarios.run.BuildVersion;
import org.airshed.scenarios.run.ScenarioRunner;
import org.airshed.scenarios.sweep.Shard;
import org.airshed.scenarios.sweep.SweepDirectoryException;
import org.airshed.scenarios.sweep.SweepRunner.SweepOutcome;
import org.airshed.scenarios.sweep.SweepRunner;
import org.airshed.scenarios.sweep.SweepSetup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code airshed sweep SWEEP --out DIR}: many variants of a scenario, in parallel, resumable, in shards. */
@Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Run a scenario across a grid (and seeded draws) of parameter values.",
        // SWEEP and --out are required but not declared so: picocli checks a parent's before its subcommand's.
        customSynopsis = {"airshed sweep [-hV] [--debug] --out=DIR [--restart] [--shard=i/N]",
                "                     [--threads=N] SWEEP",
                "   or: airshed sweep merge [-hV] [--debug] --out=DIR DIR..."},
        description = {"SWEEP: a sweep file (JSON; README, \"Sweeps\") or a bundled sweep's name.",
                "Writes into DIR: runs.csv and runs.jsonl (a row per run: parameters,",
                "status, headline results), summary.csv (statistics per parameter value),",
                "report.html with charts/ (the tables drawn), and journal.jsonl (finished",
                "runs, written as they finish: a killed sweep started again does only what",
                "is left and ends with the same files).",
                "With --shard i/N it runs only the runs whose id mod N is i and leaves",
                "their journal; 'airshed sweep merge' makes the result files from the",
                "shards' directories. An infeasible or invalid run is recorded with its",
                "reason; the sweep goes on.",
                "Exit 0 when every run was recorded, 2 on a bad sweep file or scenario,",
                "1 on an internal error."},
        subcommands = SweepMergeCommand.class)
final class SweepCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    // Not required for picocli: "airshed sweep merge ..." has neither, and picocli checks a parent's before its subcommand.
    @Parameters(index = "0", arity = "0..1", paramLabel = "SWEEP", hideParamSyntax = true,
            description = "A sweep file, or the name of a bundled sweep (required).")
    String sweep;

    @Option(names = "--out", paramLabel = "DIR", description = "Directory for the results (required).")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Runs at a time (default: every core).")
    Integer threads;

    @Option(names = "--shard", paramLabel = "i/N",
            description = "Run only shard i of N (from 0): the runs whose id mod N is i; merge the shards' directories"
                    + " with 'airshed sweep merge'.")
    String shard;

    @Option(names = "--restart", description = "Start over even if DIR holds a journal of another (or a changed) sweep.")
    boolean restart;

    @Mixin
    DebugOption debug;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (sweep == null) {
            throw new ParameterException(spec.commandLine(), "Missing required parameter: 'SWEEP'");
        }
        if (out == null) {
            throw new ParameterException(spec.commandLine(), "Missing required option: '--out=DIR'");
        }
        DirectoryArgument.require(out, "--out");
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1 || n > 1024) {
            throw new BadInputException("--threads " + n + ": must be from 1 to 1024", null);
        }
        Shard part;
        try {
            part = shard == null ? Shard.WHOLE : Shard.parse(shard);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--shard " + shard + ": " + e.getMessage(), e);
        }
        String version = BuildVersion.current();
        SweepSetup setup = SweepSetup.of(sweep, ScenarioLibrary.bundled(), version);
        OwnInputs.refuse("sweep --out " + this.out, this.out, SweepRunner.FILES, setup.inputs());
        Progress.current().finish();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int total = setup.plan().runCount();
        String header = setup.plan().spec().name() + ": " + (part.isWhole() ? "" : "shard " + part + ", "
                + part.size(total) + " of ") + total + " runs of " + setup.base().fileName() + " on " + n + " thread"
                + (n == 1 ? "" : "s") + ", seed " + setup.plan().spec().seed();
        SweepOutcome outcome;
        try {
            // Each run solves a small problem: one thread per run, the solver itself sequential.
            SweepRunner runner = new SweepRunner(() -> new ScenarioRunner(new ExactAllocationSolver(), version));
            // The header once DIR is known to take the sweep: a refused directory prints nothing on stdout.
            outcome = runner.run(setup, part, this.out, n, restart, err, System.console() != null, () -> {
                out.println(header);
                out.flush();
            });
        } catch (FileSystemException e) {
            throw new BadInputException("cannot write results to --out " + this.out + ": "
                    + FailureHandler.describe(e), e);
        } catch (SweepDirectoryException e) {
            throw new BadInputException(e.getMessage(), e);
        } catch (ReportInputException e) {
            // A journal line holding a value no run writes (valid JSON) reaches the tables, then the report.
            throw new BadInputException(e.getMessage() + " (the tables are made from the journal: a run's line there"
                    + " holds this value; run the sweep again with --restart, or remove that line to rerun the run)", e);
        } catch (ResultDirectory.InUseException e) {
            throw new BadInputException("cannot write results to --out: " + e.getMessage(), e);
        }
        out.println(outcome.runs() + " runs (" + counts(outcome.statuses()) + ")" + (outcome.resumed() > 0 ? ", "
                + outcome.resumed() + " of them done before this start" : ""));
        for (Path file : outcome.files()) {
            out.println("  " + file);
        }
        if (part.isWhole()) {
            out.println("  " + this.out.resolve("report.html") + " (open it in a browser; its charts are in "
                    + this.out.resolve("charts") + ")");
        } else {
            out.println("when all " + part.count() + " shards are done: airshed sweep merge DIR... --out DIR");
        }
        return ExitCodes.OK;
    }

    /** "infeasible 1, ok 2". */
    static String counts(Map<String, Integer> statuses) {
        StringBuilder counts = new StringBuilder();
        for (Map.Entry<String, Integer> e : statuses.entrySet()) {
            counts.append(counts.length() == 0 ? "" : ", ").append(e.getKey()).append(' ').append(e.getValue());
        }
        return counts.toString();
    }
}
