package org.airshed.scenarios.report;

/**
 * A result file a report reads is not what Airshed writes: the message names the file, where in
 * it (a JSON path, or a CSV line and column) and the value found.
 */
public final class ReportInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ReportInputException(String file, String where, String value, String problem) {
        super(file + ": " + where + (value == null ? "" : " = " + value) + ": " + problem);
    }

    ReportInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
