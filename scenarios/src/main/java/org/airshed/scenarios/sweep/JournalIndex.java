package org.airshed.scenarios.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where each run's line is in the journals of one sweep (a whole sweep's journal, or the journals
 * of its shards), checked as it is built: every line a run of its journal's shard, no run in two
 * journals, every journal complete for its shard, every run of the sweep somewhere. It holds one
 * number per run (file and byte offset), not the lines, so that a million runs take 8 MB.
 */
final class JournalIndex {
    /** Offsets take the low 40 bits (a terabyte per journal), the journal's number the rest. */
    private static final int OFFSET_BITS = 40;
    private static final long NOWHERE = -1;

    private final List<Part> parts;
    private final long[] location;
    private final Map<String, Integer> statuses;

    private JournalIndex(List<Part> parts, long[] location, Map<String, Integer> statuses) {
        this.parts = parts;
        this.location = location;
        this.statuses = statuses;
    }

    /**
     * One journal of the sweep.
     *
     * @param name  how messages name its directory
     * @param shard the runs it must hold
     */
    record Part(String name, Path journal, Shard shard) {
    }

    /**
     * Reads the journals of a sweep of {@code runs} runs; throws {@link SweepDirectoryException}
     * saying which directory (and line) breaks which rule, and what to do.
     */
    static JournalIndex of(List<Part> parts, int runs) throws IOException {
        return of(parts, runs, false);
    }

    /**
     * The same; {@code checked}: the lines were checked when the journal was opened, or written by
     * this process, so only each line's run id is read (the tables parse every line anyway).
     * The status counts are then left empty.
     */
    static JournalIndex of(List<Part> parts, int runs, boolean checked) throws IOException {
        long[] location = new long[runs];
        Arrays.fill(location, NOWHERE);
        int[] owner = new int[runs];
        Map<String, Integer> statuses = new TreeMap<>();
        for (int p = 0; p < parts.size(); p++) {
            Part part = parts.get(p);
            int found = 0;
            try (JournalScanner lines = new JournalScanner(part.journal())) {
                lines.next();
                while (lines.next()) {
                    String line = lines.line();
                    int quick = checked ? runOf(line) : -1;
                    SweepRow row = quick >= 0 ? null : SweepJournal.row(line);
                    int run = quick >= 0 ? quick : row == null ? -1 : row.run();
                    if (run < 0 || run >= runs || !part.shard().contains(run)) {
                        throw new SweepDirectoryException(part.journal() + ": line " + lines.number() + " is not a run of "
                                + SweepJournal.describe(part.shard()) + " of this sweep; run that shard again with"
                                + " --restart to redo it");
                    }
                    if (location[run] != NOWHERE && owner[run] != p) {
                        throw new SweepDirectoryException("run " + run + " is in both " + parts.get(owner[run]).name()
                                + " and " + part.name() + ": the directories overlap (shards of different counts, or one"
                                + " shard twice); merge directories whose shards are disjoint");
                    }
                    if (location[run] == NOWHERE) {
                        found++;
                        if (row != null) {
                            statuses.merge(row.status(), 1, Integer::sum);
                        }
                    }
                    // The same run twice in one journal is the same pure function of its inputs: the last line stands.
                    location[run] = ((long) p << OFFSET_BITS) | lines.offset();
                    owner[run] = p;
                }
            }
            int expected = part.shard().size(runs);
            if (found < expected) {
                throw new SweepDirectoryException(part.name() + " holds " + found + " of the " + expected + " runs of "
                        + SweepJournal.describe(part.shard()) + ": it is not complete; run the same airshed sweep"
                        + " command again (it resumes) to finish it");
            }
        }
        int missing = 0;
        int first = -1;
        for (int run = 0; run < runs; run++) {
            if (location[run] == NOWHERE) {
                missing++;
                first = first < 0 ? run : first;
            }
        }
        if (missing > 0) {
            throw new SweepDirectoryException("no directory holds run " + first + (missing > 1 ? " and " + (missing - 1)
                    + " other run" + (missing > 2 ? "s" : "") : "") + " of the sweep's " + runs + " runs"
                    + missing(parts, runs));
        }
        return new JournalIndex(List.copyOf(parts), location, statuses);
    }

    /** The run id a line written by {@link RunExecutor} starts with ({@code {"run":17,}); -1 when it does not. */
    private static int runOf(String line) {
        String prefix = "{\"run\":";
        if (!line.startsWith(prefix)) {
            return -1;
        }
        long run = 0;
        int i = prefix.length();
        for (; i < line.length() && i < prefix.length() + 10 && Character.isDigit(line.charAt(i)); i++) {
            run = run * 10 + (line.charAt(i) - '0');
        }
        boolean whole = i > prefix.length() && i < line.length() && line.charAt(i) == ',' && run <= Integer.MAX_VALUE;
        return whole ? (int) run : -1;
    }

    /** Which shards are missing, when every directory holds a shard of the same count. */
    private static String missing(List<Part> parts, int runs) {
        int count = parts.get(0).shard().count();
        boolean[] present = new boolean[count];
        for (Part part : parts) {
            if (part.shard().count() != count) {
                return "";
            }
            present[part.shard().index()] = true;
        }
        StringBuilder absent = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (!present[i] && new Shard(i, count).size(runs) > 0) {
                absent.append(absent.length() == 0 ? "" : ", ").append(i).append('/').append(count);
            }
        }
        return absent.length() == 0 ? "" : ": shard " + absent + " missing from the merge";
    }

    /** Runs per status in one journal (a shard's), in name order. */
    static Map<String, Integer> statuses(Path journal) throws IOException {
        Map<String, Integer> statuses = new TreeMap<>();
        try (JournalScanner lines = new JournalScanner(journal)) {
            lines.next();
            while (lines.next()) {
                SweepRow row = SweepJournal.row(lines.line());
                if (row != null) {
                    statuses.merge(row.status(), 1, Integer::sum);
                }
            }
        }
        return statuses;
    }

    int runs() {
        return location.length;
    }

    /** Runs per status (ok, infeasible, invalid, error), in name order. */
    Map<String, Integer> statuses() {
        return statuses;
    }

    /** The lines in run order, read from the journals as they are needed. */
    RunOrderLines lines() throws IOException {
        return new RunOrderLines(parts.stream().map(Part::journal).toList(), location, OFFSET_BITS);
    }
}
