package org.airshed.core.io;

import static org.airshed.core.io.ProblemAssertions.assertOnlyProblem;
import static org.airshed.core.io.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per kind of bad input: each names the file, the JSON path and the value. */
class ScenarioReaderProblemsTest {
    @TempDir
    Path dir;

    /** A scenario with regions SH (background 12) and JS around the given sources array. */
    private static List<Problem> withSources(String sources) {
        return validate("""
                {"name": "bad", "regions": [{"id": "SH", "background": 12}, {"id": "JS"}],
                 "sources": %s}
                """.formatted(sources));
    }

    private static List<Problem> validate(String json) {
        return ScenarioReader.validate("bad.json", json, null);
    }

    @Test
    void malformedJsonIsOneProblemWithLineAndColumn() {
        List<Problem> problems = validate("""
                {"name": "x",
                 "regions": [{"id": "SH"},]}
                """);

        Problem p = assertOnlyProblem(problems, "line 2, column 27", "\"regions\": [{\"id\": \"SH\"},]}",
                "Unexpected character (']')");
        assertEquals("bad.json", p.file());
        assertFalse(p.message().contains("code 93"), p::toString);
    }

    @Test
    void truncatedJsonSaysTheFileEnds() {
        Problem p = assertOnlyProblem(validate("{\"name\": \"x\", \"regions\": ["), "line 1, column 27",
                "{\"name\": \"x\", \"regions\": [", "unexpected end of file");
        assertFalse(p.message().contains("Source:"), p::toString);
    }

    @Test
    void duplicateKeyIsMalformed() {
        assertOnlyProblem(validate("{\"name\": \"a\", \"name\": \"b\", \"regions\": []}"), "line 1, column 21",
                "{\"name\": \"a\", \"name\": \"b\", \"regions\": []}", "duplicate key 'name'");
    }

    @Test
    void missingRequiredField() {
        assertOnlyProblem(withSources("""
                [{"id": "SH-001", "region": "SH", "steps": [{"amount": 1, "unitCost": 2}]}]
                """), "$.sources[0].baseline", null, "is required");
    }

    @Test
    void missingNameAndRegions() {
        List<Problem> problems = validate("{}");

        assertProblem(problems, "$.name", null, "is required");
        assertProblem(problems, "$.regions", null, "is required");
        assertEquals(2, problems.size(), () -> ProblemAssertions.lines(problems));
    }

    @Test
    void unknownFieldTypoIsNotIgnored() {
        List<Problem> problems = withSources("""
                [{"id": "SH-001", "region": "SH", "baselin": 12000, "steps": [{"amount": 1, "unitCost": 2}]}]
                """);

        Problem typo = assertProblem(problems, "$.sources[0].baselin", "12000", "unknown key (did you mean baseline?)");
        assertTrue(typo.message().contains("allowed keys: id, region, sector, department, baseline, steps, quadratic"),
                typo::toString);
        assertProblem(problems, "$.sources[0].baseline", null, "is required");
    }

    @Test
    void unknownTopLevelKey() {
        assertOnlyProblem(validate("{\"name\": \"x\", \"regions\": [{\"id\": \"A\"}], \"sead\": 1}"),
                "$.sead", "1", "unknown key (did you mean seed?)");
    }

    @Test
    void marketIsNotYetAccepted() {
        assertOnlyProblem(validate("{\"name\": \"x\", \"regions\": [{\"id\": \"A\"}], \"market\": {}}"),
                "$.market", "{}", "unknown key");
    }

    @Test
    void negativeAmount() {
        assertOnlyProblem(withSources("""
                [{"id": "SH-001", "region": "SH", "baseline": 100, "steps": [{"amount": -5, "unitCost": 2}]}]
                """), "$.sources[0].steps[0].amount", "-5.0", "must be a finite number >= 0");
    }

    @Test
    void nanStringIsNotANumber() {
        assertOnlyProblem(withSources("""
                [{"id": "SH-001", "region": "SH", "baseline": "NaN", "steps": []}]
                """), "$.sources[0].baseline", "\"NaN\"", "must be a finite number; JSON has no NaN or Infinity");
    }

    @Test
    void nanLiteralIsMalformed() {
        assertOnlyProblem(withSources("""
                [{"id": "SH-001", "region": "SH", "baseline": NaN, "steps": []}]
                """), "line 2, column 62", "…d\": \"SH-001\", \"region\": \"SH\", \"baseline\": NaN, \"steps\": []}]",
                "'NaN' is not a JSON value");
    }

    @Test
    void literalThatOverflowsToInfinity() {
        assertOnlyProblem(withSources("""
                [{"id": "SH-001", "region": "SH", "baseline": 1e999, "steps": []}]
                """), "$.sources[0].baseline", "1E+999", "too large for a double");
    }

    @Test
    void nonConvexSteps() {
        assertOnlyProblem(withSources("""
                [{"id": "SH-001", "region": "SH", "baseline": 100,
                  "steps": [{"amount": 10, "unitCost": 100}, {"amount": 10, "unitCost": 50}]}]
                """), "$.sources[0].steps[1].unitCost", "50.0", "non-decreasing");
    }

