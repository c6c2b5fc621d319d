package org.airshed.core.io;

import static org.airshed.core.io.ProblemAssertions.assertOnlyProblem;
import static org.airshed.core.io.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.airshed.core.model.QuadraticCurve;
import org.airshed.core.model.multi.MultiPollutantScenario;
import org.airshed.core.model.multi.MultiSource;
import org.junit.jupiter.api.Test;

/** Version-2 files (several pollutants): FORMAT.md's example reads; each kind of bad value is named at its JSON path. */
class MultiScenarioReaderTest {
    /** FORMAT.md's version-2 example, plus a quadratic curve and a unit with nothing left to install. */
    static final String EXAMPLE = """
            {"name": "v2", "units": {"mass": "t", "money": "CNY", "concentration": "ug/m3"},
             "pollutants": [{"id": "SO2"}, {"id": "NOx"}, {"id": "PM2.5"}],
             "regions": [{"id": "SH", "population": 24870895, "background": 12.0,
                          "health": {"mortalityRate": 0.00707, "beta": 0.00862, "vsl": 5.54e6}},
                         {"id": "JS"}],
             "transfer": {"SH": {"SO2": {"SH": 1.1e-4, "JS": 2.0e-5},
                                 "NOx": {"SH": -1.0e-5, "JS": 3.0e-5},
                                 "PM2.5": {"SH": 4.0e-4}}},
             "sources": [
               {"id": "SH-001", "region": "SH", "sector": "power",
                "emissions": {"SO2": 12000, "NOx": 8000, "PM2.5": 900},
                "options": [{"name": "wet-FGD", "removal": {"SO2": 0.95, "PM2.5": 0.5}, "annualCost": 1.2e7},
                            {"name": "SCR", "removal": {"NOx": 0.85}, "annualCost": 6.0e6},
                            {"name": "FGD+SCR", "removal": {"SO2": 0.95, "NOx": 0.85, "PM2.5": 0.5}, "annualCost": 1.8e7}]},
               {"id": "SH-002", "region": "SH", "emissions": {"NOx": 300},
                "curves": {"NOx": {"steps": [{"amount": 100, "unitCost": 9000}]}}},
               {"id": "JS-001", "region": "JS", "emissions": {"SO2": 50, "PM2.5": 10},
                "curves": {"SO2": {"quadratic": {"slope": 4, "max": 50}}}},
               {"id": "JS-002", "region": "JS", "emissions": {"SO2": 70}, "options": []}],
             "policy": {"caps": {"SO2": 1.5e6, "NOx": 2.0e6}, "receptorLimits": {"SH": 35.0},
                        "duties": {"SH": {"SO2": 1000, "NOx": 500}}}}
            """;

    private static List<Problem> validate(String json) {
        return ScenarioReader.validate("v2.json", json, null);
    }

    /** EXAMPLE with {@code from} replaced by {@code to} (which must occur). */
    private static List<Problem> edited(String from, String to) {
        assertTrue(EXAMPLE.contains(from), from);
        return validate(EXAMPLE.replace(from, to));
    }

    @Test
    void formatExampleReads() {
        ScenarioDocument document = ScenarioReader.read("v2.json", EXAMPLE, null, List.of());
        MultiPollutantScenario s = document.multiPollutant();
        assertEquals(List.of("SO2", "NOx", "PM2.5"), s.pollutants());
        assertEquals(4, s.sources().size());
        MultiSource plant = s.sources().get(0);
        assertEquals(3, plant.options().size());
        assertEquals(0.5, plant.options().get(2).removal("PM2.5"));
        assertEquals(0.0, plant.options().get(1).removal("SO2"));
        assertEquals(new QuadraticCurve(0, 4, 50), s.sources().get(2).curves().get("SO2"));
        assertTrue(s.sources().get(3).options().isEmpty());
        assertEquals(-1.0e-5, s.transfer().coefficient("SH", "NOx", "SH"));
        assertEquals(500, s.policy().duty("SH", "NOx"));
        assertEquals(24870895 * 0.00707 * 0.00862 * 5.54e6, s.damagePerConcentration(0), 1e-3);
        assertEquals("v2", document.scenario().name());
        assertTrue(document.scenario().sources().isEmpty(), "the shared part holds no sources");
    }

