package org.airshed.scenarios.pipeline;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.airshed.core.util.Pools;

/**
 * The result files being written into a staging directory, each by a writing thread as soon as
 * it is added (tests pin pools of one and two), so that a run's report is made while its tables are written. A file's bytes come
 * from its content alone, never from the order the pool runs in. A reader of a staged file waits
 * for it to be complete ({@link #complete}); whether a file is staged is known from the names
 * added ({@link #has}), not from what happens to be on disk yet.
 *
 * <p>On a failure the caller waits for every write to end ({@link #stop}): no thread is left
 * writing into a directory about to be removed; the failure it reports ({@link #finish}) is the
 * first in the order the files were added, as when they were written one after the other. The
 * pool's threads never wait on anything of the caller's, so a pool of one cannot deadlock.
 */
public final class StagedFiles {
    /**
     * One writer beside the report's thread: the large tables already format their rows on both
     * cores, and a second writer measured no faster (WholeRunRatio, 1 against 2: 1.05, noise).
     */
    private static final int WRITERS = 1;
    private static final int WRITE_BUFFER = 1 << 16;

    private final Path directory;
    private final ExecutorService pool;
    private final Map<String, Future<?>> writes = new LinkedHashMap<>();
    private final List<ResultFile> files = new ArrayList<>();

    StagedFiles(Path directory, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("a staging pool needs at least one thread: " + threads);
        }
        this.directory = directory;
        this.pool = Pools.daemons(threads, "airshed-write");
    }

    /** On the default pool ({@value #WRITERS} thread). */
    StagedFiles(Path directory) {
        this(directory, WRITERS);
    }

    /** The staging directory. */
    public Path directory() {
        return directory;
    }

    /** Starts writing {@code file}; its name must be new. */
    public synchronized void add(ResultFile file) {
        if (writes.containsKey(file.name())) {
            throw new IllegalArgumentException("a result file is staged twice: " + file.name());
        }
        Path path = directory.resolve(file.name());
        writes.put(file.name(), pool.submit(() -> {
            write(path, file.content());
            return null;
        }));
        files.add(file);
    }

    /** Whether {@code name} has been added (it is complete, being written, or waiting for a thread). */
    public synchronized boolean has(String name) {
        return writes.containsKey(name);
    }

    /**
     * The staged file {@code name} once it is written whole; throws the failure of any file added
     * before it, or of it, as the run reports it.
     */
    public Path complete(String name) throws IOException {
        List<Future<?>> before = new ArrayList<>();
        synchronized (this) {
            if (!writes.containsKey(name)) {
                throw new IllegalArgumentException("not a staged result file: " + name);
            }
            for (Map.Entry<String, Future<?>> write : writes.entrySet()) {
                before.add(write.getValue());
                if (write.getKey().equals(name)) {
                    break;
                }
            }
        }
        for (Future<?> write : before) {
            done(write);
        }
        return directory.resolve(name);
    }

    /** Waits for every write, in the order added; throws the first failure. Returns the files, in that order. */
    public List<ResultFile> finish() throws IOException {
        List<Future<?>> all;
        synchronized (this) {
            all = List.copyOf(writes.values());
        }
        Throwable first = null;
        for (Future<?> write : all) {
            try {
                done(write);
            } catch (IOException | RuntimeException | Error e) {
                if (first == null) {
                    first = e;
                }
            }
        }
        rethrow(first);
        synchronized (this) {
            return List.copyOf(files);
        }
    }

    /** Every name added. */
    synchronized Set<String> names() {
        return Set.copyOf(writes.keySet());
    }

    /**
     * Waits for every write still running (their failures are the caller's to report), then stops
     * the pool's threads: a shut-down pool runs what it was given before it ends.
     */
    void stop() {
        pool.shutdown();
        Pools.awaitEnd(pool);
    }

    private static void write(Path path, ResultFile.Content content) throws IOException {
        Files.createDirectories(path.getParent());
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(path), WRITE_BUFFER)) {
            content.writeTo(out);
        }
    }

    private static void done(Future<?> write) throws IOException {
        try {
            write.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing the results");
        } catch (ExecutionException e) {
            rethrow(e.getCause());
        }
    }

    /** The failure as the file's writer threw it: the same message and type as on the calling thread. */
    private static void rethrow(Throwable failure) throws IOException {
        if (failure == null) {
            return;
        }
        if (failure instanceof IOException io) {
            throw io;
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        throw new IllegalStateException(failure);
    }
}
