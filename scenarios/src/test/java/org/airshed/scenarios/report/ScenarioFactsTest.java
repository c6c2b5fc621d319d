package org.airshed.scenarios.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * ScenarioFacts reads the transfer matrix's decimals with NumberText's scan instead of Jackson's
 * Double.parseDouble: the reference is Jackson's own tree of the same text, which must give the
 * same receptors in the same order and the same transfer, bit for bit, on every kind of cell.
 */
class ScenarioFactsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void theTransferMatrixIsJacksonsTreeBitForBitOn200RandomMatrices() throws IOException {
        SplittableRandom random = new SplittableRandom(20261206);
        for (int instance = 0; instance < 200; instance++) {
            assertSameAsTree(matrix(random), "instance " + instance);
        }
    }

    @Test
    void unusualCellsAreReadAsTheTreeReadsThem() throws IOException {
        assertSameAsTree("""
                {"name": "x", "transfer": {
                  "A": {"A": -0.0, "B": 1e400, "C": 1E-400, "D": 12345678901234567890.5, "E": 0.30000000000000004,
                        "F": 3, "G": "2.5", "H": null, "I": {"nested": 1.5}, "J": [1.5], "K": true, "A": 7.25e-3},
                  "B": 1.5,
                  "C": {}
                }, "sources": [{"id": "s"}]}
                """, "unusual cells");
    }

    private static void assertSameAsTree(String json, String where) throws IOException {
        ScenarioFacts facts = ScenarioFacts.read("scenario.json", new StringReader(json));
        JsonNode tree = MAPPER.readTree(json);
        List<String> receptors = new ArrayList<>();
        tree.path("transfer").fieldNames().forEachRemaining(receptors::add);
        assertEquals(receptors, facts.receptors(), where);
        for (String receptor : receptors) {
            List<String> sources = new ArrayList<>();
            tree.path("transfer").path(receptor).fieldNames().forEachRemaining(sources::add);
            sources.add("absent");
            for (String source : sources) {
                double expected = tree.path("transfer").path(receptor).path(source).asDouble(0);
                assertEquals(Double.doubleToRawLongBits(expected),
                        Double.doubleToRawLongBits(facts.transfer(receptor, source)),
                        where + ": " + receptor + " from " + source);
            }
        }
    }

    /** A matrix as a run writes it (short decimals, full doubles, integers), with a name and sources around it. */
    private static String matrix(SplittableRandom random) {
        StringBuilder json = new StringBuilder("{\"name\": \"random\", \"transfer\": {");
        int receptors = 1 + random.nextInt(6);
        for (int r = 0; r < receptors; r++) {
            json.append(r > 0 ? ", " : "").append("\"R").append(r).append("\": {");
            int sources = random.nextInt(12);
            for (int s = 0; s < sources; s++) {
                json.append(s > 0 ? ", " : "").append("\"R").append(random.nextInt(20)).append("\": ").append(cell(random));
            }
            json.append('}');
        }
        return json.append("}, \"sources\": []}").toString();
    }

    private static String cell(SplittableRandom random) {
        double magnitude = Math.pow(10, random.nextInt(-30, 30));
        return switch (random.nextInt(5)) {
            case 0 -> Double.toString(random.nextDouble() * magnitude); // 16-17 digits: parseDouble's path
            case 1 -> String.format(java.util.Locale.ROOT, "%.3e", random.nextDouble() * magnitude); // 4 digits
            case 2 -> Long.toString(random.nextLong(-1_000_000, 1_000_000)); // an integer token
            case 3 -> Double.toString(-random.nextDouble());
            default -> random.nextInt(1000) + "." + random.nextInt(1000);
        };
    }
}
