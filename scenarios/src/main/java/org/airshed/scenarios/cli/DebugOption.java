package org.airshed.scenarios.cli;

import picocli.CommandLine.Option;

/** {@code --debug}: internal errors print their stack trace (mixed into every command). */
final class DebugOption {
    @Option(names = "--debug", description = "Print the stack trace of an internal error.")
    boolean debug;
}