    @Test
    void stepsSumAboveBaseline() {
        assertOnlyProblem(withSources("""
                [{"id": "SH-001", "region": "SH", "baseline": 100,
                  "steps": [{"amount": 60, "unitCost": 1}, {"amount": 60, "unitCost": 2}]}]
                """), "$.sources[0].steps", "120.0", "exceeds the baseline 100.0");
    }

    @Test
    void quadraticMaxAboveBaseline() {
        assertOnlyProblem(withSources("""
                [{"id": "SH-001", "region": "SH", "baseline": 100, "quadratic": {"slope": 1, "max": 101}}]
                """), "$.sources[0].quadratic.max", "101.0", "exceeds the baseline");
    }

    @Test
    void sourceInUnknownRegion() {
        assertOnlyProblem(withSources("""
                [{"id": "SH-001", "region": "XX", "baseline": 100, "steps": []}]
                """), "$.sources[0].region", "XX", "unknown region (known: [JS, SH])");
    }

    @Test
    void duplicateSourceId() {
        assertOnlyProblem(withSources("""
                [{"id": "S", "region": "SH", "baseline": 1, "steps": []},
                 {"id": "S", "region": "JS", "baseline": 1, "steps": []}]
                """), "$.sources[1].id", "S", "duplicate source id");
    }

    @Test
    void transferEntryForUnknownRegion() {
        assertOnlyProblem(validate("""
                {"name": "x", "regions": [{"id": "SH"}], "transfer": {"SH": {"SH": 1e-4, "XX": 2e-5}}}
                """), "$.transfer.SH.XX", "XX", "unknown source region");
    }

    @Test
    void negativeTransferCoefficient() {
        assertOnlyProblem(validate("""
                {"name": "x", "regions": [{"id": "SH"}], "transfer": {"SH": {"SH": -1e-4}}}
                """), "$.transfer.SH.SH", "-1.0E-4", "must be a finite number >= 0");
    }

    @Test
    void receptorLimitBelowBackground() {
        assertOnlyProblem(validate("""
                {"name": "x", "regions": [{"id": "SH", "background": 12}],
                 "policy": {"receptorLimits": {"SH": 5}}}
                """), "$.policy.receptorLimits.SH", "5.0", "below the region's background concentration 12.0");
    }

    @Test
    void bothCurvesOnOneSource() {
        assertOnlyProblem(withSources("""
                [{"id": "SH-001", "region": "SH", "baseline": 100,
                  "steps": [{"amount": 10, "unitCost": 1}], "quadratic": {"slope": 1, "max": 10}}]
                """), "$.sources[0]", null, "exactly one cost curve");
    }

    @Test
    void noCurveOnASource() {
        assertOnlyProblem(withSources("[{\"id\": \"SH-001\", \"region\": \"SH\", \"baseline\": 100}]"),
                "$.sources[0]", null, "needs a cost curve: steps, quadratic or options");
    }

    @Test
    void technologyOptionsAreCheckedOneByOne() {
        List<Problem> problems = withSources("""
                [{"id": "SH-001", "region": "SH", "baseline": 100, "options": [{"name": "scrubber"},
                  {"name": "none", "removal": 0.5, "annualCost": 1}, {"name": "SCR", "removal": 1.5, "annualCost": -2},
                  {"name": "FGD", "removal": 0.9, "annualCost": 7, "capex": 3}]}]
                """);
        assertProblem(problems, "$.sources[0].options[0].removal", null, "is required");
        assertProblem(problems, "$.sources[0].options[0].annualCost", null, "is required");
        assertProblem(problems, "$.sources[0].options[1].name", "none", "reserved for no control");
        assertProblem(problems, "$.sources[0].options[2].removal", "1.5", "fraction in (0, 1]");
        assertProblem(problems, "$.sources[0].options[2].annualCost", "-2.0", ">= 0");
        assertProblem(problems, "$.sources[0].options[3].capex", "3", "unknown key");
    }

    @Test
    void optionsWithAnotherCurveOrTwiceTheSameName() {
        assertOnlyProblem(withSources("""
                [{"id": "SH-001", "region": "SH", "baseline": 100, "steps": [{"amount": 10, "unitCost": 1}],
                  "options": [{"name": "FGD", "removal": 0.9, "annualCost": 7}]}]
                """), "$.sources[0]", null, "not steps and options");
        assertOnlyProblem(withSources("""
                [{"id": "SH-001", "region": "SH", "baseline": 100, "options": [
                  {"name": "FGD", "removal": 0.9, "annualCost": 7}, {"name": "FGD", "removal": 0.5, "annualCost": 2}]}]
                """), "$.sources[0].options[1].name", "FGD", "listed twice");
    }

    @Test
    void wrongType() {
        List<Problem> problems = validate("""
                {"name": 7, "seed": 1.5, "regions": [{"id": "SH", "background": "high"}], "sources": {}}
                """);

        assertProblem(problems, "$.name", "7", "must be a string");
        assertProblem(problems, "$.seed", "1.5", "must be a whole number");
        assertProblem(problems, "$.regions[0].background", "\"high\"", "must be a number");
        assertProblem(problems, "$.sources", "{}", "must be an array");
        assertEquals(4, problems.size(), () -> ProblemAssertions.lines(problems));
    }

