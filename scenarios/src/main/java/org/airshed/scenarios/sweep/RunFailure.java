package org.airshed.scenarios.sweep;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * A failure as it happened, without the wrapping of the thread that happened to throw it: the reason a
 * sweep's run records, and what the command line says of a command's failure (one helper for both). A
 * fork-join task rethrows a worker's exception as a new one of the same type caused by it (message: the
 * cause's toString, or none), the calling thread's own as it is; an executor wraps it in a
 * CompletionException or ExecutionException; {@code new X(cause)} anywhere repeats the cause's words.
 * Unwrapped, the same failure is said in the same words on any number of threads.
 */
public final class RunFailure {
    private RunFailure() {
    }

    /** "internal error: " and the failure as {@link Throwable#toString()} words it, unwrapped. */
    static String reason(Throwable e) {
        return "internal error: " + own(e);
    }

    /** {@code e} without the wrappings of executors, fork-join tasks and {@code new X(cause)}. */
    public static Throwable own(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t && isWrapping(t)) {
            t = t.getCause();
        }
        return t;
    }

    private static boolean isWrapping(Throwable t) {
        if (t instanceof CompletionException || t instanceof ExecutionException) {
            return true;
        }
        // Words of its own say more than the cause; none, or the cause's toString, say nothing more.
        return t.getMessage() == null || t.getMessage().equals(t.getCause().toString());
    }
}
