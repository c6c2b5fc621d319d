package org.airshed.core.io;

import static org.airshed.core.io.ProblemAssertions.assertOnlyProblem;
import static org.airshed.core.io.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.airshed.core.model.Source;
import org.airshed.core.model.Step;
import org.airshed.core.model.StepCurve;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An id or name (region, source, sector, department, option, pollutant) with white space or a
 * control character at either end is refused in every form — inline JSON, a sources CSV (quoted or
 * not, whichever of the three CSV readers reads it), version 2 — at its JSON path or CSV line and
 * column, its value quoted so that the white space shows. Numbers and the header stay trimmed.
 */
class IdsWithWhiteSpaceTest {
    private static final String HEADER = "id,region,sector,department,baseline,curve,amount,unitCost,linear,slope,max\n";

    @TempDir
    Path dir;

    private static List<Problem> json(String regions, String sources) {
        return ScenarioReader.validate("s.json", """
                {"name": "ids", "regions": %s, "sources": %s, "policy": {"cap": 15}}
                """.formatted(regions, sources), null);
    }

    private static String source(String id, String region, String sector, String department) {
        return """
                {"id": %s, "region": %s, "sector": %s, "department": %s, "baseline": 10,
                 "steps": [{"amount": 5, "unitCost": 1}]}""".formatted(quote(id), quote(region), quote(sector),
                quote(department));
    }

    private static String quote(String text) {
        return com.fasterxml.jackson.databind.node.TextNode.valueOf(text).toString();
    }

    @Test
    void inlineJsonNamesEachPaddedIdAtItsPath() {
        List<Problem> problems = json("[{\"id\": \" A\"}, {\"id\": \"B\"}]",
                "[" + source("s1 ", "B\t", " power", "env\u3000") + ", " + source("s2", "B", "", "") + "]");

        assertProblem(problems, "$.regions[0].id", "\" A\"", "starts with white space");
        assertProblem(problems, "$.sources[0].id", "\"s1 \"", "ends with white space");
        assertProblem(problems, "$.sources[0].region", "\"B\\t\"", "ends with white space");
        assertProblem(problems, "$.sources[0].sector", "\" power\"", "starts with white space");
        assertProblem(problems, "$.sources[0].department", "\"env\\u3000\"", "ends with white space");
        assertEquals(5, problems.size(), () -> ProblemAssertions.lines(problems));
    }

    @Test
    void aNoBreakSpaceOrAControlCharacterAtAnEndIsRefusedToo() {
        List<Problem> problems = json("[{\"id\": \"A\\u00a0\"}, {\"id\": \"\\u0000B\"}]", "[" + source("s", "A", "", "")
                + "]");

        assertProblem(problems, "$.regions[0].id", "\"A\\u00a0\"", "ends with white space");
        assertProblem(problems, "$.regions[1].id", "\"\\u0000B\"", "starts with a control character");
    }

    /** Invisible format characters at an end make look-alike ids too (review s10: "A" and "A\u200b" both print A). */
    @Test
    void anInvisibleFormatCharacterAtAnEndIsRefused() {
        List<Problem> problems = json("[{\"id\": \"A\"}, {\"id\": \"A\\u200b\"}, {\"id\": \"\\ufeffB\"}]",
                "[" + source("s", "A", "", "") + "]");

        assertProblem(problems, "$.regions[1].id", "\"A\\u200b\"", "ends with an invisible character");
        assertProblem(problems, "$.regions[2].id", "\"\\ufeffB\"", "starts with an invisible character");
        // Default-ignorable and blank-drawing characters that are not format characters (review2 s10).
        for (String end : List.of("\\u3164", "\\u115f", "\\uffa0", "\\u034f", "\\ufe0f", "\\udb40\\udd00",
                "\\u17b4", "\\u2800")) {
            List<Problem> more = json("[{\"id\": \"A" + end + "\"}]", "[" + source("s", "A", "", "") + "]");
            assertTrue(more.stream().anyMatch(p -> p.location().equals("$.regions[0].id")
                    && p.message().contains("ends with an invisible character")), end + ": " + ProblemAssertions.lines(more));
        }
    }

