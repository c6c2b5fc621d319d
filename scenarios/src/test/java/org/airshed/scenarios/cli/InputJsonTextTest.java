package org.airshed.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Review s7, slips of defect 7: a scenario, sweep or game file that is not UTF-8 was "FILE: file: not
 * UTF-8 text", with no line or byte; an empty one was "the file is empty; a scenario is a JSON object",
 * a sweep's and a game's too. One JSON reader reads them all, so each kind is checked here.
 */
class InputJsonTextTest {
    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"validate", "run", "sweep", "game"})
    void aByteThatIsNotUtf8IsNamedWithItsLineColumnAndPlaceInTheFile(String command) throws IOException {
        Path file = temp.resolve("input.json");
        // "{\n  \"name\": \"Z" then ISO-8859-1 ü (0xFC): line 2, column 13, byte 15 of the file.
        Files.write(file, "{\n  \"name\": \"Zürich\"}\n".getBytes(StandardCharsets.ISO_8859_1));
        Cli.Result r = run(command, file);
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains(file + ": line 2, column 13: byte 0xFC (byte 15 of the file) is not UTF-8 text"),
                r.err());
        assertFalse(r.hasStackTrace(), r.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "run", "sweep", "game"})
    void anEmptyFileIsCalledSoWhateverItsKind(String command) throws IOException {
        Path file = temp.resolve("input.json");
        for (String text : new String[] {"", " \n\n"}) {
            Files.writeString(file, text);
            Cli.Result r = run(command, file);
            assertEquals(2, r.exitCode(), r.err());
            assertTrue(r.err().contains(file + ": $: empty file"), r.err());
            assertFalse(r.err().contains("a scenario is"), r.err());
            assertFalse(r.hasStackTrace(), r.err());
        }
    }

    private Cli.Result run(String command, Path file) {
        return command.equals("validate") ? Cli.run(command, file.toString())
                : Cli.run(command, file.toString(), "--out", temp.resolve("out").toString());
    }
}
