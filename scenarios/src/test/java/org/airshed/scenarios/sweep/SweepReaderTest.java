package org.airshed.scenarios.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.airshed.core.io.Problem;
import org.airshed.core.io.ScenarioInputException;
import org.junit.jupiter.api.Test;

class SweepReaderTest {
    private static SweepSpec read(String json) {
        return SweepReader.read("sweep.json", json);
    }

    private static List<String> problems(String json) {
        ScenarioInputException e = assertThrows(ScenarioInputException.class, () -> read(json));
        return e.problems().stream().map(Problem::toString).toList();
    }

    private static String sweep(String parameters) {
        return "{\"name\": \"s\", \"scenario\": \"yrd-so2\", \"seed\": 1, \"parameters\": [" + parameters + "]}";
    }

    /** A key of a draw that is not a plain name is named quoted, as the sweep's own paths are written. */
    @Test
    void anUnknownDrawKeyThatIsNotAPlainNameIsNamedQuoted() {
        List<String> all = problems(sweep("{\"name\": \"a\", \"path\": \"$.policy.cap\", \"draw\":"
                + " {\"distribution\": \"uniform\", \"min\": 1, \"max\": 2, \"m.ax\": 3}}"));
        assertEquals(2, all.size(), all::toString);
        assertTrue(all.get(0).startsWith("sweep.json: $.parameters[0].draw['m.ax'] = 3: unknown key"), all::toString);
        assertEquals("sweep.json: $.parameters[0].draw['m.ax'] = 3: not a parameter of the uniform distribution"
                + " (which takes min, max)", all.get(1));
    }

    @Test
    void readsGridsListsAndDraws() {
        SweepSpec spec = read(SweepFixtures.SMALL);
        assertEquals("small", spec.name());
        assertEquals(11, spec.seed());
        assertEquals(2, spec.replicates());
        assertEquals(3 * 2 * 2, spec.runCount());
        ParameterValues.Grid grid = (ParameterValues.Grid) spec.parameters().get(0).values();
        assertEquals(List.of(0.8, 1.0, 1.2), grid.values().stream().map(v -> v.doubleValue()).toList());
        assertEquals(List.of(TargetOp.SCALE_CUT, TargetOp.SCALE),
                spec.parameters().get(0).targets().stream().map(Target::op).toList());
        assertEquals(TargetOp.SET, spec.parameters().get(1).targets().get(0).op());
        assertTrue(spec.parameters().get(2).independent());
        assertEquals(2, spec.dimensions().size());
    }

    @Test
    void gridEndsAreExactAndLogGridsAreGeometric() {
        SweepSpec spec = read(sweep("{\"name\": \"c\", \"path\": \"$.policy.cap\", \"grid\": {\"from\": 0.1, \"to\": 0.7,"
                + " \"count\": 7}}, {\"name\": \"d\", \"path\": \"$.regions[0].gdp\", \"grid\": {\"from\": 1, \"to\": 1000,"
                + " \"count\": 4, \"spacing\": \"log\"}}"));
        List<Double> linear = ((ParameterValues.Grid) spec.parameters().get(0).values()).values().stream()
                .map(v -> v.doubleValue()).toList();
        assertEquals(List.of(0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7), linear);
        List<Double> log = ((ParameterValues.Grid) spec.parameters().get(1).values()).values().stream()
                .map(v -> v.doubleValue()).toList();
        assertEquals(10, log.get(1), 1e-12);
        assertEquals(100, log.get(2), 1e-10);
        assertEquals(1000, log.get(3));
    }

    @Test
    void aParameterNamedOnlyByItsPathTakesThePathAsItsName() {
        SweepSpec spec = read(sweep("{\"path\": \"$.policy.cap\", \"values\": [1, 2]}"));
        assertEquals("$.policy.cap", spec.parameters().get(0).name());
    }

    /** Regression (review 16): scale-cut on $.policy.caps.PM2.5 said it applies to $.policy.caps only. */
    @Test
    void scaleCutOnACapWhoseKeyHasADotSuggestsQuoting() {
        List<String> p = problems(sweep(
                "{\"name\": \"a\", \"path\": \"$.policy.caps.PM2.5\", \"op\": \"scale-cut\", \"values\": [1]}"));
        assertTrue(p.contains("sweep.json: $.parameters[0].path = \"$.policy.caps.PM2.5\": a key with a dot is"
                + " written in quotes: $.policy.caps['PM2.5']"), p.toString());
    }

