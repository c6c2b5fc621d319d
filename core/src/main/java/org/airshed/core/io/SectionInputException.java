package org.airshed.core.io;

/**
 * A scenario whose {@code market}, {@code compensation} or discrete-mode parts cannot be applied to it: the
 * message names the JSON path and value, and the command line reports it as bad input (exit 2)
 * with the file name.
 */
public final class SectionInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String path;
    private final String value;

    public SectionInputException(String path, String value, String message) {
        super(message);
        this.path = path;
        this.value = value;
    }

    /** The JSON path, e.g. {@code $.policy.duties.AH}. */
    public String path() {
        return path;
    }

    /** The offending value as text; null when there is none. */
    public String value() {
        return value;
    }

    /** The problem as reported in {@code file}: the one conversion from this exception to a {@link Problem}. */
    public Problem problem(String file) {
        return new Problem(file, path, value, getMessage());
    }
}
