package org.airshed.scenarios.cli;

import java.util.List;
import org.airshed.core.util.Progress;
import org.airshed.scenarios.run.BuildVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * The {@code airshed} command line (docs/FORMAT.md, "Command line"). Exit codes: 0 success; 2 bad
 * input (including usage errors) or an infeasible problem, with a message naming the file, JSON
 * path and value; 1 an internal error, in one line unless {@code --debug}.
 */
@Command(name = "airshed", mixinStandardHelpOptions = true, versionProvider = AirshedCommand.Version.class,
        description = "Regional air-pollution cooperation: least-cost allocation of abatement.")
public final class AirshedCommand implements Runnable {
    /** The subcommands, in the order help lists them. */
    static final List<Class<?>> SUBCOMMANDS = List.of(RunCommand.class, ValidateCommand.class, GameCommand.class,
            LedgerCommand.class, GenerateCommand.class, SweepCommand.class, ReportCommand.class);

    @Spec
    CommandSpec spec;

    @Mixin
    DebugOption debug;

    public static void main(String[] args) {
        TerminalProgress.installIfTerminal();
        int code = newCommandLine(args).execute(args);
        Progress.current().finish();
        System.exit(code);
    }

    /**
     * The configured command line with every subcommand, and {@code help COMMAND} (which needs them
     * all as its siblings); tests call {@code execute} on it in-process.
     */
    public static CommandLine newCommandLine() {
        return configured(SUBCOMMANDS).addSubcommand(new CommandLine.HelpCommand());
    }

    /**
     * The command line for {@code args}: when they start with a subcommand's name (after
     * {@code --debug}), only that subcommand is built, as picocli reads each one's annotations by
     * reflection (the larger part of a short command's start); otherwise, as for help or a
     * misspelt command, all of them. What a subcommand accepts and prints is the same either way.
     */
    public static CommandLine newCommandLine(String[] args) {
        List<Class<?>> needed = SubcommandChoice.needed(SUBCOMMANDS, args);
        return needed.size() == SUBCOMMANDS.size() ? newCommandLine() : configured(needed);
    }

    private static CommandLine configured(List<Class<?>> subcommands) {
        CommandLine commandLine = new CommandLine(new AirshedCommand());
        for (Class<?> subcommand : subcommands) {
            commandLine.addSubcommand(subcommand);
        }
        commandLine.setExecutionExceptionHandler(new FailureHandler());
        commandLine.setExecutionStrategy(new MemoryGuard(new CommandLine.RunLast()));
        return commandLine;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a command is required: run, validate, game, ledger, generate, sweep or report");
    }

    /** {@code --version}: the jar's Implementation-Version. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"airshed " + BuildVersion.current()};
        }
    }
}
