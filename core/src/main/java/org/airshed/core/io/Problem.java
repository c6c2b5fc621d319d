package org.airshed.core.io;

/**
 * One thing wrong with an input file, located precisely enough to fix it without a debugger.
 *
 * @param file     the file as the user named it (scenario JSON or sources CSV)
 * @param location a JSON path such as {@code $.sources[3].steps[1].unitCost}, or for CSV
 *                 {@code line 12, column unitCost}; {@code line 3, column 7} for malformed
 *                 JSON; {@code file} when the file itself cannot be read
 * @param value    the offending value: JSON text for a JSON value (strings in quotes), the
 *                 cell text for CSV, the checked number for a record's own checks
 *                 (e.g. {@code -5.0}), a name with white space at an end in quotes with that
 *                 white space spelled out as JSON escapes ({@link org.airshed.core.model.PaddedNames});
 *                 null when there is none (a missing field, an unreadable file)
 * @param message  what is wrong and, where it helps, what is allowed
 */
public record Problem(String file, String location, String value, String message) {
    public Problem {
        if (file == null || location == null || message == null) {
            throw new IllegalArgumentException("file, location and message are required");
        }
    }

    /** One line: {@code FILE: LOCATION = VALUE: MESSAGE} ({@code = VALUE} left out when null). */
    @Override
    public String toString() {
        return file + ": " + location + (value == null ? "" : " = " + value) + ": " + message;
    }
}
