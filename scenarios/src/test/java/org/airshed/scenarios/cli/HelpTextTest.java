package org.airshed.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every command's help reads as written: each header and description line fits the usage width,
 * so picocli never breaks one mid-sentence. Regression (README review, item 9): `ledger --help`
 * printed "the hash chain" and "(each line's SHA-256 …" on lines of their own.
 */
class HelpTextTest {
    @Test
    void everyHeaderAndDescriptionLineFitsTheUsageWidth() {
        List<String> tooLong = new ArrayList<>();
        check(AirshedCommand.newCommandLine(), tooLong);
        assertEquals(List.of(), tooLong);
    }

    /**
     * Regression (revH, doubtful claims): validate, ledger, generate and report listed exit codes 0
     * and 2 only, yet each exits 1 on an internal error, as every command can.
     */
    @Test
    void everyCommandThatListsExitCodesListsTheInternalError() {
        List<String> without = new ArrayList<>();
        exitCodes(AirshedCommand.newCommandLine(), without);
        assertEquals(List.of(), without);
    }

    private static void exitCodes(CommandLine command, List<String> without) {
        String description = String.join(" ", command.getCommandSpec().usageMessage().description());
        if (description.contains("Exit 0") && !description.contains("1 on an internal error")) {
            without.add(command.getCommandSpec().qualifiedName());
        }
        command.getSubcommands().values().forEach(sub -> exitCodes(sub, without));
    }

    private static void check(CommandLine command, List<String> tooLong) {
        CommandLine.Model.UsageMessageSpec usage = command.getCommandSpec().usageMessage();
        List<String> lines = new ArrayList<>(List.of(usage.header()));
        lines.addAll(List.of(usage.description()));
        for (String line : lines) {
            if (line.length() >= usage.width()) {
                tooLong.add(command.getCommandSpec().qualifiedName() + ": " + line);
            }
        }
        command.getSubcommands().values().forEach(sub -> check(sub, tooLong));
    }
}
