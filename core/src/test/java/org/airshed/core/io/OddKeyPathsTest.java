package org.airshed.core.io;

import static org.airshed.core.io.ProblemAssertions.assertOnlyProblem;
import static org.airshed.core.io.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An object key that is not a plain name (a dot, a space, a quote, an empty key) is named in quotes,
 * {@code $.transfer['A.B']}, the form sweep paths read back: printed after a dot, {@code $.transfer.A.B}
 * could be the key {@code A.B} or {@code B} under {@code A}. One case per place of the readers and the
 * model records that put a key into a path.
 */
class OddKeyPathsTest {
    /** Regions {@code A.B} and {@code C}; one source each. */
    private static String v1(String transfer, String policy, String extra) {
        return """
                {"name": "odd", "regions": [{"id": "A.B", "background": 5}, {"id": "C"}],
                 "transfer": %s,
                 "sources": [{"id": "s1", "region": "A.B", "baseline": 10, "steps": [{"amount": 5, "unitCost": 1}]},
                             {"id": "s2", "region": "C", "baseline": 10, "steps": [{"amount": 5, "unitCost": 1}]}],
                 "policy": %s%s}
                """.formatted(transfer, policy, extra);
    }

    private static List<Problem> validate(String json) {
        return ScenarioReader.validate("odd.json", json, null);
    }

    @Test
    void aTransferRowsKeyIsQuotedWhereItsCellIsNotANumber() {
        assertOnlyProblem(validate(v1("{\"A.B\": {\"C\": \"x\"}}", "{}", "")), "$.transfer['A.B'].C", "\"x\"",
                "must be a number");
    }

    @Test
    void aTransferCellsKeyIsQuotedWhereItsValueIsNotANumber() {
        assertOnlyProblem(validate(v1("{\"C\": {\"A.B\": true}}", "{}", "")), "$.transfer.C['A.B']", "true",
                "must be a number");
    }

    @Test
    void aNegativeTransferCoefficientIsNamedWithBothKeysQuoted() {
        assertOnlyProblem(validate(v1("{\"A.B\": {\"A.B\": -1}}", "{}", "")), "$.transfer['A.B']['A.B']", "-1.0",
                "must be a finite number >= 0");
    }

    @Test
    void anUnknownRegionInTheTransferMatrixIsNamedQuoted() {
        List<Problem> problems = validate(v1("{\"X Y\": {\"C\": 0.1}, \"C\": {\"it's\": 0.1}}", "{}", ""));
        assertProblem(problems, "$.transfer['X Y']", "X Y", "unknown receptor region");
        assertProblem(problems, "$.transfer.C['it\\'s']", "it's", "unknown source region");
    }

    @Test
    void aPolicyDutyOrLimitIsNamedQuoted() {
        assertOnlyProblem(validate(v1("{}", "{\"duties\": {\"A.B\": -3}}", "")), "$.policy.duties['A.B']", "-3.0",
                "must be a finite number >= 0");
        assertOnlyProblem(validate(v1("{}", "{\"receptorLimits\": {\"A.B\": 1}}", "")), "$.policy.receptorLimits['A.B']",
                "1.0", "below the region's background");
        assertOnlyProblem(validate(v1("{}", "{\"duties\": {\"\": 3}}", "")), "$.policy.duties['']", "", "unknown region");
    }

    @Test
    void aPolicyMapsValueThatIsNotANumberIsNamedQuoted() {
        assertOnlyProblem(validate(v1("{}", "{\"duties\": {\"A.B\": \"3\"}}", "")), "$.policy.duties['A.B']", "\"3\"",
                "remove the quotes");
    }

    @Test
    void anUnknownKeyWithADotIsNamedQuoted() {
        assertOnlyProblem(validate(v1("{}", "{}", ", \"na.me\": 1")), "$['na.me']", "1", "unknown key");
        assertOnlyProblem(validate(v1("{}", "{\"ca p\": 1}", "")), "$.policy['ca p']", "1", "unknown key");
    }

