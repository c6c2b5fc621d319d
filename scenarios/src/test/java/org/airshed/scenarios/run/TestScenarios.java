package org.airshed.scenarios.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A two-region scenario solvable by hand, as JSON text. Transfer coefficients are binary
 * fractions so that every result is exact in floating point.
 * <pre>
 * A: background 5, δ 2;  a1 (power, ecology-environment): baseline 100; 30 t at 10, 20 t at 50
 * B: background 3, δ 1;  b1: baseline 80; 40 t at 20, 40 t at 40
 * transfer A←A 0.125, A←B 0.0625, B←B 0.25
 * cap 120: 60 t; a1 30 t (300), b1 30 t (600); λ = 20; cost 900
 * z_A = 5 + 0.125·70 + 0.0625·50 = 16.875, z_B = 3 + 0.25·50 = 15.5; damages 33.75 + 15.5
 * duties A 40, B 20: alone A 800 (λ 50), B 400 (λ 20); jointly A 300, B 600 (λ 20)
 * </pre>
 */
public final class TestScenarios {
    private TestScenarios() {
    }

    /** The scenario with {@code policy} as the policy object's JSON text. */
    public static String twoRegions(String policy) {
        return """
                {
                  "name": "two-regions",
                  "description": "hand-computed test scenario",
                  "seed": 7,
                  "units": {"mass": "t", "money": "CNY", "concentration": "ug/m3"},
                  "objective": "cost",
                  "regions": [
                    {"id": "A", "name": "Region A", "damagePerConcentration": 2, "background": 5},
                    {"id": "B", "name": "Region, B", "damagePerConcentration": 1, "background": 3}
                  ],
                  "transfer": {"A": {"A": 0.125, "B": 0.0625}, "B": {"B": 0.25}},
                  "sources": [
                    {"id": "a1", "region": "A", "sector": "power", "department": "ecology-environment",
                     "baseline": 100, "steps": [{"amount": 30, "unitCost": 10}, {"amount": 20, "unitCost": 50}]},
                    {"id": "b1", "region": "B", "baseline": 80,
                     "steps": [{"amount": 40, "unitCost": 20}, {"amount": 40, "unitCost": 40}]}
                  ],
                  "policy": %s
                }
                """.formatted(policy);
    }

    public static final String CAP_AND_DUTIES = "{\"cap\": 120, \"duties\": {\"A\": 40, \"B\": 20}}";

    public static Path write(Path directory, String fileName, String json) throws IOException {
        Path file = directory.resolve(fileName);
        Files.writeString(file, json);
        return file;
    }
}
