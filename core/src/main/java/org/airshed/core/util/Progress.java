package org.airshed.core.util;

/**
 * Where a long phase of a command (reading a million-row file, solving, writing results) says
 * how far it is. The process has one: silent unless the command line installs one for a
 * terminal. A holder, not a parameter, because it belongs to the process's terminal, not to a
 * run: readers and writers deep in the call tree report without every signature carrying it.
 * Reports never reach a result file, so they cannot break reproducibility.
 */
public interface Progress {
    /** Says nothing: the default, and what a process without a terminal keeps. */
    Progress SILENT = new Progress() {
        @Override
        public void phase(String what) {
        }

        @Override
        public void advance(long done, long total) {
        }

        @Override
        public void finish() {
        }
    };

    /** Starts a phase, ending the one before: {@code "reading sources.csv"}. */
    void phase(String what);

    /** How far the current phase is: {@code done} of {@code total} units (bytes, rows). */
    void advance(long done, long total);

    /**
     * How far one part of the current phase is, when parts advance side by side (two tables written
     * at once): {@code done} of {@code total} of the part named {@code part} ({@code "mac.csv"}).
     */
    default void advance(String part, long done, long total) {
        advance(done, total);
    }

    /** The command is done: clears what was shown. */
    void finish();

    /** The process's progress. */
    static Progress current() {
        return Holder.current;
    }

    /** Installs the process's progress (the command line, for a terminal); returns the one before. */
    static Progress install(Progress progress) {
        Progress before = Holder.current;
        Holder.current = progress == null ? SILENT : progress;
        return before;
    }

    /** The process-wide value behind {@link #current()}. */
    final class Holder {
        private static volatile Progress current = SILENT;

        private Holder() {
        }
    }
}
