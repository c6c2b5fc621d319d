package org.airshed.scenarios.run;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.airshed.core.util.Pools;
import org.airshed.core.util.Progress;
import org.airshed.scenarios.pipeline.ResultFile;

/**
 * A large table streamed into its file with its rows formatted by a small pool: rows are cut
 * into fixed chunks of {@value #CHUNK_ROWS}, each formatted into its own buffer, and the buffers
 * written in row order by the calling thread. A chunk's bytes depend only on its rows, so the
 * file is the same whatever the thread count (CsvChunksTest); one thread formats in place.
 */
public final class CsvChunks {
    static final int CHUNK_ROWS = 8192;
    /** Both cores of a small machine; more would only contend with the writing thread for memory bandwidth. */
    private static final int MAX_THREADS = 2;

    private CsvChunks() {
    }

    /** Writes rows {@code [from, to)} of a table; called from several threads at once, so it must only read. */
    @FunctionalInterface
    public interface RowRange {
        void write(CsvTable table, int from, int to);
    }

    /** {@code rows} rows under {@code header}, on at most two threads (fewer on a one-core machine). */
    public static ResultFile.Content streamed(List<String> header, int rows, RowRange range) {
        return streamed(null, header, rows, range);
    }

    /** As {@link #streamed(List, int, RowRange)}, its progress shown as the part {@code part} (the file's name) of the phase. */
    public static ResultFile.Content streamed(String part, List<String> header, int rows, RowRange range) {
        return streamed(part, header, rows, range, Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors()));
    }

    /** As {@link #streamed(List, int, RowRange)} on {@code threads} formatting threads (tests and benchmarks pin 1 and 2). */
    public static ResultFile.Content streamed(List<String> header, int rows, RowRange range, int threads) {
        return streamed(null, header, rows, range, threads);
    }

    /** As {@link #streamed(String, List, int, RowRange)} on {@code threads} formatting threads. */
    public static ResultFile.Content streamed(String part, List<String> header, int rows, RowRange range, int threads) {
        return streamed(part, header, rows, range, threads, CHUNK_ROWS);
    }

    /** As {@link #streamed(List, int, RowRange, int)} in chunks of {@code chunkRows} (tests cut small tables into many). */
    static ResultFile.Content streamed(List<String> header, int rows, RowRange range, int threads, int chunkRows) {
        return streamed(null, header, rows, range, threads, chunkRows);
    }

    private static ResultFile.Content streamed(String part, List<String> header, int rows, RowRange range, int threads,
                                               int chunkRows) {
        if (threads < 1 || chunkRows < 1) {
            throw new IllegalArgumentException("threads and rows per chunk must be at least 1: " + threads + ", " + chunkRows);
        }
        if (threads == 1 || rows <= chunkRows) {
            return CsvTable.streamed(header, table -> range.write(table, 0, rows));
        }
        return out -> {
            out.write(CsvTable.line(header).getBytes(StandardCharsets.UTF_8));
            inOrder(part, header.size(), rows, range, threads, chunkRows, out);
        };
    }

    private static void inOrder(String part, int columns, int rows, RowRange range, int threads, int chunkRows,
                                OutputStream out) throws IOException {
        int chunks = (rows + chunkRows - 1) / chunkRows;
        int inFlight = 2 * threads;
        ConcurrentLinkedQueue<CsvBytes> free = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Pools.daemons(threads, "airshed-csv");
        try {
            ArrayDeque<Future<CsvBytes>> pending = new ArrayDeque<>();
            int next = 0;
            for (int written = 0; written < chunks; written++) {
                while (next < chunks && pending.size() < inFlight) {
                    int from = next * chunkRows;
                    int to = Math.min(rows, from + chunkRows);
                    pending.add(pool.submit(() -> format(columns, range, from, to, free)));
                    next++;
                }
                CsvBytes chunk = done(pending.poll());
                chunk.writeTo(out);
                chunk.truncate(0);
                free.add(chunk);
                long done = Math.min(rows, (written + 1L) * chunkRows);
                // Named: tables written at the same time each show their own share, not one share jumping between them.
                if (part == null) {
                    Progress.current().advance(done, rows);
                } else {
                    Progress.current().advance(part, done, rows);
                }
            }
        } finally {
            pool.shutdownNow();
            // A failed table leaves no thread formatting behind it: a chunk is short, so wait for it.
            Pools.awaitEnd(pool);
        }
    }

    private static CsvBytes format(int columns, RowRange range, int from, int to, ConcurrentLinkedQueue<CsvBytes> free) {
        CsvBytes bytes = free.poll();
        if (bytes == null) {
            bytes = new CsvBytes(1 << 20);
        }
        range.write(CsvTable.rowsInto(columns, bytes), from, to);
        return bytes;
    }

    private static CsvBytes done(Future<CsvBytes> chunk) throws IOException {
        try {
            return chunk.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing a table");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }
}
