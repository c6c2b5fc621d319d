package org.airshed.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A command line built for its arguments only is the full one as far as any subcommand can tell. */
class SubcommandChoiceTest {
    @Test
    void aLeadingNameBuildsThatSubcommandAlone() {
        List<Class<?>> all = AirshedCommand.SUBCOMMANDS;
        assertEquals(List.of(RunCommand.class), SubcommandChoice.needed(all, new String[] {"run", "x", "--out", "o"}));
        assertEquals(List.of(SweepCommand.class), SubcommandChoice.needed(all, new String[] {"--debug", "sweep", "merge"}));
        assertEquals(List.of(GenerateCommand.class), SubcommandChoice.needed(all, new String[] {"generate"}));
    }

    @Test
    void anythingElseBuildsEverySubcommand() {
        List<Class<?>> all = AirshedCommand.SUBCOMMANDS;
        for (String[] args : List.of(new String[0], new String[] {"--debug"}, new String[] {"--help"},
                new String[] {"-V"}, new String[] {"rnu"}, new String[] {"RUN"}, new String[] {"@args.txt"},
                new String[] {"--", "run"}, new String[] {"--debug=true", "run"}, new String[] {"x", "run"},
                new String[] {"--debug", "--debug", "validate"}, new String[] {"help", "run"})) {
            assertEquals(all, SubcommandChoice.needed(all, args), String.join(" ", args));
        }
    }

    @Test
    void eachSubcommandBuiltAloneHasTheFullTreesUsageAndOptions() {
        Map<String, CommandLine> full = AirshedCommand.newCommandLine().getSubcommands();
        assertEquals(AirshedCommand.SUBCOMMANDS.size() + 1, full.size()); // and help
        for (String name : full.keySet()) {
            if (name.equals("help")) {
                continue;
            }
            CommandLine alone = AirshedCommand.newCommandLine(new String[] {name, "--help"}).getSubcommands().get(name);
            assertEquals(1, alone.getParent().getSubcommands().size(), name);
            assertEquals(full.get(name).getUsageMessage(), alone.getUsageMessage(), name);
            assertEquals(full.get(name).getCommandSpec().qualifiedName(), alone.getCommandSpec().qualifiedName(), name);
            assertEquals(full.get(name).getSubcommands().keySet(), alone.getSubcommands().keySet(), name);
        }
    }

    @Test
    void messagesAndExitCodesAreTheFullTreesForUsageErrors() {
        for (String[] args : List.of(new String[] {"run"}, new String[] {"run", "--bogus"}, new String[] {"validate"},
                new String[] {"generate", "--sources", "x"}, new String[] {"sweep", "merge"},
                new String[] {"--debug", "game", "--oops"}, new String[] {"run", "--help"}, new String[] {"rnu"},
                new String[] {"--debug", "--debug", "validate", "x"})) {
            assertEquals(execute(AirshedCommand.newCommandLine(), args), execute(AirshedCommand.newCommandLine(args), args),
                    String.join(" ", args));
        }
    }

    @Test
    void helpNamesACommandsUsage() {
        String help = execute(AirshedCommand.newCommandLine(new String[] {"help", "run"}), new String[] {"help", "run"});
        assertEquals("0\n" + AirshedCommand.newCommandLine().getSubcommands().get("run").getUsageMessage() + "\n", help);
    }

    private static String execute(CommandLine commandLine, String[] args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = commandLine.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true)).execute(args);
        return code + "\n" + out + "\n" + err;
    }
}