    @Test
    void blankSectorAndDepartmentStayUnspecifiedAndInnerSpacesAreFine() {
        ScenarioDocument read = ScenarioReader.read("s.json", """
                {"name": "ids", "regions": [{"id": "North East"}],
                 "sources": [%s]}
                """.formatted(source("plant 1", "North East", "  ", "")), null, List.of());

        assertEquals(new Source("plant 1", "North East", "unspecified", "unspecified", 10,
                new StepCurve(List.of(new Step(5, 1)))), read.scenario().sources().get(0));
    }

    @Test
    void technologyOptionNamesAreIdsToo() {
        List<Problem> problems = json("[{\"id\": \"A\"}]", """
                [{"id": "s", "region": "A", "baseline": 10,
                  "options": [{"name": "FGD ", "removal": 0.5, "annualCost": 1}]}]""");

        assertOnlyProblem(problems, "$.sources[0].options[0].name", "\"FGD \"", "ends with white space");
    }

    @Test
    void aPaddedKeyIsAnUnknownRegionShownQuoted() {
        List<Problem> problems = ScenarioReader.validate("s.json", """
                {"name": "ids", "regions": [{"id": "A"}], "transfer": {"A ": {"A": 1}},
                 "sources": [%s]}
                """.formatted(source("s", "A", "", "")), null);

        // Located at the key's path however it is spelled (a key with a space may be quoted there).
        assertEquals(1, problems.size(), () -> ProblemAssertions.lines(problems));
        Problem p = problems.get(0);
        assertEquals("\"A \"", p.value(), p::toString);
        assertEquals(true, p.location().startsWith("$.transfer") && p.message().contains("unknown receptor region"),
                p::toString);
    }

    @Test
    void csvNameCellsAreTakenAsWrittenQuotedOrNot() {
        List<Problem> problems = SimpleCsvRowsTest.bothWays(HEADER
                + "s1 ,A,power,,10,steps,5,1,,,\n"
                + "s2, A,,,10,steps,5,1,,,\n"
                + "s3,A,\tpower,,10,steps,5,1,,,\n"
                + "s4,A,,env\u3000,10,steps,5,1,,,\n"
                + "s5,A,,\u00a0env,10,steps,5,1,,,\n").problems();

        assertProblem(problems, "line 2, column id", "\"s1 \"", "ends with white space");
        assertProblem(problems, "line 3, column region", "\" A\"", "starts with white space");
        assertProblem(problems, "line 4, column sector", "\"\\tpower\"", "starts with white space");
        assertProblem(problems, "line 5, column department", "\"env\\u3000\"", "ends with white space");
        assertProblem(problems, "line 6, column department", "\"\\u00a0env\"", "starts with white space");
        assertEquals(5, problems.size(), () -> ProblemAssertions.lines(problems));
    }

    @Test
    void quotedCellsKeepTheirSpacesAndSpacesOutsideTheQuotesAreNotTheCells() {
        List<Problem> problems = SimpleCsvRowsTest.bothWays(HEADER
                + "\"s1 \",A,,,10,steps,5,1,,,\n"
                + "s2,\" A\",,,10,steps,5,1,,,\n"
                + "s3, \"A\" ,,,10,steps,5,1,,,\n").problems();

        assertProblem(problems, "line 2, column id", "\"s1 \"", "ends with white space");
        assertProblem(problems, "line 3, column region", "\" A\"", "starts with white space");
        assertEquals(2, problems.size(), () -> ProblemAssertions.lines(problems));
    }

