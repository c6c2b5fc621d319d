package org.airshed.core.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.airshed.core.util.Pools;
import org.airshed.core.util.Progress;

/**
 * Reads an ordinary sources CSV from its bytes, in fixed pieces on every core: the file is cut
 * at line starts every {@code pieceBytes}, each piece is read into columns
 * ({@link SourcesCsvPiece}), and the pieces are joined in file order — a source whose rows
 * straddle a cut joins up, ids are checked for duplicates, each source against the records' rules —
 * and their bytes, read once, hashed (SHA-256) in the same order: the hash is of the very bytes
 * parsed, even if the file is rewritten during the read. The cuts depend on the file alone, so the
 * table is the same whatever the number of threads. Anything unusual, or any problem at all,
 * gives null: the caller then reads the file with {@link SourcesCsvReader}, whose problems are
 * the reference's, so that this path never changes what is accepted nor any message.
 */
final class PlainSourcesCsv {
    /** Large enough that joining costs nothing, small enough that two cores share the work evenly. */
    static final int PIECE_BYTES = 4 << 20;
    /** Pieces read ahead of the join, per thread. */
    private static final int IN_FLIGHT_PER_THREAD = 2;

    /** The sources read and the SHA-256 (hex) of the bytes they were read from. */
    record Read(CsvSources sources, String sha256) {
    }

    private PlainSourcesCsv() {
    }

    /** Reads {@code csv} on all cores; null when the reference reader must read it. */
    static Read read(Path csv, String file) {
        return read(csv, file, Runtime.getRuntime().availableProcessors(), PIECE_BYTES);
    }

    /** As {@link #read(Path, String)} with {@code threads} threads and pieces of {@code pieceBytes} (tests vary both). */
    static Read read(Path csv, String file, int threads, int pieceBytes) {
        try (FileChannel channel = FileChannel.open(csv, StandardOpenOption.READ)) {
            return read(channel, file, threads, pieceBytes);
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            return null; // the reference reader reports whatever this was
        }
    }

