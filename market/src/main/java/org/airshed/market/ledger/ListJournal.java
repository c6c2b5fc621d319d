package org.airshed.market.ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A journal held as its entries: for a ledger replayed from entries its caller already holds
 * ({@link Ledger#rebuild}), which then costs a reference per entry. The chain's head follows each
 * entry; the file is written by chaining again.
 */
final class ListJournal implements JournalStore {
    private final List<JournalEntry> entries = new ArrayList<>();
    private final JournalChain chain = new JournalChain();
    private final JournalBytes line = new JournalBytes();

    @Override
    public long append(JournalEntry entry) {
        entries.add(entry);
        line.reset();
        JournalFormat.write(line, entry);
        chain.next(line);
        return entries.size() - 1L;
    }

    @Override
    public JournalEntry entryAt(long position) {
        return entries.get((int) position);
    }

    @Override
    public int size() {
        return entries.size();
    }

    @Override
    public String head() {
        return chain.head();
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        LedgerJournal.write(out, entries);
    }

    @Override
    public List<JournalEntry> entries() {
        return Collections.unmodifiableList(entries);
    }
}
