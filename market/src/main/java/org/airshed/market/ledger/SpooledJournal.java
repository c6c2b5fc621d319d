package org.airshed.market.ledger;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.ref.Cleaner;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A journal kept as the bytes of its file — each line chained and written once, as it is journaled
 * — in memory up to a limit and beyond it in a spool file ({@link JournalSpool}): what the ledger
 * holds no longer grows with its journal (a million-source market journals 1.56 GB). Entries are
 * read back only when asked for: a repeated transaction id, {@link Ledger#journal()}.
 */
final class SpooledJournal implements JournalStore {
    private static final Cleaner CLEANER = Cleaner.create();
    /** The write buffer once spilled: writes to the file in large pieces. */
    private static final int FILE_BUFFER = 1 << 20;
    /** The most a Java array holds, with room to spare. */
    private static final int MAX_ARRAY = Integer.MAX_VALUE - 64;

    /** Where the spool file goes; null for the system's temporary directory. */
    private final Path directory;
    private final long memoryLimit;
    private final JournalChain chain = new JournalChain();
    private final JournalBytes line = new JournalBytes();
    /** The bytes not yet in the file (all of them before it spills). */
    private byte[] buffer = new byte[1024];
    private int buffered;
    /** The bytes in the file, before {@code buffer}'s. */
    private long flushed;
    private int size;
    private SpoolFile file;
    /** Closes and deletes the spool file: when the ledger is unreachable, or at once ({@link #discard}). */
    private Cleaner.Cleanable cleanable;

    SpooledJournal(Path directory, long memoryLimit) {
        this.directory = directory;
        this.memoryLimit = memoryLimit;
    }

    @Override
    public long append(JournalEntry entry) {
        long position = flushed + buffered;
        line.reset();
        JournalFormat.write(line, entry);
        chain.next(line);
        line.drop(1);
        line.ascii(",\"hash\":\"").bytes(chain.headBytes()).ascii("\"}\n");
        put(line.array(), line.length());
        size++;
        return position;
    }

    @Override
    public JournalEntry entryAt(long position) {
        String text = lineAt(position);
        try {
            return LedgerJournal.parseLine(source(), 1, text).entry();
        } catch (JournalException e) {
            throw new IllegalStateException("the spooled journal " + source() + " was changed at byte " + position
                    + ": " + e.getMessage(), e);
        }
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public String head() {
        return chain.head();
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        byte[] chunk = new byte[(int) Math.min(FILE_BUFFER, Math.max(1, flushed))];
        for (long p = 0; p < flushed; ) {
            int n = read(p, chunk, 0, (int) Math.min(chunk.length, flushed - p));
            out.write(chunk, 0, n);
            p += n;
        }
        out.write(buffer, 0, buffered);
    }

    @Override
    public List<JournalEntry> entries() {
        List<JournalEntry> entries = new ArrayList<>(size);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(new Bytes(), StandardCharsets.UTF_8),
                1 << 16)) {
            int number = 1;
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                entries.add(LedgerJournal.parseLine(source(), number++, text).entry());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read back the spooled journal " + source() + ": " + e.getMessage(), e);
        }
        return List.copyOf(entries);
    }

    private void put(byte[] bytes, int length) {
        if (file == null && (flushed + buffered + (long) length > memoryLimit || buffered + (long) length > MAX_ARRAY)) {
            spill();
        }
        if (file == null) {
            if (buffered + length > buffer.length) {
                buffer = Arrays.copyOf(buffer, (int) Math.min(MAX_ARRAY, Math.max(2L * buffer.length, buffered + length)));
            }
        } else if (buffered + length > buffer.length) {
            flush();
            if (length > buffer.length) {
                write(ByteBuffer.wrap(bytes, 0, length));
                return;
            }
        }
        System.arraycopy(bytes, 0, buffer, buffered, length);
        buffered += length;
    }

    /** Moves the journal from memory into a new spool file; from now on only the write buffer stays in memory. */
    private void spill() {
        Path path = null;
        try {
            // No deleteOnExit: the cleaner or discard() deletes it, and a long-lived JVM (a Spark executor)
            // would keep every path it was ever given until it exits.
            if (directory == null) {
                path = Files.createTempFile("airshed-ledger-", ".jsonl");
            } else {
                Files.createDirectories(directory);
                path = Files.createTempFile(directory, "ledger-", ".jsonl");
            }
            file = new SpoolFile(path, FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE));
        } catch (IOException e) {
            if (path != null) {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException ignored) {
                    // Scratch: the run's scratch area goes with the run.
                }
            }
            throw new UncheckedIOException("cannot spool the ledger's journal to " + (path != null ? path : directory
                    != null ? directory : "the temporary directory") + ": " + e.getMessage(), e);
        }
        cleanable = CLEANER.register(this, file);
        flush();
        buffer = new byte[FILE_BUFFER];
    }

    /**
     * Closes and deletes the spool file now (a sweep's run is done with its ledger); the journal
     * must not be used afterwards. Nothing to do before it spills.
     */
    void discard() {
        if (cleanable != null) {
            cleanable.clean();
        }
    }

    private void flush() {
        write(ByteBuffer.wrap(buffer, 0, buffered));
        buffered = 0;
    }

    private void write(ByteBuffer bytes) {
        try {
            while (bytes.hasRemaining()) {
                flushed += file.channel.write(bytes, flushed);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot spool the ledger's journal to " + file.path + ": " + e.getMessage(), e);
        }
    }

    /** Reads up to {@code length} bytes of the journal from {@code position}; -1 at its end. */
    private int read(long position, byte[] into, int offset, int length) {
        if (position >= flushed) {
            int from = (int) (position - flushed);
            int n = Math.min(length, buffered - from);
            if (n <= 0) {
                return -1;
            }
            System.arraycopy(buffer, from, into, offset, n);
            return n;
        }
        int n = (int) Math.min(length, flushed - position);
        ByteBuffer bytes = ByteBuffer.wrap(into, offset, n);
        try {
            while (bytes.hasRemaining()) {
                if (file.channel.read(bytes, position + bytes.position() - offset) < 0) {
                    throw new IOException("the file ends before byte " + flushed);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read back the spooled journal " + file.path + ": " + e.getMessage(), e);
        }
        return n;
    }

    /** The line starting at {@code position}, without its LF. */
    private String lineAt(long position) {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        byte[] chunk = new byte[512];
        for (long p = position; ; ) {
            int n = read(p, chunk, 0, chunk.length);
            if (n < 0) {
                throw new IllegalStateException("the spooled journal " + source() + " has no line end after byte "
                        + position);
            }
            for (int i = 0; i < n; i++) {
                if (chunk[i] == '\n') {
                    text.write(chunk, 0, i);
                    return text.toString(StandardCharsets.UTF_8);
                }
            }
            text.write(chunk, 0, n);
            p += n;
        }
    }

    private String source() {
        return file == null ? "journal" : file.path.toString();
    }

    /** The journal's bytes from the start, as a stream. */
    private final class Bytes extends InputStream {
        private long position;

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] into, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            int n = SpooledJournal.this.read(position, into, offset, length);
            if (n > 0) {
                position += n;
            }
            return n;
        }
    }

    /** The spool file: closed and deleted once its journal is unreachable (the run's own removal may come first). */
    private static final class SpoolFile implements Runnable {
        private final Path path;
        private final FileChannel channel;

        SpoolFile(Path path, FileChannel channel) {
            this.path = path;
            this.channel = channel;
        }

        @Override
        public void run() {
            try {
                channel.close();
                Files.deleteIfExists(path);
            } catch (IOException e) {
                // Nothing to tell: the file is scratch, and a run's scratch area is removed with the run.
            }
        }
    }
}