    @Test
    void writtenScenarioReadsBackToTheSameModel() {
        ScenarioDocument document = ScenarioReader.read("v2.json", EXAMPLE, null, List.of());
        String written = MultiScenarioWriter.toJson(document);
        ScenarioDocument again = ScenarioReader.read("scenario.json", written, null, List.of());
        assertEquals(document.multiPollutant(), again.multiPollutant());
        assertEquals(written, MultiScenarioWriter.toJson(again));
    }

    @Test
    void unknownPollutantIsNamedWhereverItIsUsed() {
        List<Problem> problems = validate(EXAMPLE.replace("\"emissions\": {\"SO2\": 70}",
                        "\"emissions\": {\"SOX\": 70}")
                .replace("\"caps\": {\"SO2\": 1.5e6", "\"caps\": {\"SOx\": 1.5e6")
                .replace("\"PM2.5\": {\"SH\": 4.0e-4}", "\"PM25\": {\"SH\": 4.0e-4}")
                .replace("{\"SO2\": 1000, \"NOx\": 500}", "{\"SO2\": 1000, \"VOC\": 500}"));
        assertProblem(problems, "$.sources[3].emissions.SOX", "SOX", "unknown pollutant");
        assertProblem(problems, "$.policy.caps.SOx", "SOx", "unknown pollutant (declared in $.pollutants: [SO2, NOx, PM2.5])");
        assertProblem(problems, "$.transfer.SH.PM25", "PM25", "unknown pollutant");
        assertProblem(problems, "$.policy.duties.SH.VOC", "VOC", "unknown pollutant");
        assertEquals(4, problems.size(), () -> ProblemAssertions.lines(problems));
    }

    @Test
    void removalOutsideZeroOneIsRefused() {
        assertOnlyProblem(edited("\"removal\": {\"NOx\": 0.85}", "\"removal\": {\"NOx\": 1.2}"),
                "$.sources[0].options[1].removal.NOx", "1.2", "must be a fraction in [0, 1]");
    }

    @Test
    void removalAsOneNumberAsksForPerPollutant() {
        assertOnlyProblem(edited("\"removal\": {\"NOx\": 0.85}", "\"removal\": 0.85"),
                "$.sources[0].options[1].removal", "0.85", "removal per pollutant");
    }

    @Test
    void sourceWithBothCurvesAndOptions() {
        assertOnlyProblem(edited("\"emissions\": {\"SO2\": 70}, \"options\": []",
                        "\"emissions\": {\"SO2\": 70}, \"options\": [], \"curves\": {}"),
                "$.sources[3]", null, "not both");
    }

    @Test
    void sourceWithNeither() {
        assertOnlyProblem(edited("\"emissions\": {\"SO2\": 70}, \"options\": []", "\"emissions\": {\"SO2\": 70}"),
                "$.sources[3]", null, "needs curves");
    }

    @Test
    void baselineInAVersion2FileAsksForEmissions() {
        assertOnlyProblem(edited("\"emissions\": {\"SO2\": 70}, ", "\"emissions\": {\"SO2\": 70}, \"baseline\": 70, "),
                "$.sources[3].baseline", "70", "emissions per pollutant");
    }

    @Test
    void oneCapInAVersion2FileAsksForCaps() {
        assertOnlyProblem(edited("\"policy\": {", "\"policy\": {\"cap\": 10, "), "$.policy.cap", "10",
                "caps per pollutant");
    }

    @Test
    void sourcesFileIsRefusedInAVersion2File() {
        assertOnlyProblem(edited("\"policy\": {", "\"sourcesFile\": \"s.csv\", \"policy\": {"), "$.sourcesFile",
                "\"s.csv\"", "sources inline");
    }

