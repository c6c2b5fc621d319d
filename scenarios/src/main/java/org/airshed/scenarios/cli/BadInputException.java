package org.airshed.scenarios.cli;

/**
 * The user's input cannot be used (an output path, an option). The message is complete and
 * printed as is, without a stack trace; the program exits with {@link ExitCodes#BAD_INPUT}.
 */
final class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
