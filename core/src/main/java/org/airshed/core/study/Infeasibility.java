package org.airshed.core.study;

/**
 * Why a problem cannot be solved, in file terms.
 *
 * @param location JSON path of the policy value that cannot be met ({@code $.policy.cap},
 *                 {@code $.policy.receptorLimits.SH}); {@code $.policy} when the solver found it
 * @param value    that value as written in messages (empty when unknown)
 * @param message  the explanation, with numbers and units
 */
public record Infeasibility(String location, String value, String message) {
    public Infeasibility {
        value = value == null ? "" : value;
    }

    /** One line, {@code LOCATION = VALUE: MESSAGE} (without {@code = VALUE} when unknown). */
    @Override
    public String toString() {
        return value.isEmpty() ? location + ": " + message : location + " = " + value + ": " + message;
    }
}