    @Test
    void curveBeyondThePollutantsBaseline() {
        assertOnlyProblem(edited("{\"amount\": 100, \"unitCost\": 9000}", "{\"amount\": 400, \"unitCost\": 9000}"),
                "$.sources[1].curves.NOx", "400.0", "abates more than the source emits of NOx (300.0)");
    }

    @Test
    void stepsInACurveAreCheckedAsInVersion1() {
        assertOnlyProblem(edited("[{\"amount\": 100, \"unitCost\": 9000}]",
                        "[{\"amount\": 50, \"unitCost\": 9000}, {\"amount\": 50, \"unitCost\": 10}]"),
                "$.sources[1].curves.NOx.steps[1].unitCost", "10.0", "non-decreasing");
    }

    @Test
    void transferGivenAsVersion1RowAsksForPollutants() {
        assertProblem(edited("\"PM2.5\": {\"SH\": 4.0e-4}", "\"JS\": 4.0e-4"), "$.transfer.SH.JS", "0.00040",
                "transfer[receptor][pollutant][sourceRegion]");
    }

    @Test
    void healthWithoutPopulation() {
        assertOnlyProblem(edited("{\"id\": \"JS\"}", "{\"id\": \"JS\", \"health\": {\"mortalityRate\": 0.007,"
                + " \"beta\": 0.008, \"vsl\": 1e6}}"), "$.regions[1].health",
                "no population", "population");
    }

    @Test
    void healthValuesAreChecked() {
        List<Problem> problems = edited("\"mortalityRate\": 0.00707, \"beta\": 0.00862",
                "\"mortalityRate\": 7.07, \"beta\": -0.00862");
        assertProblem(problems, "$.regions[0].health.mortalityRate", "7.07", "in [0, 1]");
        assertProblem(problems, "$.regions[0].health.beta", "-0.00862", ">= 0");
    }

    @Test
    void duplicatePollutantAndSeveralProblemsAtOnce() {
        List<Problem> problems = validate(EXAMPLE.replace("{\"id\": \"PM2.5\"}]", "{\"id\": \"NOx\"}]")
                .replace("\"region\": \"JS\", \"emissions\": {\"SO2\": 70}", "\"region\": \"XX\", \"emissions\": {\"SO2\": -70}"));
        assertProblem(problems, "$.pollutants[2].id", "NOx", "duplicate pollutant id");
        assertProblem(problems, "$.sources[3].emissions.SO2", "-70.0", ">= 0");
        assertTrue(problems.size() >= 3, () -> ProblemAssertions.lines(problems));
    }

    @Test
    void negativeTransferIsAllowedButNotBeyondTheMagnitudeLimit() {
        assertOnlyProblem(edited("\"NOx\": {\"SH\": -1.0e-5", "\"NOx\": {\"SH\": -1.0e16"), "$.transfer.SH.NOx.SH",
                "-1.0E+16", "at most 1e15");
    }

    @Test
    void versionTwoKeysInAFileWithoutPollutantsPointToVersion2() {
        List<Problem> problems = validate("""
                {"name": "v1", "regions": [{"id": "SH"}], "sources": [{"id": "a", "region": "SH",
                 "emissions": {"SO2": 5}, "curves": {}}], "policy": {"caps": {"SO2": 1}}}
                """);
        assertProblem(problems, "$.sources[0].emissions", "{\"SO2\":5}", "declares its pollutants in $.pollutants");
        assertProblem(problems, "$.sources[0].curves", "{}", "belongs to version 2");
        assertProblem(problems, "$.policy.caps", "{\"SO2\":1}", "belongs to version 2");
    }

    @Test
    void versionOneFileIsNotAMultiPollutantDocument() {
        ScenarioDocument v1 = ScenarioReader.read("v1.json", """
                {"name": "v1", "regions": [{"id": "SH"}], "sources": [{"id": "a", "region": "SH", "baseline": 5,
                 "steps": [{"amount": 1, "unitCost": 2}]}]}
                """, null, List.of());
        assertNull(v1.multiPollutant());
    }
}
