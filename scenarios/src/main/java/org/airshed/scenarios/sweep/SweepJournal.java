package org.airshed.scenarios.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.BitSet;
import org.airshed.scenarios.pipeline.FileMover;

/**
 * {@code DIR/journal.jsonl}: the sweep's results as they finish, and its memory between a kill and
 * a restart. The first line ({@link JournalHeader}) names the sweep, the shard and the sweep file;
 * every further line is one finished run, written whole by one append. A run killed in the middle
 * of its line leaves a line without its end, which the next start cuts off: the run is simply done
 * again. Lines are in the order runs finished; only which runs are done is kept in memory (a bit
 * per run), and the result tables are made from the file ({@link JournalIndex}).
 */
final class SweepJournal implements Closeable {
    static final String FILE = "journal.jsonl";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int TAIL_CHUNK = 1 << 16;

    private final Path file;
    private final FileChannel channel;
    private final BitSet done;
    private int doneCount;

    private SweepJournal(Path file, FileChannel channel, BitSet done) {
        this.file = file;
        this.channel = channel;
        this.done = done;
        this.doneCount = done.cardinality();
    }

    /**
     * Opens (or starts) the journal in {@code directory}. Throws {@link SweepDirectoryException}
     * when the directory holds another sweep's journal, or another shard's, and {@code restart} is false.
     * A new journal replaces the previous sweep's whole result set ({@link NewJournal}).
     */
    static SweepJournal open(Path directory, JournalHeader header, boolean restart) throws IOException {
        return open(directory, header, restart, FileMover.SYSTEM);
    }

    /** As {@link #open(Path, JournalHeader, boolean)}, the previous set moved out by {@code mover} (a test's). */
    static SweepJournal open(Path directory, JournalHeader header, boolean restart, FileMover mover)
            throws IOException {
        Path file = directory.resolve(FILE);
        if (Files.isDirectory(file)) {
            throw new SweepDirectoryException(file + " is a directory; a sweep keeps its journal there");
        }
        BitSet done = new BitSet();
        if (!restart && Files.exists(file)) {
            cutUnfinishedLine(file);
            read(file, header, done);
        } else {
            // A new journal: the earlier sweep's whole result set goes as it comes in, all or nothing.
            NewJournal.start(directory, header.line() + "\n", mover);
        }
        FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new SweepDirectoryException(file + " is in use by another sweep running into the same directory");
        }
        return new SweepJournal(file, channel, done);
    }

    /** Drops a last line cut short by a kill, so that the next append starts a line of its own. */
    private static void cutUnfinishedLine(Path file) throws IOException {
        try (FileChannel c = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long end = c.size();
            ByteBuffer buffer = ByteBuffer.allocate(TAIL_CHUNK);
            while (end > 0) {
                long from = Math.max(0, end - TAIL_CHUNK);
                buffer.clear().limit((int) (end - from));
                while (buffer.hasRemaining()) {
                    if (c.read(buffer, from + buffer.position()) < 0) {
                        break;
                    }
                }
                int i = buffer.position() - 1;
                while (i >= 0 && buffer.get(i) != '\n') {
                    i--;
                }
                if (i >= 0) {
                    c.truncate(from + i + 1);
                    return;
                }
                end = from;
            }
            c.truncate(0);
        }
    }

    private static void read(Path file, JournalHeader expected, BitSet done) throws IOException {
        try (JournalScanner lines = new JournalScanner(file)) {
            JournalHeader header = lines.next() ? JournalHeader.parse(lines.line()) : null;
            if (header == null || !expected.fingerprint().equals(header.fingerprint())) {
                throw new SweepDirectoryException(file + " belongs to another sweep, or the sweep file, its scenario or"
                        + " the program changed since it was started; pass --restart to start over in this directory,"
                        + " or choose another --out");
            }
            if (!expected.shard().equals(header.shard())) {
                throw new SweepDirectoryException(file + " holds " + describe(header.shard()) + " of this sweep, not "
                        + describe(expected.shard()) + "; pass --restart to start over in this directory, or choose"
                        + " another --out");
            }
            while (lines.next()) {
                SweepRow row = row(lines.line());
                if (row == null || row.run() < 0 || row.run() >= expected.runs() || !expected.shard().contains(row.run())) {
                    throw new SweepDirectoryException(file + ": line " + lines.number() + " is not a run of "
                            + describe(expected.shard()) + " of this sweep; pass --restart to start over");
                }
                done.set(row.run());
            }
        }
    }

    static String describe(Shard shard) {
        return shard.isWhole() ? "the whole sweep" : "shard " + shard;
    }

    /** The run a journal line records; null when the line is not one. */
    static SweepRow row(String line) {
        try {
            JsonNode node = MAPPER.readTree(line);
            return node == null ? null : SweepRow.fromJson(node);
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    boolean isDone(int run) {
        return done.get(run);
    }

    /** Runs finished so far. */
    int doneCount() {
        return doneCount;
    }

    /** Appends one finished run: the whole line in one write, then it counts as done. */
    void append(int run, String line) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        if (!done.get(run)) {
            done.set(run);
            doneCount++;
        }
    }

    Path file() {
        return file;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
