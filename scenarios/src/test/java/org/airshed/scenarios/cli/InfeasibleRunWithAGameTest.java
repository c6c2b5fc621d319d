package org.airshed.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.airshed.scenarios.run.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Third review (revC, defect 3): a run whose policy no allocation meets wrote transfers.csv,
 * coalitions.csv, charts/ and the whole game in summary.json, and printed the rules table, while
 * README ("Writing results") says it writes only summary.json, scenario.json and report.html. A
 * game whose grand coalition cannot meet the policy gives v(N) no meaning: it is not played, as
 * the market is not run, and summary.json's compensation says so and why.
 */
class InfeasibleRunWithAGameTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> ONLY = List.of("report.html", "scenario.json", "summary.json");

    @TempDir
    Path temp;

    @Test
    void aOnePollutantGameIsNotPlayedWhenNoAllocationMeetsThePolicy() throws IOException {
        for (String baseline : List.of("duties", "nash")) {
            // The sources can cut 130 t of 180: a cap of 10 t is out of reach.
            String json = TestScenarios.twoRegions("{\"cap\": 10, \"duties\": {\"A\": 40, \"B\": 20}}").strip();
            json = json.substring(0, json.length() - 1) + ", \"compensation\": {\"baseline\": \"" + baseline
                    + "\", \"rules\": [\"shapley\", \"nucleolus\"]}}";
            assertNotPlayed(TestScenarios.write(temp, "inf-" + baseline + ".json", json), baseline);
        }
    }

    @Test
    void theSeveralPollutantGameIsNotPlayedWhenNoAllocationMeetsThePolicy() throws IOException {
        ObjectNode scenario;
        try (InputStream in = getClass().getResourceAsStream("/scenarios/yrd-pm25.json")) {
            scenario = (ObjectNode) JSON.readTree(in);
        }
        ((ObjectNode) scenario.path("policy").path("caps")).put("SO2", 100);
        Path file = temp.resolve("pm25-inf.json");
        Files.writeString(file, JSON.writeValueAsString(scenario));
        assertNotPlayed(file, "duties");
    }

    private void assertNotPlayed(Path file, String baseline) throws IOException {
        Path out = temp.resolve("out-" + file.getFileName());
        Cli.Result r = Cli.run("run", file.toString(), "--out", out.toString());
        assertEquals(2, r.exitCode(), r.out() + r.err());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(ONLY, files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("."))
                    .sorted().toList(), file.toString());
        }
        JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
        assertEquals("infeasible", summary.path("allocation").path("status").asText());
        JsonNode c = summary.path("compensation");
        assertEquals(baseline, c.path("baseline").asText(), c.toString());
        assertEquals("not-played", c.path("status").asText(), c.toString());
        assertTrue(c.path("reason").asText().contains("no allocation meets the policy"), c.toString());
        assertFalse(c.has("rules") || c.has("surplus"), c.toString());
        assertFalse(r.out().contains("nucleolus"), "the rules table is printed:\n" + r.out());
        assertTrue(r.out().contains("compensation, " + baseline + " baseline: not played"), r.out());
    }
}
