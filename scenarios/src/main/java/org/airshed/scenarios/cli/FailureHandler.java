package org.airshed.scenarios.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.airshed.core.io.Problem;
import org.airshed.core.io.ScenarioInputException;
import org.airshed.core.util.Progress;
import org.airshed.scenarios.sweep.RunFailure;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine;

/**
 * Turns an exception from a command into a message and an exit code. Bad input (a scenario's
 * problems, an unusable path) exits 2 with a message naming the file, the JSON path and the
 * value; anything else is an internal error: one line, exit 1, the stack trace only with
 * {@code --debug}. A user never sees a stack trace for their own mistake.
 */
final class FailureHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception thrown, CommandLine commandLine, ParseResult parseResult) {
        // A progress line still on the terminal would run into the message.
        Progress.current().finish();
        PrintWriter err = commandLine.getErr();
        // Judged and said as it happened, not as the thread that rethrew it wrapped it (a parallel phase's).
        Throwable ex = RunFailure.own(thrown);
        if (ex instanceof OutOfMemoryError) {
            err.println(MemoryGuard.message(parseResult, Runtime.getRuntime().maxMemory()));
            return ExitCodes.BAD_INPUT;
        }
        if (ex instanceof ScenarioInputException input) {
            for (Problem problem : input.problems()) {
                err.println(problem);
            }
            err.println("airshed: " + input.problems().size() + " problem(s); nothing was run.");
            return ExitCodes.BAD_INPUT;
        }
        if (ex instanceof BadInputException bad) {
            err.println("airshed: " + bad.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        // A disk that is full or failing is the machine's trouble, not a bug: say so, with the system's words.
        IOException io = ex instanceof IOException e ? e
                : ex instanceof UncheckedIOException e ? e.getCause() : null;
        String what = io != null ? "reading or writing a file failed: " + firstLine(io.getMessage() == null
                ? io.getClass().getSimpleName() : io.getMessage()) : "internal error: " + oneLine(ex);
        err.println("airshed: " + what + (debug(parseResult) ? "" : " (rerun with --debug for the stack trace)"));
        if (debug(parseResult)) {
            thrown.printStackTrace(err);
        }
        return ExitCodes.INTERNAL_ERROR;
    }

    /** What went wrong with a path, for a message that starts "cannot write ...: ". */
    static String describe(FileSystemException e) {
        String file = e.getFile();
        if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
            return file + " exists and is not a directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied: " + file;
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory: " + file;
        }
        if (e instanceof DirectoryNotEmptyException) {
            return file + " is a directory (not empty) where a result file goes: move it away and try again";
        }
        return file + (e.getReason() == null ? "" : ": " + e.getReason());
    }

    private static String oneLine(Throwable ex) {
        String message = ex.getMessage();
        return firstLine(ex.getClass().getSimpleName() + (message == null ? "" : ": " + message));
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline) + " ...";
    }

    private static boolean debug(ParseResult parseResult) {
        for (ParseResult level = parseResult; level != null; level = level.subcommand()) {
            if (level.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }
}
