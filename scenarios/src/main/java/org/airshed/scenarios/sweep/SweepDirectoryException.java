package org.airshed.scenarios.sweep;

/** The output directory cannot take this sweep (another sweep's journal is there); the message says what to do. */
public final class SweepDirectoryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SweepDirectoryException(String message) {
        super(message);
    }
}
