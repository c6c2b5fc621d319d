package org.airshed.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.airshed.core.io.Problem;
import org.airshed.core.io.ScenarioInputException;
import org.airshed.scenarios.library.ScenarioLibrary;
import org.airshed.scenarios.pipeline.OwnInputs;
import org.airshed.scenarios.pipeline.ResultDirectory;
import org.airshed.scenarios.run.BuildVersion;
import org.airshed.scenarios.sweep.SweepDirectoryException;
import org.airshed.scenarios.sweep.SweepResults;
import org.airshed.scenarios.sweep.SweepSetup;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * What {@code spark-submit airshed-spark.jar SWEEP --out DIR} runs: {@code airshed sweep} on a
 * Spark cluster. The same exit codes as the command line: 0 done, 2 bad input (the sweep file, its
 * scenario, the output directory: file, JSON path and value), 1 an internal error in one line.
 * The sweep and the output directory (no other sweep's journal in it) are checked before Spark
 * starts, so bad input costs no cluster time.
 */
@Command(name = "airshed-spark", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Run an Airshed sweep on Apache Spark (spark-submit airshed-spark.jar SWEEP --out DIR).",
        description = {"SWEEP: a sweep file on the driver's machine, or a bundled sweep's name.",
                "Writes runs.csv, runs.jsonl and summary.csv into DIR on the driver's disk:",
                "the files 'airshed sweep SWEEP --out DIR' writes, byte for byte; and",
                "report.html with charts/ drawn from them."})
public final class SparkSweepCommand implements Callable<Integer> {
    private final Supplier<JavaSparkContext> spark;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SWEEP", description = "A sweep file, or the name of a bundled sweep.")
    String sweep;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory for the results (driver side).")
    Path out;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Run ranges (Spark partitions); default 4 per core Spark offers, at most 10,000 runs each.")
    Integer partitions;

    @Option(names = "--debug", description = "Print the stack trace of an internal error.")
    boolean debug;

    SparkSweepCommand(Supplier<JavaSparkContext> spark) {
        this.spark = spark;
    }

    public static void main(String[] args) {
        JavaSparkContext[] started = new JavaSparkContext[1];
        int code = execute(args, () -> {
            // Quiet unless the submitter asks for more (--conf spark.log.level=INFO).
            started[0] = new JavaSparkContext(new SparkConf().setAppName("airshed sweep")
                    .setIfMissing("spark.log.level", "WARN"));
            return started[0];
        }, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        if (started[0] != null) {
            started[0].stop();
        }
        System.exit(code);
    }

    /** Parses {@code args} and runs the sweep on the context {@code spark} gives (asked for only once the sweep is checked). */
    static int execute(String[] args, Supplier<JavaSparkContext> spark, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new SparkSweepCommand(spark)).setOut(out).setErr(err);
        commandLine.setExecutionExceptionHandler((e, cl, parsed) -> failure(e, cl.getErr(),
                parsed.hasMatchedOption("--debug")));
        return commandLine.execute(args);
    }

    @Override
    public Integer call() throws IOException {
        if (partitions != null && partitions < 1) {
            throw new BadInput("--partitions " + partitions + ": must be at least 1");
        }
        String version = BuildVersion.current();
        SweepSetup setup = SweepSetup.of(sweep, ScenarioLibrary.bundled(), version);
        // As airshed sweep: a result file of --out must not replace the sweep file, its base or the base's CSV.
        OwnInputs.refuse("airshed-spark --out " + out, out, SweepResults.FILES, setup.inputs());
        try {
            // Another sweep's journal in --out is refused before Spark starts, as airshed sweep refuses it.
            SweepResults.refuseAnotherSweep(setup, out);
        } catch (FileSystemException e) {
            throw new BadInput("cannot read --out " + out + ": " + e.getMessage());
        }
        JavaSparkContext context = spark.get();
        int runs = setup.plan().runCount();
        int parts = partitions == null ? SparkSweep.partitions(context, runs) : partitions;
        SparkSweep.SparkOutcome outcome;
        try {
            outcome = SparkSweep.run(context, setup, version, out, parts);
        } catch (FileSystemException e) {
            throw new BadInput("cannot write results to --out " + out + ": " + e.getMessage());
        } catch (ResultDirectory.InUseException e) {
            throw new BadInput("cannot write results to --out: " + e.getMessage());
        }
        PrintWriter printer = spec.commandLine().getOut();
        printer.println(setup.plan().spec().name() + ": " + outcome.runs() + " runs of " + setup.base().fileName()
                + " in " + outcome.partitions() + " partitions on " + context.master() + " ("
                + counts(outcome.statuses()) + ")");
        for (Path file : outcome.files()) {
            printer.println("  " + file);
        }
        printer.println("  " + out.resolve("report.html") + " (its charts are in " + out.resolve("charts") + ")");
        printer.flush();
        return 0;
    }

    private static String counts(Map<String, Integer> statuses) {
        StringBuilder counts = new StringBuilder();
        statuses.forEach((k, v) -> counts.append(counts.length() == 0 ? "" : ", ").append(k).append(' ').append(v));
        return counts.toString();
    }

    private static int failure(Exception e, PrintWriter err, boolean debug) {
        if (e instanceof ScenarioInputException input) {
            for (Problem problem : input.problems()) {
                err.println(problem);
            }
            err.println("airshed-spark: " + input.problems().size() + " problem(s); nothing was run.");
            return 2;
        }
        if (e instanceof BadInput || e instanceof SweepDirectoryException) {
            err.println("airshed-spark: " + e.getMessage());
            return 2;
        }
        String message = e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("");
        err.println("airshed-spark: internal error: " + e.getClass().getSimpleName() + message
                + (debug ? "" : " (rerun with --debug for the stack trace)"));
        if (debug) {
            e.printStackTrace(err);
        }
        return 1;
    }

    /** The user's input cannot be used; the message says why. */
    private static final class BadInput extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadInput(String message) {
            super(message);
        }
    }
}