    @Test
    void quotedNumberSaysToRemoveTheQuotes() {
        assertOnlyProblem(withSources("""
                [{"id": "SH-001", "region": "SH", "baseline": "12000", "steps": []}]
                """), "$.sources[0].baseline", "\"12000\"", "not a string: remove the quotes");
    }

    @Test
    void unknownObjective() {
        assertOnlyProblem(validate("{\"name\": \"x\", \"objective\": \"profit\", \"regions\": [{\"id\": \"A\"}]}"),
                "$.objective", "\"profit\"", "must be one of: cost, welfare");
    }

    @Test
    void duplicateRegionId() {
        assertOnlyProblem(validate("{\"name\": \"x\", \"regions\": [{\"id\": \"A\"}, {\"id\": \"A\"}]}"),
                "$.regions[1].id", "A", "duplicate region id");
    }

    @Test
    void noRegions() {
        assertOnlyProblem(validate("{\"name\": \"x\", \"regions\": []}"), "$.regions", "[]", "at least one region");
    }

    @Test
    void emptyFile() {
        assertOnlyProblem(validate("  \n"), "$", null, "empty file");
    }

    @Test
    void missingFileIsAProblemNotAnException() {
        Path missing = dir.resolve("missing.json");

        Problem p = assertOnlyProblem(ScenarioReader.validate(missing), "file", null, "file not found");
        assertEquals(missing.toString(), p.file());
    }

    @Test
    void sourcesFileWithoutBaseDirectory() {
        assertOnlyProblem(validate("{\"name\": \"x\", \"regions\": [{\"id\": \"A\"}], \"sourcesFile\": \"s.csv\"}"),
                "$.sourcesFile", "\"s.csv\"", "needs a scenario read from a directory");
    }

    @Test
    void missingSourcesFile() {
        assertOnlyProblem(ScenarioReader.validate("x.json",
                        "{\"name\": \"x\", \"regions\": [{\"id\": \"A\"}], \"sourcesFile\": \"nowhere.csv\"}", dir),
                "$.sourcesFile", "\"nowhere.csv\"", "file not found");
    }

    @Test
    void fileWithSeveralProblemsReportsEveryOne() {
        Path file = TestFiles.resource("three-problems.json");

        List<Problem> problems = ScenarioReader.validate(file);

        assertProblem(problems, "$.regions[0].background", "\"high\"", "must be a number");
        assertProblem(problems, "$.sources[0].baselin", "100", "did you mean baseline?");
        assertProblem(problems, "$.sources[0].baseline", null, "is required");
        assertProblem(problems, "$.sources[1].steps[0].amount", "-5.0", "must be a finite number >= 0");
        assertEquals(4, problems.size(), () -> ProblemAssertions.lines(problems));
        assertTrue(problems.stream().allMatch(p -> p.file().equals(file.toString())));
    }

    @Test
    void badValuesInOneRecordDoNotHideItsOtherProblems() {
        List<Problem> problems = validate("""
                {"name": "x", "regions": [{"id": "SH", "background": "high", "damagePerConcentration": -1}],
                 "policy": {"cap": -1, "dutie": {}, "duties": {"SH": "many"}}}
                """);

        assertProblem(problems, "$.regions[0].background", "\"high\"", "must be a number");
        assertProblem(problems, "$.regions[0].damagePerConcentration", "-1.0", "must be a finite number >= 0");
        assertProblem(problems, "$.policy.dutie", "{}", "did you mean duties?");
        assertProblem(problems, "$.policy.duties.SH", "\"many\"", "must be a number");
        assertProblem(problems, "$.policy.cap", "-1.0", "must be a finite number >= 0");
        assertEquals(5, problems.size(), () -> ProblemAssertions.lines(problems));
    }

    @Test
    void readThrowsWithEveryProblemOnePerLine() {
        Path file = TestFiles.resource("three-problems.json");

        ScenarioInputException e = assertThrows(ScenarioInputException.class, () -> ScenarioReader.read(file));

        assertEquals(4, e.problems().size());
        assertEquals(4, e.getMessage().lines().count());
        assertEquals(file + ": $.regions[0].background = \"high\": must be a number", e.getMessage().lines().findFirst()
                .orElseThrow());
    }

    @Test
    void crossReferencesAreCheckedNextToOtherProblems() {
        List<Problem> problems = validate("""
                {"name": "bad", "regions": [{"id": "SH", "background": 12}],
                 "sources": [{"id": "a", "region": "SH", "baselin": 10, "steps": []},
                             {"id": "b", "region": "XX", "baseline": 10, "steps": []}],
                 "policy": {"receptorLimits": {"SH": 2}}}
                """);

        assertProblem(problems, "$.sources[0].baselin", "10", "unknown key");
        assertProblem(problems, "$.sources[1].region", "XX", "unknown region");
        assertProblem(problems, "$.policy.receptorLimits.SH", "2.0", "below the region's background");
        assertEquals(4, problems.size(), problems::toString); // and sources[0].baseline is missing
    }
}
