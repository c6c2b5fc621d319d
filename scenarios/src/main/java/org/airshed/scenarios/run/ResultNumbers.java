package org.airshed.scenarios.run;

import org.airshed.core.util.Jdk17DoubleText;

/**
 * How result files write numbers: the same text for the same double on every run. Integral
 * values below 10^15 print as integers ({@code 900}, not {@code 900.0}); others as JDK 17's
 * {@link Double#toString(double)} ({@link Jdk17DoubleText}, on any JDK), which reads back to the
 * identical double; −0 prints as 0.
 * Undefined values (NaN) have no text: JSON writes null, CSV an empty cell.
 */
public final class ResultNumbers {
    private static final double PLAIN_INTEGER_LIMIT = 1e15;

    private ResultNumbers() {
    }

    /** The text of a finite value; null for NaN or an infinity. */
    public static String text(double value) {
        if (!Double.isFinite(value)) {
            return null;
        }
        if (value == Math.rint(value) && Math.abs(value) < PLAIN_INTEGER_LIMIT) {
            return Long.toString((long) value);
        }
        return Jdk17DoubleText.text(value);
    }
}
