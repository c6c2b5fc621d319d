package org.airshed.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Without receptor limits a version-2 allocation solves the market's cap-only program, so summary.json
 * names one price twice: both are the double nearest the exact price, 1234.56789012345 /
 * (123.456789012345 · 0.123456789012345) (review s10, finding 4: the allocation printed the solver's
 * 81.00000072900046 beside the market's exact 81.00000072900045).
 */
class OnePriceTwiceTest {
    @TempDir
    Path temp;

    @Test
    void theAllocationAndTheMarketPrintTheSameExactPrice() throws IOException {
        Path scenario = temp.resolve("decimals.json");
        Files.writeString(scenario, """
                {"name": "decimals", "pollutants": [{"id": "SO2"}, {"id": "NOx"}], "regions": [{"id": "A"}, {"id": "B"}],
                 "transfer": {"A": {"SO2": {"A": 0.001}, "NOx": {"A": 0.001}}, "B": {"SO2": {"B": 0.001}, "NOx": {"B": 0.001}}},
                 "sources": [{"id": "a", "region": "A", "emissions": {"SO2": 123.456789012345, "NOx": 98.7654321},
                              "options": [{"name": "X", "removal": {"SO2": 0.123456789012345, "NOx": 0.987654321098765},
                                           "annualCost": 1234.56789012345}]},
                             {"id": "b", "region": "B", "emissions": {"SO2": 100, "NOx": 100},
                              "options": [{"name": "X", "removal": {"SO2": 0.3333333333333333, "NOx": 0.1},
                                           "annualCost": 999.9999999999999}]}],
                 "policy": {"caps": {"SO2": 180, "NOx": 150}},
                 "market": {"allocation": "grandfathering", "mechanism": "equilibrium"}}
                """);
        Cli.Result r = Cli.run("run", scenario.toString(), "--out", temp.resolve("o").toString());
        assertEquals(0, r.exitCode(), r.err());
        JsonNode summary = new ObjectMapper().readTree(temp.resolve("o/summary.json").toFile());
        double exact = new BigDecimal("1234.56789012345").divide(new BigDecimal("123.456789012345")
                .multiply(new BigDecimal("0.123456789012345")), new MathContext(200)).doubleValue();
        assertEquals(81.00000072900045, exact, 0);
        assertEquals(exact, summary.at("/market/pollutants/SO2/clearingPrice").doubleValue(), 0);
        assertEquals(exact, summary.at("/allocation/capPrices/SO2").doubleValue(), 0);
    }
}
