package org.airshed.scenarios.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.airshed.scenarios.library.ScenarioLibrary;

/** Sweep files for the tests, written into a temporary directory. */
final class SweepFixtures {
    /** 3 cuts × 2 transaction costs × 2 replicates with transfer noise: 12 runs of the YRD compensation scenario. */
    static final String SMALL = """
            {"name": "small", "scenario": "yrd-so2-compensation", "seed": 11, "replicates": 2,
             "parameters": [
               {"name": "cut", "targets": [{"path": "$.policy.cap", "op": "scale-cut"},
                                           {"path": "$.policy.duties.*", "op": "scale"}],
                "grid": {"from": 0.8, "to": 1.2, "count": 3}},
               {"name": "tc", "path": "$.regions[*].transactionCost", "values": [0, 50000000]},
               {"name": "noise", "path": "$.transfer.*.*", "op": "scale", "independent": true,
                "draw": {"distribution": "lognormal", "mu": 0, "sigma": 0.2}}]}
            """;

    private SweepFixtures() {
    }

    static Path write(Path directory, String name, String json) throws IOException {
        Path file = directory.resolve(name);
        Files.writeString(file, json);
        return file;
    }

    static SweepSetup setup(Path directory, String json) throws IOException {
        return SweepSetup.of(write(directory, "sweep.json", json).toString(), ScenarioLibrary.bundled(), "test");
    }
}
