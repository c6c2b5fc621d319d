package org.airshed.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sweep over {@code $.seed} records the seed each run used, and that seed reproduces the run (revH 7). */
class SweptSeedTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Sampled Shapley: its transfers depend on the seed. */
    private static final String BASE = """
            {"name": "tiny", "seed": 42, "objective": "cost",
             "regions": [{"id": "SH", "population": 24870895, "damagePerConcentration": 8400.0, "background": 12.0},
                         {"id": "JS", "population": 84750000, "damagePerConcentration": 1000.0, "background": 10.0}],
             "transfer": {"SH": {"SH": 0.00011, "JS": 2e-05}, "JS": {"JS": 0.0001}},
             "sources": [{"id": "SH-001", "region": "SH", "baseline": 12000,
                          "steps": [{"amount": 3000, "unitCost": 1200}, {"amount": 5000, "unitCost": 4000}]},
                         {"id": "SH-002", "region": "SH", "baseline": 10, "quadratic": {"linear": 0, "slope": 4.0, "max": 10}},
                         {"id": "JS-001", "region": "JS", "baseline": 9000,
                          "steps": [{"amount": 4000, "unitCost": 900}, {"amount": 2000, "unitCost": 3000}]}],
             "policy": {"cap": 15000, "duties": {"SH": 3000, "JS": 3000}},
             "compensation": {"baseline": "duties", "rules": ["shapley"],
                              "shapley": {"method": "sampled", "permutations": 50, "confidence": 0.95}}}
            """;

    @TempDir
    Path temp;

    @Test
    void theRecordedSeedIsTheOneEachRunUsedAndReproducesIt() throws IOException {
        Files.writeString(temp.resolve("base.json"), BASE);
        Path sweep = temp.resolve("seeds.json");
        Files.writeString(sweep, """
                {"name": "s", "scenario": "base.json", "seed": 5, "parameters": [{"path": "$.seed", "values": [1, 2, 3]}]}
                """);
        Path out = temp.resolve("out");
        Cli.Result r = Cli.run("sweep", sweep.toString(), "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = Files.readAllLines(out.resolve("runs.jsonl"));
        assertEquals(3, lines.size());
        for (int i = 0; i < 3; i++) {
            JsonNode row = JSON.readTree(lines.get(i));
            assertEquals(i + 1, row.get("seed").longValue(), lines.get(i));
            Path alone = temp.resolve("alone" + i);
            Cli.Result run = Cli.run("run", temp.resolve("base.json").toString(), "--seed",
                    row.get("seed").asText(), "--out", alone.toString());
            assertEquals(0, run.exitCode(), run.err());
            JsonNode summary = JSON.readTree(alone.resolve("summary.json").toFile());
            assertEquals(summary.at("/compensation/rules/shapley/transfers/SH").doubleValue(),
                    row.at("/results/compensation/rules/shapley/transfers/SH").doubleValue(), 0, lines.get(i));
        }
        assertEquals("1", Files.readAllLines(out.resolve("runs.csv")).get(1).split(",")[1]);
    }
}
