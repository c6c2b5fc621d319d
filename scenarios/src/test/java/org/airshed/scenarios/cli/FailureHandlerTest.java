package org.airshed.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.airshed.core.io.Problem;
import org.airshed.core.io.ScenarioInputException;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;
import org.junit.jupiter.api.Test;

/** Exit codes and messages for what a command throws. */
class FailureHandlerTest {
    private final StringWriter err = new StringWriter();

    private int handle(Exception ex, String... args) {
        CommandLine commandLine = AirshedCommand.newCommandLine().setErr(new PrintWriter(err, true));
        ParseResult parsed = commandLine.parseArgs(args);
        return new FailureHandler().handleExecutionException(ex, commandLine, parsed);
    }

    @Test
    void internalErrorIsOneLineAndExitsOne() {
        int code = handle(new IllegalStateException("solver lost its way\nsecond line"), "run", "x", "--out", "y");
        assertEquals(1, code);
        assertEquals("airshed: internal error: IllegalStateException: solver lost its way ..."
                + " (rerun with --debug for the stack trace)", err.toString().strip());
    }

    @Test
    void aFailingDiskIsNamedAsSuchNotAsABug() {
        for (Exception ex : List.of(new java.io.IOException("No space left on device"),
                new java.io.UncheckedIOException(new java.io.IOException("No space left on device")))) {
            err.getBuffer().setLength(0);
            assertEquals(1, handle(ex, "run", "x", "--out", "y"));
            assertEquals("airshed: reading or writing a file failed: No space left on device"
                    + " (rerun with --debug for the stack trace)", err.toString().strip());
        }
    }

    @Test
    void debugShowsTheStackTrace() {
        int code = handle(new IllegalStateException("boom"), "run", "x", "--out", "y", "--debug");
        assertEquals(1, code);
        assertTrue(err.toString().startsWith("airshed: internal error: IllegalStateException: boom\n"), err.toString());
        assertTrue(err.toString().contains("\tat "), err.toString());
    }

    @Test
    void debugBeforeTheCommandCountsToo() {
        handle(new IllegalStateException("boom"), "--debug", "validate", "x");
        assertTrue(err.toString().contains("\tat "), err.toString());
    }

    @Test
    void scenarioProblemsExitTwoOnePerLine() {
        int code = handle(new ScenarioInputException(List.of(
                new Problem("s.json", "$.regions[0].background", "-1", "must be a finite number >= 0"),
                new Problem("s.json", "$.seed", "\"x\"", "must be an integer"))), "validate", "s.json");
        assertEquals(2, code);
        assertEquals(List.of("s.json: $.regions[0].background = -1: must be a finite number >= 0",
                "s.json: $.seed = \"x\": must be an integer",
                "airshed: 2 problem(s); nothing was run."), err.toString().lines().toList());
    }
}
