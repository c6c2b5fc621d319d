package org.airshed.scenarios.sweep;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * The reason a run that failed inside records: its own failure, without the wrapping of the thread
 * that happened to throw it. A fork-join task rethrows a worker's exception as a new one of the same
 * type caused by it (message: the cause's toString, or none), the calling thread's own as it is; an
 * executor wraps it in a CompletionException or ExecutionException. Unwrapped, the same run records
 * the same words on any number of threads.
 */
final class RunFailure {
    private RunFailure() {
    }

    /** "internal error: " and the failure as {@link Throwable#toString()} words it, unwrapped. */
    static String reason(Throwable e) {
        return "internal error: " + own(e);
    }

    /** {@code e} without the wrappings of executors and fork-join tasks. */
    static Throwable own(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t && isWrapping(t)) {
            t = t.getCause();
        }
        return t;
    }

    private static boolean isWrapping(Throwable t) {
        Throwable cause = t.getCause();
        if (t instanceof CompletionException || t instanceof ExecutionException) {
            return true;
        }
        // ForkJoinTask's copy of a worker's exception: same type, message its cause's words or none.
        return t.getClass() == cause.getClass()
                && (t.getMessage() == null || t.getMessage().equals(cause.toString()));
    }
}
