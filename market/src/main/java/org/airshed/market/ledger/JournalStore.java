package org.airshed.market.ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Where a {@link Ledger} keeps its journal: the entries in order, each line chained to the one
 * before as {@code ledger.jsonl} holds them ({@link LedgerJournal}).
 */
interface JournalStore {
    /** Journals the next entry; returns its position, by which {@link #entryAt} finds it again. */
    long append(JournalEntry entry);

    /** The entry journaled at {@code position} (as {@link #append} returned it). */
    JournalEntry entryAt(long position);

    /** How many entries are journaled. */
    int size();

    /** The hash of the last line, {@link JournalChain#GENESIS} before any. */
    String head();

    /** Writes the journal file's bytes: every line with its hash, ended by LF. */
    void writeTo(OutputStream out) throws IOException;

    /** The entries in order: a read-only view where they are held as entries, else read back. */
    List<JournalEntry> entries();
}
