package org.airshed.core.io;

import static org.airshed.core.io.ProblemAssertions.assertOnlyProblem;
import static org.airshed.core.io.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.airshed.core.model.QuadraticCurve;
import org.airshed.core.model.Source;
import org.airshed.core.model.Step;
import org.airshed.core.model.StepCurve;
import java.io.BufferedWriter;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesCsvReaderTest {
    private static final String HEADER = "id,region,sector,department,baseline,curve,amount,unitCost,linear,slope,max\n";

    @TempDir
    Path dir;

    /** The problems of {@code csv}, the same from the reference parser and the fast reader (checked). */
    private static List<Problem> problemsOf(String csv) {
        return SimpleCsvRowsTest.bothWays(csv).problems();
    }

    private static List<Source> sourcesOf(String csv) {
        SimpleCsvRowsTest.Read read = SimpleCsvRowsTest.bothWays(csv);
        assertEquals(List.of(), read.problems());
        return read.sources();
    }

    /** A scenario with regions SH and JS whose sources are {@code csv}, both written to the temp dir. */
    private List<Problem> scenarioWithCsv(String csv) throws IOException {
        Files.writeString(dir.resolve("s.csv"), csv);
        Path scenario = dir.resolve("scenario.json");
        Files.writeString(scenario, "{\"name\": \"c\", \"regions\": [{\"id\": \"SH\"}, {\"id\": \"JS\"}], "
                + "\"sourcesFile\": \"s.csv\"}");
        return ScenarioReader.validate(scenario);
    }

    @Test
    void validFile() {
        List<Source> sources = sourcesOf(HEADER
                + "A,SH,power,ecology-environment,100,steps,30,10,,,\n"
                + "A,SH,power,ecology-environment,100,steps,70,20,,,\n"
                + "B,JS,,,10,quadratic,,,,4,10\n");

        assertEquals(List.of(
                new Source("A", "SH", "power", "ecology-environment", 100,
                        new StepCurve(List.of(new Step(30, 10), new Step(70, 20)))),
                new Source("B", "JS", null, null, 10, new QuadraticCurve(0, 4, 10))), sources);
    }

    @Test
    void columnsInAnyOrderWithByteOrderMarkCrlfAndBlankLines() {
        List<Source> sources = sourcesOf("\uFEFFcurve,id,region,baseline,amount,unitCost\r\n"
                + "\r\n"
                + "steps,A,SH, 5 ,5,1\r\n");

        assertEquals(List.of(new Source("A", "SH", null, null, 5, new StepCurve(List.of(new Step(5, 1))))), sources);
    }

    @Test
    void badValueNamesLineAndColumn() {
        List<Problem> problems = problemsOf(HEADER
                + "A,SH,,,100,steps,30,10,,,\n"
                + "A,SH,,,100,steps,30,abc,,,\n");

        Problem p = assertOnlyProblem(problems, "line 3, column unitCost", "abc", "must be a number");
        assertEquals("s.csv: line 3, column unitCost = abc: must be a number", p.toString());
    }

    @Test
    void lineNumbersCountLinesNotRecords() {
        // A quoted cell spanning two lines and a blank line come before the bad row.
        List<Problem> problems = problemsOf(HEADER
                + "A,SH,\"two\nlines\",,100,steps,30,10,,,\n"
                + "\n"
                + "B,SH,,,100,steps,-1,10,,,\n");

        assertOnlyProblem(problems, "line 5, column amount", "-1.0", "must be a finite number >= 0");
    }

    @Test
    void nanAndOverflowAreRejected() {
        List<Problem> problems = problemsOf(HEADER
                + "A,SH,,,NaN,steps,1,1,,,\n"
                + "B,SH,,,1e999,steps,1,1,,,\n"
                + "C,SH,,,1d,steps,1,1,,,\n");

        assertProblem(problems, "line 2, column baseline", "NaN", "must be a finite number");
        assertProblem(problems, "line 3, column baseline", "1e999", "too large for a double");
        assertProblem(problems, "line 4, column baseline", "1d", "must be a number");
        assertEquals(3, problems.size(), () -> ProblemAssertions.lines(problems));
    }

    @Test
    void unknownColumn() {
        List<Problem> problems = problemsOf("id,region,baselin,curve,amount,unitCost\nA,SH,1,steps,1,1\n");

        assertProblem(problems, "line 1, column 3", "baselin", "unknown column (did you mean baseline?)");
        assertProblem(problems, "line 1", null, "missing required column baseline");
        assertEquals(2, problems.size(), () -> ProblemAssertions.lines(problems));
    }

    @Test
    void duplicateColumn() {
        assertProblem(problemsOf("id,region,baseline,curve,amount,amount\n"), "line 1, column 6", "amount",
                "duplicate column (first is column 5)");
    }

    @Test
    void inconsistentRepeatedId() {
        List<Problem> problems = problemsOf(HEADER
                + "A,SH,power,,100,steps,30,10,,,\n"
                + "A,JS,power,,100,steps,30,20,,,\n");

        assertOnlyProblem(problems, "line 3, column region", "JS", "differs from line 2 (SH)");
    }

    /** A source's baseline refused on its first row is that one problem, not one more per later row repeating it. */
    @Test
    void aBadBaselineOnTheFirstRowIsOneProblem() {
        List<Problem> problems = problemsOf(HEADER
                + "A,SH,power,,12x,steps,30,10,,,\n"
                + "A,SH,power,,100,steps,30,20,,,\n"
                + "A,SH,power,,100,steps,30,30,,,\n");

        assertOnlyProblem(problems, "line 2, column baseline", "12x", "must be a number");
    }

    /** A later row's baseline that is not a number says so, as on a first row, rather than that it differs. */
    @Test
    void aBadBaselineOnALaterRowSaysWhatIsWrongWithIt() {
        List<Problem> problems = problemsOf(HEADER
                + "A,SH,power,,100,steps,30,10,,,\n"
                + "A,SH,power,,12x,steps,30,20,,,\n"
                + "A,SH,power,,101,steps,30,30,,,\n");

        assertProblem(problems, "line 3, column baseline", "12x", "must be a number");
        assertProblem(problems, "line 4, column baseline", "101", "differs from line 2 (100)");
        assertEquals(2, problems.size(), () -> ProblemAssertions.lines(problems));
    }

    @Test
    void duplicateId() {
        List<Problem> problems = problemsOf(HEADER
                + "A,SH,,,100,steps,30,10,,,\n"
                + "B,SH,,,100,steps,30,10,,,\n"
                + "A,SH,,,100,steps,30,20,,,\n");

        assertOnlyProblem(problems, "line 4, column id", "A", "duplicate source id, first used on line 2");
    }

    @Test
    void quadraticSourceHasOneRow() {
        assertOnlyProblem(problemsOf(HEADER
                        + "B,JS,,,10,quadratic,,,,4,10\n"
                        + "B,JS,,,10,quadratic,,,,4,10\n"),
                "line 3, column id", "B", "a quadratic source has exactly one row");
    }

    @Test
    void cellsOfTheOtherCurveMustBeEmpty() {
        assertOnlyProblem(problemsOf(HEADER + "B,JS,,,10,quadratic,5,,,4,10\n"), "line 2, column amount", "5",
                "must be empty in a quadratic row");
    }

    @Test
    void unknownCurve() {
        assertOnlyProblem(problemsOf(HEADER + "B,JS,,,10,linear,,,,,\n"), "line 2, column curve", "linear",
                "must be steps or quadratic");
    }

    @Test
    void nonConvexStepsNameTheStepRow() {
        assertOnlyProblem(problemsOf(HEADER
                        + "A,SH,,,100,steps,30,10,,,\n"
                        + "A,SH,,,100,steps,30,5,,,\n"),
                "line 3, column unitCost", "5.0", "non-decreasing");
    }

    @Test
    void stepsAboveBaselineNameTheSourceRow() {
        assertOnlyProblem(problemsOf(HEADER
                        + "A,SH,,,50,steps,30,10,,,\n"
                        + "A,SH,,,50,steps,30,20,,,\n"),
                "line 2, column amount", "60.0", "exceeds the baseline 50.0");
    }

    @Test
    void unclosedQuote() {
        // The cell is named, with its text (the line break escaped): revH, item 9.
        assertProblem(problemsOf(HEADER + "A,SH,\"power,,100,steps,30,10,,,\n"), "line 2, column sector",
                "\"power,,100,steps,30,10,,,\\n", "the file ends inside its quotes");
    }

    @Test
    void emptyFile() {
        assertOnlyProblem(problemsOf(""), "line 1", null, "a header row naming the columns is required");
    }

    @Test
    void unknownRegionOfACsvSourceNamesItsLine() throws IOException {
        List<Problem> problems = scenarioWithCsv(HEADER
                + "A,SH,,,100,steps,30,10,,,\n"
                + "B,XX,,,100,steps,30,10,,,\n");

        Problem p = assertOnlyProblem(problems, "line 3, column region", "XX", "unknown region");
        assertEquals(dir.resolve("s.csv").toString(), p.file());
    }

    /** An unknown region is reported next to another problem of the file, as a JSON source's would be. */
    @Test
    void unknownRegionIsReportedBesideOtherProblems() throws IOException {
        List<Problem> problems = scenarioWithCsv(HEADER
                + "A,SH,,,100,steps,30,abc,,,\n"
                + "B,XX,,,100,steps,30,10,,,\n");

        assertProblem(problems, "line 2, column unitCost", "abc", "must be a number");
        assertProblem(problems, "line 3, column region", "XX", "unknown region (known: [JS, SH])");
        assertEquals(2, problems.size(), () -> ProblemAssertions.lines(problems));
    }

    /**
     * A source's region unknown on its first row is that one problem, not one more per later row
     * repeating another (the reviewer's case: the later rows name a known region).
     */
    @Test
    void anUnknownRegionOnTheFirstRowIsOneProblem() throws IOException {
        List<Problem> problems = scenarioWithCsv(HEADER
                + "A,XX,,,100,steps,30,10,,,\n"
                + "A,SH,,,100,steps,30,20,,,\n"
                + "A,SH,,,100,steps,30,30,,,\n");

        assertOnlyProblem(problems, "line 2, column region", "XX", "unknown region (known: [JS, SH])");
    }

    /** A later row's unknown region says so, rather than only that it differs from the first row's. */
    @Test
    void anUnknownRegionOnALaterRowSaysWhatIsWrongWithIt() throws IOException {
        List<Problem> problems = scenarioWithCsv(HEADER
                + "A,SH,,,100,steps,30,10,,,\n"
                + "A,XX,,,100,steps,30,20,,,\n"
                + "A,JS,,,100,steps,30,30,,,\n");

        assertProblem(problems, "line 3, column region", "XX", "unknown region (known: [JS, SH])");
        assertProblem(problems, "line 4, column region", "JS", "differs from line 2 (SH)");
        assertEquals(2, problems.size(), () -> ProblemAssertions.lines(problems));
    }

    @Test
    void idUsedInBothJsonAndCsv() throws IOException {
        Files.writeString(dir.resolve("s.csv"), HEADER + "A,SH,,,100,steps,30,10,,,\n");
        Path scenario = dir.resolve("scenario.json");
        Files.writeString(scenario, "{\"name\": \"c\", \"regions\": [{\"id\": \"SH\"}], "
                + "\"sources\": [{\"id\": \"A\", \"region\": \"SH\", \"baseline\": 1, \"steps\": []}], "
                + "\"sourcesFile\": \"s.csv\"}");

        assertOnlyProblem(ScenarioReader.validate(scenario), "line 2, column id", "A", "duplicate source id");
    }

    /** Streams: a million rows need memory for the sources, not for a tree of the document. */
    @Test
    @Tag("slow")
    void millionRows() throws IOException {
        Path csv = dir.resolve("s.csv");
        try (BufferedWriter out = Files.newBufferedWriter(csv)) {
            out.write(HEADER);
            for (int i = 0; i < 500_000; i++) {
                out.write("S" + i + ",SH,steel,industry,100,steps,30,10,,,\n");
                out.write("S" + i + ",SH,steel,industry,100,steps,40,20.5,,,\n");
            }
        }
        Problems problems = new Problems();

        CsvSources sources = SourcesCsvReader.read(Files.newBufferedReader(csv), "s.csv", problems);

        assertEquals(List.of(), problems.list());
        assertEquals(500_000, sources.sources().size());
        assertEquals(new Source("S499999", "SH", "steel", "industry", 100,
                new StepCurve(List.of(new Step(30, 10), new Step(40, 20.5)))), sources.sources().get(499_999));
    }
}
