package org.airshed.scenarios.cli;

/** The program's exit codes (docs/FORMAT.md, "Command line"). */
final class ExitCodes {
    static final int OK = 0;
    /** An internal error: a bug, or the machine failing (disk full). */
    static final int INTERNAL_ERROR = 1;
    /** Bad input (a scenario file, a name, an option, an output path) or an infeasible problem. */
    static final int BAD_INPUT = 2;

    private ExitCodes() {
    }
}
