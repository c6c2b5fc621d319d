package org.airshed.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.airshed.scenarios.run.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Review s7, slips of defect 7: {@code game} accepted player names that make coalitions.csv's
 * {@code members} ambiguous ("A;B" listed as "A;B;x,y") or empty, and {@code "rules": []}, which a
 * scenario's compensation section refuses. Each is refused at its path with its value, exit 2, nothing written.
 */
class GameFileInputTest {
    private static final String VALUES = "\"order\": \"lex\", \"values\": [0, 0, 0, 90, 100, 120, 220]";

    @TempDir
    Path temp;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"\"        | $.players[0] = \"\": must not be empty",
            "\"A;B\"     | $.players[0] = \"A;B\": contains ';'",
            "\";\"       | $.players[0] = \";\": contains ';'",
            "\" A\"      | $.players[0] = \" A\": starts or ends with white space",
            "\"A \"     | $.players[0] = \"A \": starts or ends with white space",
            "\"A\\nB\"   | $.players[0] = \"A\\nB\": contains a control character",
    })
    void aPlayerNameThatWouldMakeCoalitionsCsvAmbiguousIsRefused(String name, String expected) throws IOException {
        Path file = TestScenarios.write(temp, "game.json", "{\"players\": [" + name + ", \"B\", \"C\"], " + VALUES
                + ", \"rules\": [\"shapley\"]}");
        assertRefused(file, file + ": " + expected);
    }

    /** Commas and quotes are quoted by the CSV writer: no name is read as another there. */
    @Test
    void commasAndQuotesInNamesAreKeptApartByCsvQuoting() throws IOException {
        Path file = TestScenarios.write(temp, "game.json", "{\"players\": [\"x,y\", \"q\\\"z\", \"C\"], " + VALUES
                + ", \"rules\": [\"shapley\"]}");
        Path out = temp.resolve("out");
        Cli.Result r = Cli.run("game", file.toString(), "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(Files.readString(out.resolve("coalitions.csv")).contains("\n3,4,\"x,y;q\"\"z\",2,90,,,\n"),
                Files.readString(out.resolve("coalitions.csv")));
    }

    @Test
    void noRulesIsRefusedAsInAScenariosCompensationSection() throws IOException {
        Path file = TestScenarios.write(temp, "game.json", "{\"players\": [\"A\", \"B\", \"C\"], " + VALUES
                + ", \"rules\": []}");
        assertRefused(file, file + ": $.rules = []: name at least one rule: shapley, nucleolus, nash-bargaining");
    }

    /**
     * Regression (revH 4): values near a double's end overflowed inside the rules (exit 1 with
     * IllegalArgumentException or NumberFormatException); they are held to 1e15 like a scenario's numbers.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "-1.7e308, 1.7e308, 0, 1.7e308, -1.7e308, 1.7e308, 1.7e308 | $.values[0] = -1.7E+308",
            "1e308, 1e308, 1e308, 1e308, 1e308, 1e308, 1e308           | $.values[0] = 1E+308",
            "0, 0, 0, 0, 0, 0, 1.0000001e15                           | $.values[6] = 1.0000001E+15",
    })
    void valuesPastTheLimitAreRefusedAtTheirIndex(String values, String expected) throws IOException {
        Path file = TestScenarios.write(temp, "game.json", "{\"players\": [\"A\", \"B\", \"C\"], \"order\": \"lex\","
                + " \"values\": [" + values + "], \"rules\": [\"shapley\", \"nucleolus\", \"nash-bargaining\"]}");
        assertRefused(file, file + ": " + expected + ": must be at most 1e15 in magnitude");
    }

    /** At the limit every rule still runs: its sums of values stay far inside a double's range. */
    @Test
    void valuesAtTheLimitRun() throws IOException {
        Path file = TestScenarios.write(temp, "game.json", "{\"players\": [\"A\", \"B\", \"C\"], \"order\": \"lex\","
                + " \"values\": [-1e15, 1e15, 0, 1e15, -1e15, 1e15, 1e15], \"transactionCosts\": {\"A\": 1e15,"
                + " \"B\": 0, \"C\": 0}, \"rules\": [\"shapley\", \"nucleolus\", \"nash-bargaining\"]}");
        Cli.Result r = Cli.run("game", file.toString(), "--out", temp.resolve("out").toString());
        assertEquals(0, r.exitCode(), r.err());
        assertFalse(r.hasStackTrace(), r.err());
    }

    /** revH's doubtful claims: "LEX" was accepted while every other name of a game or scenario is exact. */
    @Test
    void theOrderIsNamedExactlyAsOtherNamesAre() throws IOException {
        Path file = TestScenarios.write(temp, "game.json", "{\"players\": [\"A\", \"B\", \"C\"], "
                + VALUES.replace("\"lex\"", "\"LEX\"") + ", \"rules\": [\"shapley\"]}");
        assertRefused(file, file + ": $.order = \"LEX\": must be lex (v1, v2, v3, v12, v13, v23, v123) or binary");
    }

    private void assertRefused(Path file, String expected) {
        Path out = temp.resolve("refused");
        Cli.Result r = Cli.run("game", file.toString(), "--out", out.toString());
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains(expected), expected + " in: " + r.err());
        assertFalse(r.hasStackTrace(), r.err());
        assertFalse(Files.exists(out), "nothing is written for a refused game");
    }
}
