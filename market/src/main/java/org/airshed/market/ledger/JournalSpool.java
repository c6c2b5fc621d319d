package org.airshed.market.ledger;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the ledgers made on this thread spool their journals: each keeps its journal's bytes in
 * memory up to a limit and beyond it in a file of the scope's directory (created when first
 * needed), so that a ledger's memory no longer grows with its journal. A run opens a scope on its
 * results directory's scratch area, which it removes when it ends, ok or not; outside a scope,
 * journals spill into the system's temporary directory and their files are deleted when the ledger
 * is no longer reachable, or at exit.
 *
 * <p>A scope rather than a parameter because the ledgers are made deep inside the market's study,
 * which need not know where its run writes. Scopes nest; closing one restores the one it opened in.
 */
public final class JournalSpool {
    /** The bytes of journal kept in memory before spilling: a market of a few thousand sources never touches the disk. */
    public static final long DEFAULT_MEMORY = 8L << 20;

    private static final ThreadLocal<Scope> CURRENT = new ThreadLocal<>();

    private JournalSpool() {
    }

    /** Ledgers made on this thread until the scope closes spill beyond {@link #DEFAULT_MEMORY} into {@code directory}. */
    public static Scope into(Path directory) {
        return into(directory, DEFAULT_MEMORY);
    }

    /**
     * Ledgers made on this thread until the scope closes keep up to {@code memoryBytes} of journal in
     * memory (0: none) and spill the rest into {@code directory}.
     */
    public static Scope into(Path directory, long memoryBytes) {
        if (directory == null) {
            throw new IllegalArgumentException("a journal spool needs a directory; got null");
        }
        if (memoryBytes < 0) {
            throw new IllegalArgumentException("a journal spool's memory must be ≥ 0 bytes; got " + memoryBytes);
        }
        Scope scope = new Scope(directory, memoryBytes, CURRENT.get(), false);
        CURRENT.set(scope);
        return scope;
    }

    /**
     * Like {@link #into(Path)}, for work that keeps nothing of its ledgers once it ends (a sweep's
     * run keeps a few headline numbers): closing the scope closes and deletes every spool file of
     * the ledgers made in it, instead of leaving them to the garbage collector. {@code directory}
     * null: the system's temporary directory.
     */
    public static Scope discardedAtClose(Path directory) {
        return discardedAtClose(directory, DEFAULT_MEMORY);
    }

    /** {@link #discardedAtClose(Path)} keeping up to {@code memoryBytes} of each journal in memory. */
    public static Scope discardedAtClose(Path directory, long memoryBytes) {
        if (memoryBytes < 0) {
            throw new IllegalArgumentException("a journal spool's memory must be ≥ 0 bytes; got " + memoryBytes);
        }
        Scope scope = new Scope(directory, memoryBytes, CURRENT.get(), true);
        CURRENT.set(scope);
        return scope;
    }

    /** A new journal for a ledger made now, spooling where this thread's scope says. */
    static SpooledJournal newJournal() {
        Scope scope = CURRENT.get();
        if (scope == null) {
            return new SpooledJournal(null, DEFAULT_MEMORY);
        }
        SpooledJournal journal = new SpooledJournal(scope.directory, scope.memoryBytes);
        if (scope.made != null) {
            scope.made.add(journal);
        }
        return journal;
    }

    /** An open scope; closing it restores the scope it was opened in. Ledgers made in it keep spooling there. */
    public static final class Scope implements AutoCloseable {
        private final Path directory;
        private final long memoryBytes;
        private final Scope outer;
        /** The journals made in a scope that discards them when it closes; null otherwise. */
        private final List<SpooledJournal> made;

        private Scope(Path directory, long memoryBytes, Scope outer, boolean discard) {
            this.directory = directory;
            this.memoryBytes = memoryBytes;
            this.outer = outer;
            this.made = discard ? new ArrayList<>() : null;
        }

        @Override
        public void close() {
            if (made != null) {
                made.forEach(SpooledJournal::discard);
                made.clear();
            }
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }
}
