package org.airshed.core.io;

import static org.airshed.core.io.ProblemAssertions.assertOnlyProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sourcesFile that is not an ordinary CSV is refused in our words, on one line naming the file,
 * the place and the value (revH, items 9 and 10): a link to nothing, a FIFO (which blocked the
 * read forever), a JSON file (commons-csv's words, no column), a quoted cell holding a line break
 * (the problem spanned two lines), bytes that are not UTF-8 (no column, no byte).
 */
class SourcesFileEdgesTest {
    private static final String HEADER = "id,region,baseline,curve,amount,unitCost\n";

    @TempDir
    Path dir;

    /** The problems of a scenario with region A whose sourcesFile is {@code name} in the temp dir. */
    private List<Problem> validate(String name) throws IOException {
        Path scenario = dir.resolve("scenario.json");
        Files.writeString(scenario, "{\"name\": \"c\", \"regions\": [{\"id\": \"A\"}], \"sourcesFile\": \"" + name
                + "\"}");
        return ScenarioReader.validate(scenario);
    }

    @Test
    void aLinkToNothingIsCalledSo() throws IOException {
        Files.createSymbolicLink(dir.resolve("l.csv"), dir.resolve("gone.csv"));
        assertOnlyProblem(validate("l.csv"), "$.sourcesFile", "\"l.csv\"",
                "is a symbolic link to " + dir.resolve("gone.csv") + ", which does not exist, not a CSV file");
    }

    @Test
    void aLinkToADirectorySaysBoth() throws IOException {
        Path target = Files.createDirectory(dir.resolve("d"));
        Files.createSymbolicLink(dir.resolve("l.csv"), target);
        assertOnlyProblem(validate("l.csv"), "$.sourcesFile", "\"l.csv\"",
                "is a directory (a symbolic link to " + target + "), not a CSV file");
    }

    @Test
    void aFifoIsRefusedBeforeItIsOpened() throws IOException, InterruptedException {
        Path fifo = dir.resolve("f.csv");
        int made;
        try {
            made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
        } catch (IOException e) {
            made = -1;
        }
        assumeTrue(made == 0, "mkfifo is needed to make a FIFO");
        List<Problem> problems = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> validate("f.csv"));
        assertOnlyProblem(problems, "$.sourcesFile", "\"f.csv\"",
                "is not a regular file (a FIFO, device or socket), not a CSV file");
    }

    @Test
    void aJsonFileGivenAsCsvIsToldAtItsLineColumnAndCell() throws IOException {
        Files.writeString(dir.resolve("one.json"), "{\"name\": \"x\", \"regions\": [{\"id\": \"A\"}]}\n");
        assertOnlyProblem(validate("one.json"), "line 1, column 2", "\"regions\": [{\"id\": \"A\"}]}",
                "text after a closing quote");
    }

    @Test
    void aQuoteLeftOpenIsToldAtItsCell() throws IOException {
        Files.writeString(dir.resolve("s.csv"), HEADER + "S1,A,10,steps,\"1,2\n");
        assertOnlyProblem(validate("s.csv"), "line 2, column amount", "\"1,2\\n",
                "a quoted cell is not closed");
    }

    @Test
    void aLineBreakInACellIsShownEscapedOnOneLine() throws IOException {
        Files.writeString(dir.resolve("s.csv"), HEADER + "S1,A,\"1\n0\",steps,1,2\n");
        Problem problem = assertOnlyProblem(validate("s.csv"), "line 2, column baseline", "1\\n0", "must be a number");
        assertFalse(problem.toString().contains("\n"), problem::toString);
    }

    @Test
    void bytesThatAreNotUtf8AreToldAtTheirColumnAndByte() throws IOException {
        byte[] text = (HEADER + "S#01,A,10,steps,1,2\n").getBytes(StandardCharsets.UTF_8);
        int at = HEADER.length() + 1;
        assertEquals('#', text[at]);
        text[at] = (byte) 0xFC;
        Files.write(dir.resolve("s.csv"), text);
        assertOnlyProblem(validate("s.csv"), "line 2, column id", null,
                "byte 0xFC (byte " + (at + 1) + " of the file) is not UTF-8 text; save the file as UTF-8");
        text[at] = '#';
        text[HEADER.length() + 8] = (byte) 0xFC;
        Files.write(dir.resolve("s.csv"), text);
        assertOnlyProblem(validate("s.csv"), "line 2, column baseline", null, "byte 0xFC (byte "
                + (HEADER.length() + 9) + " of the file)");
    }
}
