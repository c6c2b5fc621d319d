package org.airshed.core.allocation;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs numbered chunks of work on up to {@code threads} threads. Chunk boundaries are the
 * caller's and depend only on the data size, and every chunk writes only its own results, which
 * the caller combines in chunk order: the answer is the same bits whatever the thread count.
 *
 * <p>The calling thread takes chunks too, and waits only for chunks that were claimed, never for
 * a helper to start. Helpers come from a private pool of daemon threads and never wait on
 * anything, so a caller that is itself a worker of a parallel stream (or of this pool) cannot
 * deadlock, however busy the pools are. Public for the report's cost curves, which use the same threads.
 */
public final class Workers {
    /** Below this many items a pass runs on the calling thread alone: handing work over costs more. */
    static final int PARALLEL_MIN_ITEMS = 200_000;

    private static final ExecutorService HELPERS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "airshed-solver-helper");
        thread.setDaemon(true);
        return thread;
    });

    private static final Workers SEQUENTIAL = new Workers(1, Long.MAX_VALUE);

    private final int threads;
    private final long parallelMinItems;

    private Workers(int threads, long parallelMinItems) {
        this.threads = threads;
        this.parallelMinItems = parallelMinItems;
    }

    /** Up to {@code threads} threads (≥ 1). */
    public static Workers of(int threads) {
        return of(threads, PARALLEL_MIN_ITEMS);
    }

    /** Up to {@code threads} threads for passes over at least {@code parallelMinItems} items (tests lower it). */
    public static Workers of(int threads, long parallelMinItems) {
        if (threads < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1, got " + threads);
        }
        return threads == 1 ? SEQUENTIAL : new Workers(threads, parallelMinItems);
    }

    static Workers sequential() {
        return SEQUENTIAL;
    }

    public int threads() {
        return threads;
    }

    /** Whether a pass over {@code items} items would run on more than one thread. */
    boolean parallel(long items) {
        return threads > 1 && items >= parallelMinItems;
    }

    /** One chunk's work; {@code worker} (0 ≤ worker < threads) identifies the thread's scratch space. */
    public interface ChunkTask {
        void run(int chunk, int worker);
    }

    /**
     * Runs {@code task} for chunks 0 .. chunks−1, in parallel when {@code items} (the size of the
     * whole pass) makes it worth it. Returns when every chunk is done; rethrows a chunk's failure.
     */
    public void forEach(int chunks, long items, ChunkTask task) {
        int helpers = Math.min(threads, chunks) - 1;
        if (helpers <= 0 || items < parallelMinItems) {
            for (int c = 0; c < chunks; c++) {
                task.run(c, 0);
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(chunks);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        for (int h = 1; h <= helpers; h++) {
            int worker = h;
            HELPERS.execute(() -> drain(next, chunks, done, failure, task, worker));
        }
        drain(next, chunks, done, failure, task, 0);
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for solver helpers", e);
        }
        Throwable thrown = failure.get();
        if (thrown instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (thrown instanceof Error error) {
            throw error;
        }
        if (thrown != null) {
            throw new IllegalStateException(thrown);
        }
    }

    private static void drain(AtomicInteger next, int chunks, CountDownLatch done, AtomicReference<Throwable> failure,
                              ChunkTask task, int worker) {
        for (int c = next.getAndIncrement(); c < chunks; c = next.getAndIncrement()) {
            try {
                if (failure.get() == null) {
                    task.run(c, worker);
                }
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
            } finally {
                done.countDown();
            }
        }
    }
}
