package org.airshed.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The duties a compensation study checks before it runs, for a region or pollutant id that is not a
 * plain name: the problem is named quoted, {@code $.policy.duties['B.1']}, by validate as by run (exit 2).
 */
class OddKeyDutiesTest {
    @TempDir
    static Path temp;

    private static String v1(String duties) {
        return """
                {"name": "d", "regions": [{"id": "A", "damagePerConcentration": 1}, {"id": "B.1", "damagePerConcentration": 1}],
                 "transfer": {"A": {"A": 0.1, "B.1": 0.1}, "B.1": {"B.1": 0.1}},
                 "sources": [{"id": "a1", "region": "A", "baseline": 100, "steps": [{"amount": 50, "unitCost": 10}]},
                             {"id": "b1", "region": "B.1", "baseline": 80, "steps": [{"amount": 40, "unitCost": 20}]}],
                 "policy": {"duties": %s},
                 "compensation": {"baseline": "duties", "rules": ["shapley"]}}
                """.formatted(duties);
    }

    private static String v2(String duties) {
        return """
                {"name": "d2", "pollutants": [{"id": "SO2"}, {"id": "PM2.5"}],
                 "regions": [{"id": "A", "damagePerConcentration": 1}, {"id": "B.1", "damagePerConcentration": 1}],
                 "transfer": {"A": {"SO2": {"A": 0.1, "B.1": 0.1}, "PM2.5": {"A": 0.1}}},
                 "sources": [
                   {"id": "a1", "region": "A", "emissions": {"SO2": 100, "PM2.5": 10},
                    "curves": {"SO2": {"steps": [{"amount": 50, "unitCost": 10}]}, "PM2.5": {"steps": [{"amount": 5, "unitCost": 10}]}}},
                   {"id": "b1", "region": "B.1", "emissions": {"SO2": 80, "PM2.5": 8},
                    "options": [{"name": "x", "removal": {"SO2": 0.5}, "annualCost": 10},
                                {"name": "y", "removal": {"PM2.5": 0.5}, "annualCost": 10}]}],
                 "policy": {"duties": %s},
                 "compensation": {"baseline": "duties", "rules": ["shapley"]}}
                """.formatted(duties);
    }

    record Case(String name, String json, String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("v1 duty missing", v1("{\"A\": 10}"), "$.policy.duties['B.1']: is missing: region B.1 has sources"),
                new Case("v1 duty beyond the region's sources", v1("{\"A\": 10, \"B.1\": 50}"),
                        "$.policy.duties['B.1'] = 50: region B.1 cannot meet its duty alone"),
                new Case("v2 duty missing", v2("{\"A\": {\"SO2\": 10}}"), "$.policy.duties['B.1']: is missing: region B.1 has sources"),
                new Case("v2 pollutant duty beyond the region's sources", v2("{\"A\": {\"SO2\": 10, \"PM2.5\": 6}, \"B.1\": {}}"),
                        "$.policy.duties.A['PM2.5'] = 6: region A cannot meet its PM2.5 duty alone"),
                new Case("v2 duties beyond one application of the options", v2("{\"A\": {}, \"B.1\": {\"SO2\": 40, \"PM2.5\": 4}}"),
                        "$.policy.duties['B.1'] = {\"SO2\": 40, \"PM2.5\": 4}: region B.1 cannot meet its duties of"
                                + " every pollutant together alone"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void validateAndRunNameTheDutyQuoted(Case c) throws IOException {
        Path file = temp.resolve(c.name().replaceAll("[^a-z0-9]+", "-") + ".json");
        Files.writeString(file, c.json());
        Cli.Result validate = Cli.run("validate", file.toString());
        Cli.Result run = Cli.run("run", file.toString(), "--out", temp.resolve("out-" + file.getFileName()).toString());
        assertEquals(2, validate.exitCode(), c + ": " + validate.err());
        assertEquals(2, run.exitCode(), c + ": " + run.err());
        assertTrue(validate.err().contains(file.getFileName() + ": " + c.expected()), c + ": " + validate.err());
        assertEquals(problems(validate.err()), problems(run.err()), c.toString());
        assertFalse(validate.hasStackTrace() || run.hasStackTrace(), c.toString());
    }

    private static List<String> problems(String err) {
        return err.lines().filter(l -> l.contains(": $.")).toList();
    }
}