    /** The reference parser's cells as written come from a scan of the quoting: it must count records as the parser does. */
    @Test
    void quotedLineBreaksBlankLinesAndLoneCarriageReturnsKeepTheCellsInStep() {
        List<Problem> problems = SimpleCsvRowsTest.bothWays(HEADER
                + "s1,A,\"two\nlines\",,10,steps,5,1,,,\r\n"
                + "\n"
                + "  \r"
                + "s2, A,,,10,steps,5,1,,,\r"
                + "\"s3\",A,\"\",\"env\n\",10,steps,5,1,,,\r\n"
                + "s4,A,,\"x\"\"y \",10,steps,5,1,,,").problems();

        assertProblem(problems, "line 6, column region", "\" A\"", "starts with white space");
        assertProblem(problems, "line 7, column department", "\"env\\n\"", "ends with white space");
        assertProblem(problems, "line 9, column department", "\"x\\\"y \"", "ends with white space");
        assertEquals(3, problems.size(), () -> ProblemAssertions.lines(problems));

        // A file's last cell, ended by the end of the file.
        for (String last : List.of("power ", "\"power \"")) {
            assertOnlyProblem(SimpleCsvRowsTest.bothWays("id,region,baseline,curve,amount,unitCost,sector\n"
                    + "\"s1\",A,10,steps,5,1," + last).problems(), "line 2, column sector", "\"power \"", "ends with");
        }
    }

    @Test
    void aPaddedCellRepeatedOnEveryRowOfASourceIsOneProblem() {
        List<Problem> problems = SimpleCsvRowsTest.bothWays(HEADER
                + "s1 , A,,,10,steps,2,1,,,\n"
                + "s1 , A,,,10,steps,3,2,,,\n"
                + "s2,A,,,10,steps,2,1,,,\n"
                + "s2,A ,,,10,steps,3,2,,,\n").problems();

        assertProblem(problems, "line 2, column id", "\"s1 \"", "ends with white space");
        assertProblem(problems, "line 2, column region", "\" A\"", "starts with white space");
        assertProblem(problems, "line 5, column region", "\"A \"", "ends with white space");
        assertEquals(3, problems.size(), () -> ProblemAssertions.lines(problems));
    }

    @Test
    void numbersCurveAndHeaderAreStillTrimmedAndBlankNamesAreUnspecified() {
        SimpleCsvRowsTest.Read read = SimpleCsvRowsTest.bothWays(" id , region ,sector,department,baseline,curve,amount,"
                + "unitCost,linear,slope,max\n"
                + "s1,A,  ,\t, 10 , steps ,\t5, 1 ,,,\n");

        assertEquals(List.of(), read.problems());
        assertEquals(List.of(new Source("s1", "A", null, null, 10, new StepCurve(List.of(new Step(5, 1))))),
                read.sources());
    }

    @Test
    void aScenarioWithAPaddedCsvRegionIsRefusedAtTheCell() throws IOException {
        Files.writeString(dir.resolve("s.csv"), HEADER + "s1,SH ,,,10,steps,5,1,,,\n");
        Path scenario = dir.resolve("s.json");
        Files.writeString(scenario, "{\"name\": \"c\", \"regions\": [{\"id\": \"SH\"}], \"sourcesFile\": \"s.csv\"}");

        Problem p = assertOnlyProblem(ScenarioReader.validate(scenario), "line 2, column region", "\"SH \"",
                "ends with white space");
        assertEquals(dir.resolve("s.csv").toString(), p.file());
    }

    @Test
    void versionTwoPollutantsRegionsSourcesAndOptions() {
        String v2 = MultiScenarioReaderTest.EXAMPLE;
        List<Problem> problems = ScenarioReader.validate("v2.json", v2
                .replace("{\"id\": \"NOx\"}", "{\"id\": \" NOx\"}")
                .replace("{\"id\": \"JS\"}", "{\"id\": \"JS \"}")
                .replace("\"id\": \"SH-002\"", "\"id\": \"SH-002\\t\"")
                .replace("{\"id\": \"JS-002\", \"region\": \"JS\",", "{\"id\": \"JS-002\", \"region\": \"JS\", \"sector\": \"power \",")
                .replace("\"name\": \"SCR\"", "\"name\": \" SCR\""), null);

        assertProblem(problems, "$.pollutants[1].id", "\" NOx\"", "starts with white space");
        assertProblem(problems, "$.regions[1].id", "\"JS \"", "ends with white space");
        assertProblem(problems, "$.sources[1].id", "\"SH-002\\t\"", "ends with white space");
        assertProblem(problems, "$.sources[3].sector", "\"power \"", "ends with white space");
        assertProblem(problems, "$.sources[0].options[1].name", "\" SCR\"", "starts with white space");
    }
}
