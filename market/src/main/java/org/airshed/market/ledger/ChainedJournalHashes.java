package org.airshed.market.ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;

/**
 * The journal's hash chain, computed once, as each entry is journaled: every line's SHA-256 kept
 * as 32 bytes (192 MB for the six million entries of a million-source market), so that the
 * chain's head is known at once for summary.json and {@code ledger.jsonl} is written without
 * hashing the journal again. Before, the chain was computed twice per run, once for each.
 *
 * <p>Why not keep the lines' bytes instead of the entries: the ledger's entries share their
 * account and asset objects, so six million of them take less heap than their 1.56 GB of text
 * (measured: a million-source market ran in a 3.5 GB heap with entries, ran out with the text).
 */
final class ChainedJournalHashes {
    private static final int HASH = 32;

    private final JournalChain chain = new JournalChain();
    private final JournalBytes line = new JournalBytes();
    private byte[] hashes = new byte[HASH * 1024];
    private int size;

    /** Chains the next entry of the journal. */
    void append(JournalEntry entry) {
        line.reset();
        JournalFormat.write(line, entry);
        chain.next(line);
        if ((size + 1) * HASH > hashes.length) {
            hashes = Arrays.copyOf(hashes, Math.max(hashes.length * 2, (size + 1) * HASH));
        }
        byte[] hex = chain.headBytes();
        for (int b = 0; b < HASH; b++) {
            hashes[size * HASH + b] = (byte) ((digit(hex[2 * b]) << 4) | digit(hex[2 * b + 1]));
        }
        size++;
    }

    /** The last line's hash, {@link JournalChain#GENESIS} before any. */
    String head() {
        return chain.head();
    }

    /**
     * Writes {@code entries} — the entries chained here, in order — as {@link LedgerJournal#write}
     * writes them, each with its stored hash: the same bytes, without hashing again.
     */
    void writeTo(OutputStream out, List<? extends JournalEntry> entries) throws IOException {
        if (entries.size() != size) {
            throw new IllegalStateException("the journal has " + entries.size() + " entries; " + size + " were chained");
        }
        byte[] hex = new byte[2 * HASH];
        byte[] raw = new byte[HASH];
        for (int i = 0; i < size; i++) {
            line.reset();
            JournalFormat.write(line, entries.get(i));
            line.drop(1);
            System.arraycopy(hashes, i * HASH, raw, 0, HASH);
            JournalBytes.hex(raw, hex);
            line.ascii(",\"hash\":\"").bytes(hex).ascii("\"}\n");
            line.writeTo(out);
        }
    }

    private static int digit(byte hex) {
        return hex <= '9' ? hex - '0' : hex - 'a' + 10;
    }
}
