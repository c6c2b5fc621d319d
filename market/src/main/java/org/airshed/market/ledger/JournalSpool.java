package org.airshed.market.ledger;

import java.nio.file.Path;

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
        Scope scope = new Scope(directory, memoryBytes, CURRENT.get());
        CURRENT.set(scope);
        return scope;
    }

    /** A new journal for a ledger made now, spooling where this thread's scope says. */
    static SpooledJournal newJournal() {
        Scope scope = CURRENT.get();
        return scope == null ? new SpooledJournal(null, DEFAULT_MEMORY) : new SpooledJournal(scope.directory,
                scope.memoryBytes);
    }

    /** An open scope; closing it restores the scope it was opened in. Ledgers made in it keep spooling there. */
    public static final class Scope implements AutoCloseable {
        private final Path directory;
        private final long memoryBytes;
        private final Scope outer;

        private Scope(Path directory, long memoryBytes, Scope outer) {
            this.directory = directory;
            this.memoryBytes = memoryBytes;
            this.outer = outer;
        }

        @Override
        public void close() {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }
}
