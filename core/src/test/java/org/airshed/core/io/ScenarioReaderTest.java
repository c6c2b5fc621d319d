package org.airshed.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.airshed.core.model.Objective;
import org.airshed.core.model.Policy;
import org.airshed.core.model.QuadraticCurve;
import org.airshed.core.model.Region;
import org.airshed.core.model.Scenario;
import org.airshed.core.model.Source;
import org.airshed.core.model.Step;
import org.airshed.core.model.StepCurve;
import org.airshed.core.model.TransferMatrix;
import org.airshed.core.model.Units;
import org.junit.jupiter.api.Test;

/** Valid files read into the expected records. Bad files: {@link ScenarioReaderProblemsTest}. */
class ScenarioReaderTest {
    static final Scenario VALID = new Scenario("example", "two regions, one source of each curve kind", 42,
            Units.DEFAULT, Objective.WELFARE,
            List.of(new Region("SH", "Shanghai", OptionalDouble.of(24870895), OptionalDouble.of(3.87e12), 8.4e9, 12.0, 0),
                    new Region("JS", "JS", OptionalDouble.empty(), OptionalDouble.empty(), 0, 10, 0)),
            new TransferMatrix(Map.of("SH", Map.of("SH", 1.1e-4, "JS", 2.0e-5), "JS", Map.of("JS", 9e-5))),
            List.of(new Source("SH-001", "SH", "power", "ecology-environment", 12000,
                            new StepCurve(List.of(new Step(3000, 1200), new Step(5000, 4000)))),
                    new Source("JS-001", "JS", null, null, 10, new QuadraticCurve(0.5, 4.0, 10))),
            new Policy(OptionalDouble.of(1.5e6), Map.of("SH", 35.0), Map.of("SH", 1000.0)));

    @Test
    void validFileReadsIntoTheExpectedRecords() {
        Scenario scenario = ScenarioReader.read(TestFiles.resource("valid.json"));

        assertEquals(VALID, scenario);
        assertEquals(Source.UNSPECIFIED, scenario.sources().get(1).sector());
    }

    @Test
    void validFileHasNoProblems() {
        assertEquals(List.of(), ScenarioReader.validate(TestFiles.resource("valid.json")));
    }

    @Test
    void leftOutFieldsTakeTheirDefaults() {
        Scenario scenario = ScenarioReader.read("minimal.json", """
                {"name": "minimal", "regions": [{"id": "A"}]}
                """, null);

        assertEquals(new Scenario("minimal", "", 0, new Units("t", "CNY", "ug/m3"), Objective.COST,
                List.of(Region.of("A")), TransferMatrix.EMPTY, List.of(), Policy.NONE), scenario);
    }

    @Test
    void partialUnitsKeepTheOtherDefaults() {
        Scenario scenario = ScenarioReader.read("units.json", """
                {"name": "u", "units": {"mass": "kt"}, "regions": [{"id": "A"}]}
                """, null);

        assertEquals(new Units("kt", "CNY", "ug/m3"), scenario.units());
    }

    @Test
    void jsonSourcesComeBeforeCsvSources() {
        Scenario scenario = ScenarioReader.read(TestFiles.resource("with-csv.json"));

        assertEquals(List.of("SH-000", "SH-001", "JS-001", "JS,002"),
                scenario.sources().stream().map(Source::id).toList());
        assertEquals(new Source("SH-001", "SH", "power", "ecology-environment", 12000,
                new StepCurve(List.of(new Step(3000, 1200), new Step(5000, 4000)))), scenario.sources().get(1));
        assertEquals(new Source("JS-001", "JS", Source.UNSPECIFIED, Source.UNSPECIFIED, 10,
                new QuadraticCurve(0.5, 4.0, 10)), scenario.sources().get(2));
        assertEquals(new Source("JS,002", "JS", "steel", "industry, IT", 200,
                new StepCurve(List.of(new Step(200, -15)))), scenario.sources().get(3));
    }

    @Test
    void byteOrderMarkIsIgnored() {
        assertTrue(ScenarioReader.validate("bom.json", "\uFEFF{\"name\": \"b\", \"regions\": [{\"id\": \"A\"}]}", null)
                .isEmpty());
    }
}