    /** As {@link #read(Path, String, int, int)} from an open channel (tests give one whose bytes change). */
    static Read read(FileChannel channel, String file, int threads, int pieceBytes) throws IOException {
        long size = channel.size();
        byte[] head = new byte[(int) Math.min(size, ScenarioLimits.MAX_CSV_ROW + 3L)];
        int headLength = readAt(channel, head, 0);
        int[] columnAt = new int[SourcesCsvReader.COLUMNS.size()];
        int width = header(head, headLength, columnAt);
        if (width < 0) {
            return null;
        }
        long[] cuts = cuts(channel, size, lineAfter(head, headLength), pieceBytes);
        if (cuts == null) {
            return null;
        }
        // Buffers hashed are handed back for the next pieces: a fresh 4 MB array per piece cost ~15% more CPU.
        Queue<byte[]> spare = new ConcurrentLinkedQueue<>();
        List<Callable<SourcesCsvPiece>> pieces = new ArrayList<>();
        for (int p = 0; p + 1 < cuts.length; p++) {
            long from = cuts[p];
            long to = cuts[p + 1];
            pieces.add(() -> new SourcesCsvPiece(from, to, columnAt, width).read(channel, buffer(spare, to - from,
                    pieceBytes)));
        }
        // The header's bytes as parsed, then each piece's as parsed: the hash is of the very bytes read.
        MessageDigest digest = ContentHash.sha256();
        digest.update(head, 0, (int) cuts[0]);
        int workers = Math.max(1, Math.min(threads, pieces.size()));
        SourcesCsvJoin join = new SourcesCsvJoin(file, size);
        if (workers == 1) {
            for (Callable<SourcesCsvPiece> piece : pieces) {
                if (!joined(join, digest, call(piece), size, spare)) {
                    return null;
                }
            }
            return finish(digest, channel, size, join::finish);
        }
        ExecutorService pool = Pools.daemons(workers, "airshed-csv");
        try {
            // Joined and hashed in file order as they come, on this thread, while the pool reads the next
            // few: a piece read far ahead would be held, copied by the young collections, and grow the heap.
            Deque<Future<SourcesCsvPiece>> reading = new ArrayDeque<>();
            int next = 0;
            while (next < pieces.size() || !reading.isEmpty()) {
                while (next < pieces.size() && reading.size() < IN_FLIGHT_PER_THREAD * workers) {
                    reading.add(pool.submit(pieces.get(next++)));
                }
                if (!joined(join, digest, get(reading.remove()), size, spare)) {
                    return null;
                }
            }
            // The pool is idle now: it trims half the columns while this thread trims the others.
            Future<double[][]> blockColumns = pool.submit(join::blockColumns);
            return finish(digest, channel, size, () -> join.finish(() -> {
                try {
                    return get(blockColumns);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        } finally {
            pool.shutdownNow();
            Pools.awaitEnd(pool); // no reader left behind, on the fallback path either
        }
    }

    /**
     * Joins the next piece and hashes its bytes; false when it was not plain, or when the file
     * changed under the cuts (a piece followed by another must end a line in the bytes it read).
     */
    private static boolean joined(SourcesCsvJoin join, MessageDigest digest, SourcesCsvPiece piece, long size,
                                  Queue<byte[]> spare) {
        if (!piece.plain() || !(piece.end() == size || piece.endsLine()) || !join.add(piece)) {
            return false;
        }
        digest.update(piece.buffer, 0, (int) piece.bytes());
        spare.add(piece.buffer);
        piece.buffer = null;
        Progress.current().advance(piece.end(), size);
        return true;
    }

    /** The sources, or null when the join refuses them or the file grew since the read began (its end was not hashed). */
    private static Read finish(MessageDigest digest, FileChannel channel, long size,
                               Supplier<CsvSources> joined) throws IOException {
        if (channel.read(ByteBuffer.allocate(1), size) > 0) {
            return null;
        }
        CsvSources sources = joined.get();
        return sources == null ? null : new Read(sources, ContentHash.hex(digest));
    }

    /** A buffer for {@code length} bytes: a spare one long enough, else a new one (for any full piece if this is one). */
    private static byte[] buffer(Queue<byte[]> spare, long length, int pieceBytes) {
        byte[] buffer = spare.poll();
        if (buffer != null && buffer.length >= length) {
            return buffer;
        }
        long full = Math.max(length, pieceBytes + ScenarioLimits.MAX_CSV_ROW + 1L);
        return new byte[(int) (length < pieceBytes ? length : full)];
    }

    /**
     * Reads a header row the way {@link SimpleCsvRows} does and fills {@code columnAt} with each
     * of {@link SourcesCsvReader#COLUMNS}' position (−1 when absent); −1 unless the header is plain.
     */
    private static int header(byte[] head, int length, int[] columnAt) {
        int bom = length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF
                ? 3 : 0;
        int end = lineAfter(head, length) - 1;
        if (end < 0) {
            return -1; // no line break near the start: not an ordinary file
        }
        if (end > bom && head[end - 1] == '\r') {
            end--;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(head, bom, end - bom)).toString();
        } catch (CharacterCodingException e) {
            return -1;
        }
        if (text.indexOf('"') >= 0 || text.indexOf('\r') >= 0) {
            return -1;
        }
        List<String> names = new ArrayList<>();
        for (String cell : text.split(",", -1)) {
            names.add(SimpleCsvRows.trim(cell));
        }
        if (!SourcesCsvReader.plainHeader(names)) {
            return -1;
        }
        for (int c = 0; c < columnAt.length; c++) {
            columnAt[c] = names.indexOf(SourcesCsvReader.COLUMNS.get(c));
        }
        return names.size();
    }

    /** The position after the first line break in {@code bytes[0, length)}, 0 when there is none. */
    private static int lineAfter(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            if (bytes[i] == '\n') {
                return i + 1;
            }
        }
        return 0;
    }

    /**
     * The pieces' bounds: {@code first}, then the first line start at or after each multiple of
     * {@code pieceBytes} past it, then {@code size}; null when a line is too long to find its end.
     */
    private static long[] cuts(FileChannel channel, long size, long first, int pieceBytes) throws IOException {
        List<Long> cuts = new ArrayList<>();
        cuts.add(first);
        byte[] probe = new byte[ScenarioLimits.MAX_CSV_ROW + 1];
        for (long nominal = first + pieceBytes; nominal < size; nominal += pieceBytes) {
            if (nominal <= cuts.get(cuts.size() - 1)) {
                continue;
            }
            int length = readAt(channel, probe, nominal - 1);
            int after = lineAfter(probe, length);
            if (after == 0 && nominal - 1 + length < size) {
                return null;
            }
            long cut = after == 0 ? size : nominal - 1 + after;
            if (cut > cuts.get(cuts.size() - 1) && cut < size) {
                cuts.add(cut);
            }
        }
        cuts.add(Math.max(size, first));
        long[] bounds = new long[cuts.size()];
        for (int i = 0; i < bounds.length; i++) {
            bounds[i] = cuts.get(i);
        }
        return bounds;
    }

    /** Reads up to {@code bytes.length} bytes at {@code position}; how many there were. */
    private static int readAt(FileChannel channel, byte[] bytes, long position) throws IOException {
        ByteBuffer target = ByteBuffer.wrap(bytes);
        while (target.hasRemaining()) {
            if (channel.read(target, position + target.position()) < 0) {
                break;
            }
        }
        return target.position();
    }

    private static <T> T call(Callable<T> task) throws IOException {
        try {
            return task.call();
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    private static <T> T get(Future<T> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } catch (ExecutionException e) {
            throw new IOException(e.getCause());
        }
    }
}
