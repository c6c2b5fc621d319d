package org.airshed.scenarios.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.airshed.scenarios.pipeline.OwnInputs;
import org.airshed.scenarios.pipeline.ResultDirectory;
import org.airshed.scenarios.pipeline.ResultKind;
import org.airshed.scenarios.report.SweepReport;

/**
 * {@code airshed sweep merge DIR... --out DIR}: the result files of a sweep run as shards
 * (on the machines of a cluster, say), byte-identical to one uninterrupted single-machine sweep's,
 * and its report, drawn from them once they are on disk.
 * The shard directories must belong to one sweep (their journals' fingerprints agree: the same
 * sweep file, base scenario and program), be complete, be disjoint and together hold every run;
 * otherwise nothing is written and the message says which directory breaks which rule.
 */
public final class SweepMerge {
    private SweepMerge() {
    }

    /**
     * What a merge did.
     *
     * @param sweep    the sweep's name
     * @param statuses runs per status
     * @param files    the result files written
     */
    public record MergeOutcome(String sweep, int runs, int shards, Map<String, Integer> statuses, List<Path> files) {
    }

    /** The shards' journals a merge reads, each named as DIR/journal.jsonl: inputs its results must not replace. */
    public static List<OwnInputs.Input> inputs(List<Path> directories) {
        return directories.stream().map(directory -> directory.resolve(SweepJournal.FILE))
                .map(journal -> new OwnInputs.Input(journal, journal.toString(), "file")).toList();
    }

    /** Merges the journals in {@code directories} into result files in {@code out}. */
    public static MergeOutcome merge(List<Path> directories, Path out) throws IOException {
        if (directories.isEmpty()) {
            throw new SweepDirectoryException("name the shard directories to merge");
        }
        // An --out Airshed wrote into (its lock file is there; it may be a shard's own directory) is taken and
        // settled before anything is judged, as by every lock-taking command; any other gets nothing, not even
        // the lock file, until the merge is known to be possible.
        boolean airshed = Files.isRegularFile(out.resolve(ResultDirectory.LOCK), LinkOption.NOFOLLOW_LINKS);
        ResultDirectory held = airshed ? ResultDirectory.lock(out, ResultKind.SWEEP) : null;
        try {
            for (Path directory : directories) {
                settle(directory, held);
            }
            return merge(directories, out, held);
        } finally {
            if (held != null) {
                held.close();
            }
        }
    }

    /**
     * A shard's directory a killed command left half-moved (its journal may wait aside) is settled, under its
     * lock, before its journal is read; one left as it was is not touched.
     */
    private static void settle(Path directory, ResultDirectory held) throws IOException {
        if (!Files.isDirectory(directory) || held != null && Files.isSameFile(directory, held.path())) {
            return; // none there (the merge says so), or --out itself, settled under the lock held
        }
        ResultDirectory.settle(directory);
    }

    private static MergeOutcome merge(List<Path> directories, Path out, ResultDirectory held) throws IOException {
        List<JournalHeader> headers = new ArrayList<>();
        List<JournalIndex.Part> parts = new ArrayList<>();
        Map<Shard, Path> shards = new HashMap<>();
        for (Path directory : directories) {
            Path journal = directory.resolve(SweepJournal.FILE);
            JournalHeader header = header(directory, journal);
            JournalHeader first = headers.isEmpty() ? header : headers.get(0);
            if (!first.fingerprint().equals(header.fingerprint())) {
                throw new SweepDirectoryException(directory + " holds another sweep than " + directories.get(0)
                        + " (\"" + header.sweep() + "\" against \"" + first.sweep() + "\"), or the same sweep run from"
                        + " another sweep file, scenario or program version: their journals' fingerprints differ; merge"
                        + " the shards of one sweep, run by the same airshed");
            }
            Path twice = shards.putIfAbsent(header.shard(), directory);
            if (twice != null) {
                throw new SweepDirectoryException(twice + " and " + directory + " both hold "
                        + SweepJournal.describe(header.shard()) + "; give each shard's directory once");
            }
            headers.add(header);
            parts.add(new JournalIndex.Part(directory.toString(), journal, header.shard()));
        }
        JournalHeader header = headers.get(0);
        SweepSpec spec = SweepReader.read(header.sweepFile(), header.sweepText());
        if (spec.runCount() != header.runs()) {
            throw new SweepDirectoryException(parts.get(0).journal() + " says the sweep has " + header.runs()
                    + " runs, but its sweep file gives " + spec.runCount() + "; the journal is damaged");
        }
        // Every refusal comes before a new --out is made: a merge that cannot be made writes nothing.
        JournalIndex index = JournalIndex.of(parts, header.runs());
        refuseAnotherSweep(out, header);
        try (ResultDirectory made = held == null ? ResultDirectory.lock(out, ResultKind.SWEEP) : null) {
            ResultDirectory directory = held == null ? made : held;
            refuseAnotherSweep(directory.path(), header);
            Map<String, Integer> statuses;
            try (RunOrderLines lines = index.lines()) {
                statuses = SweepTables.write(spec, lines, directory.path());
            }
            SweepReport.write(directory, spec.name(), spec.description(), header.scenario());
            return new MergeOutcome(header.sweep(), header.runs(), parts.size(), statuses,
                    List.of(out.resolve(SweepRunner.RUNS_JSONL), out.resolve(SweepRunner.RUNS_CSV),
                            out.resolve(SweepRunner.SUMMARY_CSV)));
        }
    }

    private static JournalHeader header(Path directory, Path journal) throws IOException {
        if (!Files.isRegularFile(journal)) {
            throw new SweepDirectoryException(directory + " holds no sweep journal (" + SweepJournal.FILE + "): give"
                    + " the --out directories the shards were run into");
        }
        try (JournalScanner lines = new JournalScanner(journal)) {
            JournalHeader header = lines.next() ? JournalHeader.parse(lines.line()) : null;
            if (header == null) {
                throw new SweepDirectoryException(journal + ": line 1 is not a sweep journal's header; the file is"
                        + " damaged, or was written by another version of airshed");
            }
            return header;
        }
    }

    /** Result files beside another sweep's journal would mix two sweeps in one directory. */
    private static void refuseAnotherSweep(Path out, JournalHeader header) throws IOException {
        Path journal = out.resolve(SweepJournal.FILE);
        if (!Files.isRegularFile(journal)) {
            return;
        }
        try (JournalScanner lines = new JournalScanner(journal)) {
            JournalHeader there = lines.next() ? JournalHeader.parse(lines.line()) : null;
            if (there == null || !there.fingerprint().equals(header.fingerprint())) {
                throw new SweepDirectoryException(out + " holds the journal of another sweep; merge into another --out");
            }
        }
    }
}
