package org.airshed.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.airshed.core.model.Objective;
import org.airshed.core.model.OptionCurve;
import org.airshed.core.model.Policy;
import org.airshed.core.model.QuadraticCurve;
import org.airshed.core.model.Region;
import org.airshed.core.model.Scenario;
import org.airshed.core.model.Source;
import org.airshed.core.model.Step;
import org.airshed.core.model.StepCurve;
import org.airshed.core.model.TechnologyOption;
import org.airshed.core.model.TransferMatrix;
import org.airshed.core.model.Units;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioWriterTest {
    @TempDir
    Path dir;

    @Test
    void writtenScenarioReadsBackEqual() {
        String json = ScenarioWriter.toJson(ScenarioReaderTest.VALID);

        assertEquals(ScenarioReaderTest.VALID, ScenarioReader.read("resolved.json", json, null));
    }

    @Test
    void writingTwiceGivesIdenticalBytes() throws IOException {
        Scenario scenario = ScenarioReader.read(TestFiles.resource("with-csv.json"));
        Path first = dir.resolve("a/scenario.json");
        Path second = dir.resolve("b/scenario.json");

        ScenarioWriter.write(scenario, first);
        ScenarioWriter.write(ScenarioReader.read(first), second);

        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
        assertEquals(scenario, ScenarioReader.read(second));
    }

    @Test
    void layoutIsCanonical() {
        String json = ScenarioWriter.toJson(ScenarioReader.read(TestFiles.resource("valid.json")));

        assertTrue(json.startsWith("{\n  \"name\": \"example\",\n  \"description\": "), json);
        assertTrue(json.endsWith("\n}\n"), json);
        assertFalse(json.contains("\r") || json.contains("\t"), json);
        assertTrue(json.contains("\n  \"units\": {\"mass\": \"t\", \"money\": \"CNY\", \"concentration\": \"ug/m3\"},\n"), json);
        assertTrue(json.contains("\"steps\": [{\"amount\": 3000, \"unitCost\": 1200}, {\"amount\": 5000, \"unitCost\": 4000}]"),
                json);
        assertTrue(json.contains("\"gdp\": 3870000000000,"), json);
        assertTrue(json.contains("\"SH\": {\"SH\": 1.1E-4, \"JS\": 2.0E-5}"), json);
        // Fields in docs/FORMAT.md order.
        List<String> keys = List.of("\"name\"", "\"description\"", "\"seed\"", "\"units\"", "\"objective\"",
                "\"regions\"", "\"transfer\"", "\"sources\"", "\"policy\"");
        for (int k = 1; k < keys.size(); k++) {
            assertTrue(json.indexOf("\n  " + keys.get(k - 1)) < json.indexOf("\n  " + keys.get(k)), keys.get(k));
        }
    }

    /** Awkward numbers up to the reader's limit (ScenarioLimits.MAX_MAGNITUDE, 1e15): larger ones are refused. */
    @Test
    void awkwardNumbersRoundTripExactly() {
        double big = ScenarioLimits.MAX_MAGNITUDE;
        double[] values = {0.1, 1.0 / 3, 1e-300, Double.MIN_VALUE, big, 9007199254740.993,
                123456789012345.67, 1e15, 999999999999999.0, 2e-3, 999999999999999.9, 4.35, 0.30000000000000004};
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            steps.add(new Step(values[i] / values.length / 2, i));
        }
        Scenario scenario = new Scenario("numbers", "", Long.MIN_VALUE, new Units("kg", "EUR", "ppb"), Objective.COST,
                List.of(new Region("A", "Région", OptionalDouble.of(big), OptionalDouble.of(Double.MIN_VALUE),
                        1.0 / 3, 0.1, 1e-300)),
                new TransferMatrix(Map.of("A", Map.of("A", 0.30000000000000004))),
                List.of(new Source("s\"1\"\n2", "A", "sector/é", "dept", big, new StepCurve(steps)),
                        new Source("s2", "A", null, null, 1e-300, new QuadraticCurve(-1.0 / 3, 1e-300, 1e-300))),
                new Policy(OptionalDouble.of(2e-3), Map.of("A", 4.35), Map.of("A", 1.0E14)));

        String json = ScenarioWriter.toJson(scenario);

        assertEquals(scenario, ScenarioReader.read("numbers.json", json, null));
        assertEquals(json, ScenarioWriter.toJson(ScenarioReader.read("numbers.json", json, null)));
    }

    /** The reader takes decimals through BigDecimal; each written number must come back bit for bit. */
    @Test
    void everyWrittenNumberParsesBackToTheSameDouble() {
        SplittableRandom random = new SplittableRandom(20240601);
        for (int i = 0; i < 200_000; i++) {
            double value = i % 2 == 0 ? Double.longBitsToDouble(random.nextLong()) : random.nextDouble() * 1e6;
            if (!Double.isFinite(value)) {
                continue;
            }
            String text = CanonicalJson.number(value);
            double back = new BigDecimal(text).doubleValue();
            assertEquals(value == 0 ? 0.0 : value, back, () -> text);
        }
    }

    @Test
    void integralValuesPrintAsIntegers() {
        assertEquals("12000", CanonicalJson.number(12000.0));
        assertEquals("-3", CanonicalJson.number(-3.0));
        assertEquals("0", CanonicalJson.number(-0.0));
        assertEquals("1.0E15", CanonicalJson.number(1e15));
        assertEquals("0.5", CanonicalJson.number(0.5));
    }

    @Test
    void curveFormIsStepsOrQuadraticAndRejectsOptions() {
        assertEquals("{\"steps\": [{\"amount\": 10, \"unitCost\": 2.5}]}\n",
                CanonicalJson.print(ScenarioWriter.curve(new StepCurve(List.of(new Step(10, 2.5))))));
        assertEquals("{\"quadratic\": {\"linear\": 1, \"slope\": 0.5, \"max\": 40}}\n",
                CanonicalJson.print(ScenarioWriter.curve(new QuadraticCurve(1, 0.5, 40))));
        OptionCurve options = new OptionCurve(100, List.of(new TechnologyOption("scrubber", 0.9, 1000)));
        assertThrows(IllegalArgumentException.class, () -> ScenarioWriter.curve(options));
    }
}
