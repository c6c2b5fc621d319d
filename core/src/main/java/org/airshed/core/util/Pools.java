package org.airshed.core.util;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** Fixed pools of daemon threads whose end can be waited for, threads and all. */
public final class Pools {
    private Pools() {
    }

    /** A fixed pool of {@code threads} daemon threads named {@code name} (as Executors.newFixedThreadPool). */
    public static ExecutorService daemons(int threads, String name) {
        return new Daemons(threads, name);
    }

    /**
     * Waits until {@code pool}, shut down by the caller, has no thread left — for a pool of
     * {@link #daemons}, until each of its threads has died, not only its tasks ended — however long
     * that takes and even if interrupted (the interrupt is kept for the caller): a task that never
     * ends is a bug elsewhere, and a thread left writing into a directory about to be removed is worse.
     */
    public static void awaitEnd(ExecutorService pool) {
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (pool instanceof Daemons daemons) {
            // A terminated pool's last thread may still be on its way out of run().
            for (Thread thread : daemons.made) {
                while (thread.isAlive()) {
                    try {
                        thread.join();
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class Daemons extends ThreadPoolExecutor {
        private final List<Thread> made = new CopyOnWriteArrayList<>();

        Daemons(int threads, String name) {
            super(threads, threads, 0L, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>());
            setThreadFactory(task -> {
                Thread thread = new Thread(task, name);
                thread.setDaemon(true);
                made.add(thread);
                return thread;
            });
        }
    }
}
