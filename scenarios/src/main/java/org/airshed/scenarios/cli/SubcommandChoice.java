package org.airshed.scenarios.cli;

import java.util.List;
import picocli.CommandLine.Command;

/**
 * Which subcommands a command line needs: the one its arguments name first, or all of them when
 * the arguments do not start plainly with a name (help, a misspelt command, an argument file, no
 * command), so that picocli's own messages and suggestions see every subcommand.
 */
final class SubcommandChoice {
    /** The only option {@code airshed} itself takes before a subcommand, and it takes no value. */
    private static final String DEBUG = "--debug";

    private SubcommandChoice() {
    }

    static List<Class<?>> needed(List<Class<?>> subcommands, String[] args) {
        // One --debug at most: a second is the root's own error, whose usage must list every command.
        int first = args.length > 0 && DEBUG.equals(args[0]) ? 1 : 0;
        if (first == args.length) {
            return subcommands;
        }
        for (Class<?> subcommand : subcommands) {
            if (names(subcommand).contains(args[first])) {
                return List.of(subcommand);
            }
        }
        return subcommands;
    }

    private static List<String> names(Class<?> subcommand) {
        Command command = subcommand.getAnnotation(Command.class);
        if (command == null) {
            throw new IllegalStateException(subcommand.getName() + " is listed as a subcommand without @Command");
        }
        List<String> names = new java.util.ArrayList<>(List.of(command.aliases()));
        names.add(command.name());
        return names;
    }
}
