package org.airshed.scenarios.cli;

import java.io.PrintWriter;
import org.airshed.core.util.Progress;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.ParseResult;

/**
 * Runs a command and turns running out of memory into one line saying how to give Java more
 * (the {@code airshed} launcher's {@code AIRSHED_HEAP}), exit 2: the input is too large for the
 * heap, which is the user's to raise. Results are staged before they are moved in, so nothing
 * half-written is left behind; a sweep keeps its journal and resumes.
 */
final class MemoryGuard implements IExecutionStrategy {
    private final IExecutionStrategy command;

    MemoryGuard(IExecutionStrategy command) {
        this.command = command;
    }

    @Override
    public int execute(ParseResult parseResult) {
        try {
            return command.execute(parseResult);
        } catch (OutOfMemoryError e) {
            Progress.current().finish();
            PrintWriter err = parseResult.commandSpec().commandLine().getErr();
            err.println(message(parseResult, Runtime.getRuntime().maxMemory()));
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
    }

    static String message(ParseResult parseResult, long heapBytes) {
        ParseResult sub = parseResult.subcommand();
        String name = sub == null ? "run" : sub.commandSpec().name();
        return "airshed: out of memory: the input needs more than the " + (heapBytes >> 20) + " MB Java heap;"
                + " give it more through the launcher, e.g. AIRSHED_HEAP=8g ./airshed " + name + " ..."
                + switch (name) {
                    case "sweep" -> " (the runs already done are kept in journal.jsonl: the same command resumes)";
                    case "run" -> " (nothing was written to the results directory)";
                    case "ledger", "validate", "game" -> " (the command only reads: nothing was written)";
                    default -> " (nothing half-written was left behind)";
                };
    }
}
