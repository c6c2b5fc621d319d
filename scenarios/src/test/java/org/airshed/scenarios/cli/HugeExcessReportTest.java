package org.airshed.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression (revH 6): the core chart's axis ran to low × 3, which a finite excess near -1.8e308 makes
 * -Infinity, and its ticks counted decades to that end for ever; -1e400 (Infinity when read) the same.
 */
class HugeExcessReportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;
    private Path out;

    @BeforeEach
    void run() {
        out = temp.resolve("out");
        Cli.Result r = Cli.run("run", "yrd-so2-compensation", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
    }

    /** summary.json with the Shapley rule's maxExcess written as {@code value}. */
    private void excess(String value) throws IOException {
        Path summary = out.resolve("summary.json");
        String text = Files.readString(summary);
        int rule = text.indexOf("\"shapley\": {");
        int at = text.indexOf("\"maxExcess\": ", rule) + "\"maxExcess\": ".length();
        int end = text.indexOf(',', at);
        Files.writeString(summary, text.substring(0, at) + value + text.substring(end));
    }

    @Test
    void aFiniteHugeExcessIsDrawnOnAFiniteAxis() throws IOException {
        for (String value : new String[] {"-1.7e308", "1.7e308", "-4.9e-324"}) {
            excess(value);
            Cli.Result r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Cli.run("report", out.toString()));
            assertEquals(0, r.exitCode(), value + ": " + r.err());
            JsonNode core = JSON.readTree(out.resolve("charts/core.vl.json").toFile());
            JsonNode x = core.at("/layer/0/encoding/x");
            for (JsonNode end : x.at("/scale/domain")) {
                assertTrue(end.isNumber() && Double.isFinite(end.doubleValue()), value + ": " + x);
            }
            assertTrue(x.at("/axis/values").size() <= 9, value + ": " + x);
        }
    }

    @Test
    void anExcessPastADoublesRangeIsRefusedAtItsPath() throws IOException {
        excess("-1e400");
        String before = Files.readString(out.resolve("report.html"));
        Cli.Result r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Cli.run("report", out.toString()));
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains(out.resolve("summary.json") + ": $.compensation.rules.shapley.maxExcess = -1e400:"
                + " a number past a double's range"), r.err());
        assertFalse(r.hasStackTrace(), r.err());
        assertEquals(before, Files.readString(out.resolve("report.html")));
    }
}