    @Test
    void everyProblemIsLocated() {
        List<String> p = problems("{\"name\": \"s\", \"scenario\": \"yrd-so2\", \"seed\": 1.5, \"replicates\": 0,"
                + " \"paramters\": []}");
        assertTrue(p.contains("sweep.json: $.paramters = []: unknown key (did you mean parameters?); allowed keys: name,"
                + " description, scenario, seed, replicates, parameters"), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.startsWith("sweep.json: $.seed = 1.5: must be a whole number")), p.toString());
        assertTrue(p.contains("sweep.json: $.replicates = 0: must be a whole number from 1 to 2147483647"), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.startsWith("sweep.json: $.parameters: ")), p.toString());
    }

    @Test
    void valueSourcesAndOperationsAreChecked() {
        List<String> p = problems(sweep(
                "{\"name\": \"a\", \"path\": \"$.policy.cap\", \"values\": [1], \"grid\": {\"from\": 0, \"to\": 1, \"count\": 2}},"
                        + "{\"name\": \"b\", \"path\": \"$.policy.cap\", \"grid\": {\"from\": 0, \"to\": 1, \"count\": 0}},"
                        + "{\"name\": \"c\", \"path\": \"$.policy.cap\", \"op\": \"multiply\", \"values\": [1]},"
                        + "{\"name\": \"d\", \"path\": \"$.regions[0].gdp\", \"op\": \"scale-cut\", \"values\": [1]},"
                        + "{\"name\": \"e\", \"path\": \"$.market.allocation\", \"op\": \"scale\", \"values\": [\"gdp\"]},"
                        + "{\"name\": \"f\", \"path\": \"$.policy.cap\", \"draw\": {\"distribution\": \"gamma\"}},"
                        + "{\"name\": \"g\", \"path\": \"$.policy.cap\", \"draw\": {\"distribution\": \"uniform\", \"min\": 2,"
                        + " \"max\": 1}},"
                        + "{\"name\": \"h\", \"path\": \"$.policy.cap\", \"values\": [1, \"x\"]},"
                        + "{\"name\": \"i\", \"path\": \"$.policy..cap\", \"values\": [1]},"
                        + "{\"name\": \"j\", \"path\": \"$.policy.cap\", \"values\": [1], \"independent\": true},"
                        + "{\"name\": \"k\", \"path\": \"$.policy.cap\", \"values\": [1]},"
                        + "{\"name\": \"k\", \"path\": \"$.policy.cap\", \"values\": [2]}"));
        String all = String.join("\n", p);
        assertTrue(all.contains("$.parameters[0]") && all.contains("give exactly one of values, grid or draw"), all);
        assertTrue(all.contains("sweep.json: $.parameters[1].grid.count = 0: must be a whole number from 1 to 100000"), all);
        assertTrue(all.contains("sweep.json: $.parameters[2].op = \"multiply\": unknown operation"), all);
        assertTrue(all.contains("sweep.json: $.parameters[3].op = \"scale-cut\": scale-cut applies to $.policy.cap and $.policy.caps only"), all);
        assertTrue(all.contains("sweep.json: $.parameters[4].op = \"scale\": names can only be set"), all);
        assertTrue(all.contains("sweep.json: $.parameters[5].draw.distribution = \"gamma\": unknown distribution"), all);
        assertTrue(all.contains("sweep.json: $.parameters[6].draw") && all.contains("not a valid uniform distribution"), all);
        assertTrue(all.contains("sweep.json: $.parameters[7].values[1] = \"x\": values are all numbers or all names"), all);
        assertTrue(all.contains("sweep.json: $.parameters[8].path = \"$.policy..cap\": cannot read the path"), all);
        assertTrue(all.contains("sweep.json: $.parameters[9].independent = true: only a draw can be independent"), all);
        assertTrue(all.contains("sweep.json: $.parameters[11].name = \"k\": another parameter already has this name"),
                all);
    }

    @Test
    void tooManyRunsIsRefusedBeforeAnythingRuns() {
        String grid = "\"grid\": {\"from\": 0, \"to\": 1, \"count\": 100000}";
        List<String> p = problems(sweep("{\"name\": \"a\", \"path\": \"$.policy.cap\", " + grid + "},"
                + "{\"name\": \"b\", \"path\": \"$.regions[0].gdp\", " + grid + "}"));
        assertEquals(List.of("sweep.json: $.parameters = 10000000000 runs: a sweep may have at most 2147483647 runs"
                + " (grid points × replicates); check the grid counts"), p);
    }

    @Test
    void namesOfOtherColumnsAndRepeatedValuesAreRefused() {
        List<String> p = problems(sweep("{\"name\": \"status\", \"path\": \"$.policy.cap\", \"values\": [1]},"
                + "{\"name\": \"allocation.totalCost\", \"path\": \"$.policy.cap\", \"values\": [1]},"
                + "{\"name\": \"all\", \"path\": \"$.policy.cap\", \"values\": [1]},"
                + "{\"name\": \"x\", \"path\": \"$.policy.cap\", \"values\": [1400000, 1.4e6]},"
                + "{\"name\": \"y\", \"path\": \"$.policy.cap\", \"grid\": {\"from\": 1, \"to\": 1.000000000001,"
                + " \"count\": 5}}"));
        String all = String.join("\n", p);
        assertTrue(all.contains("$.parameters[0].name = \"status\": runs.csv or summary.csv already use this name"), all);
        assertTrue(all.contains("$.parameters[1].name = \"allocation.totalCost\": runs.csv or summary.csv"), all);
        assertTrue(all.contains("$.parameters[2].name = \"all\": runs.csv or summary.csv"), all);
        assertTrue(all.contains("$.parameters[3].values[1] = 1.4E+6: repeats an earlier value"), all);
        assertTrue(all.contains("$.parameters[4].grid.count = 5: too many points for this range"), all);
    }

    /** Regression (revH 5): a name "" or " " reached SweepParameter's constructor (exit 1, no path). */
    @Test
    void anEmptyOrBlankNameIsRefusedAtItsPath() {
        List<String> p = problems(sweep("{\"name\": \"\", \"path\": \"$.policy.cap\", \"values\": [1]},"
                + "{\"name\": \" \", \"path\": \"$.regions[0].gdp\", \"values\": [1]}"));
        assertEquals(List.of("sweep.json: $.parameters[0].name = \"\": must not be empty or blank: a parameter's name is"
                        + " its runs.csv column",
                "sweep.json: $.parameters[1].name = \" \": must not be empty or blank: a parameter's name is its runs.csv"
                        + " column"), p);
    }

    /**
     * Regression (revH 8): a lognormal with sigma 1e300 drew Infinity (every run invalid with Commons
     * Math's words), a triangular up to 1.7e308 drew -Infinity, a grid up to 1.7e308 stepped by Infinity.
     */
    @Test
    void drawsAndGridsThatCouldOverflowAreRefusedAtTheirPath() {
        List<String> p = problems(sweep(
                "{\"name\": \"a\", \"path\": \"$.policy.cap\", \"draw\": {\"distribution\": \"lognormal\", \"mu\": 0,"
                        + " \"sigma\": 1e300}},"
                        + "{\"name\": \"b\", \"path\": \"$.policy.cap\", \"draw\": {\"distribution\": \"triangular\","
                        + " \"min\": 0, \"mode\": 1e308, \"max\": 1.7e308}},"
                        + "{\"name\": \"c\", \"path\": \"$.policy.cap\", \"draw\": {\"distribution\": \"lognormal\","
                        + " \"mu\": 0, \"sigma\": 100}},"
                        + "{\"name\": \"d\", \"path\": \"$.policy.cap\", \"grid\": {\"from\": -1.7e308, \"to\": 1.7e308,"
                        + " \"count\": 3}}"));
        String all = String.join("\n", p);
        assertTrue(all.contains("sweep.json: $.parameters[0].draw.sigma = 1E+300: must be at most 1e15 in magnitude"),
                all);
        assertTrue(all.contains("sweep.json: $.parameters[1].draw.mode = 1E+308: must be at most 1e15 in magnitude"),
                all);
        assertTrue(all.contains("sweep.json: $.parameters[1].draw.max = 1.7E+308: must be at most 1e15 in magnitude"),
                all);
        assertTrue(all.contains("sweep.json: $.parameters[2].draw = {\"distribution\":\"lognormal\",\"mu\":0,\"sigma\":100}:"
                + " draws up to Infinity"), all);
        assertTrue(all.contains("sweep.json: $.parameters[3].grid.from = -1.7E+308: must be at most 1e15 in magnitude"),
                all);
        // Within the limit, a wide draw is still a draw.
        read(sweep("{\"name\": \"a\", \"path\": \"$.policy.cap\", \"draw\": {\"distribution\": \"triangular\","
                + " \"min\": -1e15, \"mode\": 0, \"max\": 1e15}}"));
    }

    /**
     * revH's doubtful claims: a fraction for a count said "whole number between -9223372036854775808
     * and ...", and Commons Math's words for an impossible distribution were cut off ("standard deviation (-1)").
     */
    @Test
    void countsStateTheirRealRangeAndDistributionsSayWhatIsWrong() {
        List<String> p = problems("{\"name\": \"s\", \"scenario\": \"yrd-so2\", \"seed\": 1, \"replicates\": 2.5,"
                + " \"parameters\": [{\"name\": \"a\", \"path\": \"$.policy.cap\", \"grid\": {\"from\": 0, \"to\": 1,"
                + " \"count\": 2.5}},"
                + "{\"name\": \"b\", \"path\": \"$.policy.cap\", \"draw\": {\"distribution\": \"normal\", \"mean\": 0,"
                + " \"sd\": -1}},"
                + "{\"name\": \"c\", \"path\": \"$.policy.cap\", \"draw\": {\"distribution\": \"lognormal\", \"mu\": 0,"
                + " \"sigma\": 0}},"
                + "{\"name\": \"d\", \"path\": \"$.policy.cap\", \"draw\": {\"distribution\": \"triangular\", \"min\": 0,"
                + " \"mode\": 2, \"max\": 1}}]}");
        String all = String.join("\n", p);
        assertTrue(all.contains("sweep.json: $.replicates = 2.5: must be a whole number from 1 to 2147483647"), all);
        assertTrue(all.contains("sweep.json: $.parameters[0].grid.count = 2.5: must be a whole number from 1 to 100000"),
                all);
        assertTrue(all.contains("sweep.json: $.parameters[1].draw.sd = -1: must be above 0"), all);
        assertTrue(all.contains("sweep.json: $.parameters[2].draw.sigma = 0: must be above 0"), all);
        assertTrue(all.contains("sweep.json: $.parameters[3].draw.mode = 2: must be from min to max (0 to 1)"), all);
    }
}
