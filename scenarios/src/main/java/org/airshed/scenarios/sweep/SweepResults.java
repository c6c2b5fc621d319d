package org.airshed.scenarios.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.airshed.scenarios.pipeline.ResultDirectory;
import org.airshed.scenarios.pipeline.ResultKind;
import org.airshed.scenarios.report.Reports;
import org.airshed.scenarios.report.SweepReport;

/**
 * A sweep's result files from its lines computed elsewhere (by a Spark job), handed over in run
 * order: the same tables, by the same code, as a local sweep's, and its report drawn from them. The
 * directory is locked while they are written, like any sweep's, and refused when it holds the
 * journal of another sweep, as {@code airshed sweep} and {@code sweep merge} refuse it.
 */
public final class SweepResults {
    /** What a merge or a Spark sweep writes into its --out: the three tables and the report (report.html, charts/). */
    public static final List<String> FILES = Stream.concat(Stream.of(SweepRunner.RUNS_JSONL, SweepRunner.RUNS_CSV,
            SweepRunner.SUMMARY_CSV), Reports.WRITES.stream()).toList();

    private SweepResults() {
    }

    /**
     * Writes runs.jsonl, runs.csv and summary.csv of {@code setup}'s sweep into {@code out}, then
     * report.html and charts/ from them; returns the runs per status. Throws IllegalStateException
     * when a line is not the next run's, or runs are missing, and {@link SweepDirectoryException}
     * (writing nothing) when {@code out} holds the journal of another sweep.
     */
    public static Map<String, Integer> write(SweepSetup setup, Iterator<String> lines, Path out) throws IOException {
        SweepSpec spec = setup.plan().spec();
        try (ResultDirectory directory = ResultDirectory.lock(out, ResultKind.SWEEP)) {
            refuseAnotherSweep(setup, directory.path());
            InRunOrder checked = new InRunOrder(lines, Math.toIntExact(spec.runCount()));
            Map<String, Integer> statuses = SweepTables.write(spec, checked, directory.path());
            checked.requireAll();
            SweepReport.write(directory, spec.name(), spec.description(), setup.base().tree());
            return statuses;
        }
    }

    /**
     * Throws {@link SweepDirectoryException}, naming {@code out} and the other sweep, when {@code out}
     * holds the journal of a sweep other than {@code setup}'s (another fingerprint: another sweep, or
     * this one from another sweep file, scenario or program): this sweep's tables beside it would mix
     * two sweeps in one directory. Call it before computing the runs, so a refusal costs nothing.
     */
    public static void refuseAnotherSweep(SweepSetup setup, Path out) throws IOException {
        Path journal = out.resolve(SweepJournal.FILE);
        if (!Files.isRegularFile(journal)) {
            return;
        }
        JournalHeader there;
        try (JournalScanner lines = new JournalScanner(journal)) {
            there = lines.next() ? JournalHeader.parse(lines.line()) : null;
        }
        String name = setup.plan().spec().name();
        if (there == null) {
            throw new SweepDirectoryException(out + " holds a " + SweepJournal.FILE + " whose line 1 is not a sweep"
                    + " journal's header; write the results of \"" + name + "\" into another --out");
        }
        if (!there.fingerprint().equals(setup.fingerprint())) {
            throw new SweepDirectoryException(out + " holds the journal of another sweep (\"" + there.sweep() + "\""
                    + (there.sweep().equals(name) ? ", run from another sweep file, scenario or program version" : "")
                    + "); write the results of \"" + name + "\" into another --out");
        }
    }

    /** Passes the lines on, checking each is the next run's. */
    private static final class InRunOrder implements Iterator<String> {
        private final Iterator<String> lines;
        private final int runs;
        private int next;

        InRunOrder(Iterator<String> lines, int runs) {
            this.lines = lines;
            this.runs = runs;
        }

        @Override
        public boolean hasNext() {
            return lines.hasNext();
        }

        @Override
        public String next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            String line = lines.next();
            if (next >= runs || !line.startsWith("{\"run\":" + next + ",")) {
                throw new IllegalStateException("line " + (next + 1) + " of the handed-over runs is not run " + next
                        + ": " + (line.length() > 40 ? line.substring(0, 40) + "…" : line));
            }
            next++;
            return line;
        }

        void requireAll() {
            if (next != runs) {
                throw new IllegalStateException(runs + " runs expected, " + next + " handed over");
            }
        }
    }
}
