package org.airshed.core.util;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/** Waiting for a thread pool's work to end. */
public final class Pools {
    private Pools() {
    }

    /**
     * Waits until {@code pool}, shut down by the caller, has no thread left running, however long
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
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