    /** A number too long for the parser is named at its JSON path, which the parser's own walk builds. */
    @Test
    void aNumberPastTheParsersLimitIsNamedAtAQuotedPath() {
        List<Problem> problems = validate(v1("{\"A.B\": {\"C\": 1" + "0".repeat(1000) + "}}", "{}", ""));
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).message().startsWith("at $.transfer['A.B'].C: a number 1001 characters long"),
                problems.get(0)::toString);
    }

    /** A version-2 edit of {@link MultiScenarioReaderTest#EXAMPLE} and the one problem it must give. */
    record V2Case(String name, String from, String to, String location, String value, String message) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final String CAPS = "\"caps\": {\"SO2\": 1.5e6, \"NOx\": 2.0e6";
    private static final String DUTIES = "\"duties\": {\"SH\": {\"SO2\": 1000, \"NOx\": 500}}";
    private static final String PM_TRANSFER = "\"PM2.5\": {\"SH\": 4.0e-4}";

    static Stream<V2Case> version2() {
        return Stream.of(
                new V2Case("emissions not a number", "\"PM2.5\": 900", "\"PM2.5\": \"900\"",
                        "$.sources[0].emissions['PM2.5']", "\"900\"", "remove the quotes"),
                new V2Case("emissions negative", "\"PM2.5\": 900", "\"PM2.5\": -900",
                        "$.sources[0].emissions['PM2.5']", "-900.0", "must be a finite number >= 0"),
                new V2Case("a curve beyond the emissions", "\"curves\": {\"SO2\": {\"quadratic\"",
                        "\"curves\": {\"PM2.5\": {\"quadratic\"", "$.sources[2].curves['PM2.5']", "50.0", "more than"),
                new V2Case("a removal above 1", "\"removal\": {\"SO2\": 0.95, \"PM2.5\": 0.5}, \"annualCost\": 1.2e7",
                        "\"removal\": {\"SO2\": 0.95, \"PM2.5\": 1.5}, \"annualCost\": 1.2e7",
                        "$.sources[0].options[0].removal['PM2.5']", "1.5", "must be a fraction"),
                new V2Case("a negative cap", CAPS, CAPS + ", \"PM2.5\": -1", "$.policy.caps['PM2.5']", "-1.0",
                        "must be a finite number >= 0"),
                new V2Case("a cap on an undeclared pollutant", CAPS, CAPS + ", \"PM10.0\": 1", "$.policy.caps['PM10.0']",
                        "PM10.0", "unknown pollutant"),
                new V2Case("a negative duty", DUTIES, "\"duties\": {\"SH\": {\"SO2\": 1000, \"PM2.5\": -500}}",
                        "$.policy.duties.SH['PM2.5']", "-500.0", "must be a finite number >= 0"),
                new V2Case("a duty not per pollutant", DUTIES, "\"duties\": {\"S.H\": 1000}", "$.policy.duties['S.H']",
                        "1000", "gives duties per region and pollutant"),
                new V2Case("a transfer not per source region", PM_TRANSFER, "\"PM2.5\": 4.0e-4", "$.transfer.SH['PM2.5']",
                        "0.00040", "per receptor, pollutant and source region"),
                new V2Case("a transfer from an unknown region", PM_TRANSFER, "\"PM2.5\": {\"S.H\": 4.0e-4}",
                        "$.transfer.SH['PM2.5']['S.H']", "S.H", "unknown source region"),
                new V2Case("a transfer not a number", PM_TRANSFER, "\"PM2.5\": {\"SH\": \"x\"}",
                        "$.transfer.SH['PM2.5'].SH", "\"x\"", "must be a number"),
                new V2Case("a transfer too large", PM_TRANSFER, "\"PM2.5\": {\"SH\": 1e300}",
                        "$.transfer.SH['PM2.5'].SH", "1E+300", "1e15"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("version2")
    void aVersion2PerPollutantOrRegionKeyIsNamedQuoted(V2Case c) {
        String example = MultiScenarioReaderTest.EXAMPLE;
        assertTrue(example.contains(c.from()), c.from());
        assertOnlyProblem(validate(example.replaceFirst(Pattern.quote(c.from()), Matcher.quoteReplacement(c.to()))),
                c.location(), c.value(), c.message());
    }
}
