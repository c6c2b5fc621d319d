package org.airshed.market.ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * A ledger's journal held as the bytes of its file: each entry, as it is appended, is written
 * once in its canonical form, chained ({@link JournalChain}) and kept as its finished line of
 * {@code ledger.jsonl} (hash and line end included) in large byte chunks. A million-source market
 * journal (six million entries) is then about 1.5 GB of bytes instead of six million entry graphs,
 * its chain is computed once, and writing it is a copy. An entry is read back ({@link #get}) by
 * parsing its line, for the rare caller that needs the objects (replays, tests).
 */
final class CompactJournal extends AbstractList<JournalEntry> implements RandomAccess {
    private static final int CHUNK = 1 << 24;

    private final List<byte[]> chunks = new ArrayList<>();
    private final List<Integer> chunkUsed = new ArrayList<>();
    private final JournalChain chain = new JournalChain();
    private final JournalBytes line = new JournalBytes();
    private byte[] current;
    private int used;
    /** Entry i's line: chunk {@code (int) (position[i] >>> 32)}, from byte {@code (int) position[i]}, {@code length[i]} bytes. */
    private long[] position = new long[1024];
    private int[] length = new int[1024];
    private int size;

    /** Appends an entry: its hashed line as {@link LedgerJournal#write} writes it. */
    void append(JournalEntry entry) {
        line.reset();
        JournalFormat.write(line, entry);
        chain.next(line);
        line.drop(1);
        line.ascii(",\"hash\":\"").bytes(chain.headBytes()).ascii("\"}\n");
        int n = line.length();
        if (current == null || used + n > current.length) {
            newChunk(n);
        }
        System.arraycopy(line.array(), 0, current, used, n);
        if (size == position.length) {
            position = Arrays.copyOf(position, size * 2);
            length = Arrays.copyOf(length, size * 2);
        }
        position[size] = ((long) (chunks.size() - 1) << 32) | used;
        length[size] = n;
        size++;
        used += n;
        chunkUsed.set(chunks.size() - 1, used);
    }

    private void newChunk(int atLeast) {
        current = new byte[Math.max(CHUNK, atLeast)];
        used = 0;
        chunks.add(current);
        chunkUsed.add(0);
    }

    @Override
    public int size() {
        return size;
    }

    /** Entry i, parsed from its line. */
    @Override
    public JournalEntry get(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("entry " + i + " of a journal of " + size);
        }
        byte[] chunk = chunks.get((int) (position[i] >>> 32));
        // The stored line ends in LF, which the line reader does not take.
        String text = new String(chunk, (int) position[i], length[i] - 1, StandardCharsets.UTF_8);
        return LedgerJournal.parseLines("journal", text).get(0).entry();
    }

    /** The chain's head: the last line's hash ({@link JournalChain#GENESIS} when empty). */
    String head() {
        return chain.head();
    }

    /** Writes the journal file's bytes: every line, in order. */
    void writeTo(OutputStream out) throws IOException {
        for (int c = 0; c < chunks.size(); c++) {
            out.write(chunks.get(c), 0, chunkUsed.get(c));
        }
    }
}
