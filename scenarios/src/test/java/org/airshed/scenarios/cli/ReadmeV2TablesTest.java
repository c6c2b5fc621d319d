package org.airshed.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression (review 16): README's `yrd-pm25` table had drifted from what its own commands print
 * (solver changes moved the plan chosen where the optimum is degenerate). Each table row is checked
 * here against the run of the variant the README's `jq` line makes, through `airshed run` and the
 * README's `jq` projection of summary.json, every cell to the digits it shows; the commands themselves
 * are checked to be the ones written in README.md. Likewise the `us-arp-2020` table.
 */
class ReadmeV2TablesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    @TempDir
    Path temp;

    @Test
    void yrdPm25TableIsWhatItsCommandsPrint() throws IOException {
        String section = section("### `yrd-pm25`: what the caps buy in PM2.5");
        for (String command : List.of(
                "jq 'del(.compensation, .policy.receptorLimits, .policy.caps.NOx, .policy.caps[\"PM2.5\"])' $f > so2-cap.json",
                "jq 'del(.compensation, .policy.receptorLimits, .policy.caps[\"PM2.5\"])' $f > so2-nox-caps.json",
                "jq 'del(.compensation, .policy.receptorLimits)' $f > three-caps.json",
                "./airshed run yrd-pm25 --out out/yrd-pm25")) {
            assertTrue(section.contains(command), "README's commands changed: " + command);
        }
        List<Consumer<ObjectNode>> variants = List.of(
                tree -> drop(tree, "compensation", "policy.receptorLimits", "policy.caps.NOx", "policy.caps.PM2.5"),
                tree -> drop(tree, "compensation", "policy.receptorLimits", "policy.caps.PM2.5"),
                tree -> drop(tree, "compensation", "policy.receptorLimits"),
                tree -> { });
        List<List<String>> rows = rows(section);
        assertEquals(variants.size(), rows.size(), "one table row per command");
        for (int i = 0; i < rows.size(); i++) {
            JsonNode a = run("yrd-pm25", variants.get(i)).get("allocation");
            List<Double> falls = new ArrayList<>();
            a.get("regions").elements().forEachRemaining(
                    r -> falls.add(r.get("baselineConcentration").asDouble() - r.get("concentration").asDouble()));
            List<String> row = rows.get(i);
            String label = row.get(0);
            assertCell(row.get(1), a.get("totalCost").asDouble(), label + ", abatement cost");
            assertCell(row.get(2), a.at("/capPrices/SO2").asDouble(), label + ", λ SO2");
            assertCell(row.get(3), a.at("/capPrices/NOx").asDouble(), label + ", λ NOx");
            assertCell(row.get(4), a.at("/capPrices/PM2.5").asDouble(), label + ", λ PM2.5");
            assertCell(row.get(5), a.at("/receptorPrices/SH").asDouble(0), label + ", μ SH");
            String[] fallCells = row.get(6).split(" / ");
            assertEquals(falls.size(), fallCells.length, label + ", ΔPM2.5 per province");
            for (int j = 0; j < fallCells.length; j++) {
                assertCell(fallCells[j], falls.get(j), label + ", ΔPM2.5 of province " + (j + 1));
            }
            assertCell(row.get(7), a.get("deathsAvoided").asDouble(), label + ", deaths avoided");
            assertCell(row.get(8), a.get("healthValue").asDouble(), label + ", their value");
        }
    }

    @Test
    void usArp2020TableIsWhatItsCommandsPrint() throws IOException {
        String section = section("### `us-arp-2020`: the Acid Rain Program coal fleet");
        for (String command : List.of("jq 'del(.policy.caps.NOx)' $f > arp-so2.json",
                "jq 'del(.policy.caps.SO2)' $f > arp-nox.json", "./airshed run us-arp-2020 --out out/us-arp-2020")) {
            assertTrue(section.contains(command), "README's commands changed: " + command);
        }
        List<Consumer<ObjectNode>> variants = List.of(tree -> drop(tree, "policy.caps.NOx"),
                tree -> drop(tree, "policy.caps.SO2"), tree -> { });
        List<List<String>> rows = rows(section);
        assertEquals(variants.size(), rows.size(), "one table row per command");
        for (int i = 0; i < rows.size(); i++) {
            JsonNode a = run("us-arp-2020", variants.get(i)).get("allocation");
            List<String> row = rows.get(i);
            String label = row.get(0);
            assertCell(row.get(1), a.get("totalCost").asDouble(), label + ", cost");
            assertCell(row.get(2), a.at("/capPrices/SO2").asDouble(), label + ", λ SO2");
            assertCell(row.get(3), a.at("/capPrices/NOx").asDouble(), label + ", λ NOx");
            assertCell(row.get(4), a.at("/pollutants/SO2/reduction").asDouble(), label + ", SO2 cut");
            assertCell(row.get(5), a.at("/pollutants/NOx/reduction").asDouble(), label + ", NOx cut");
        }
    }

    /** summary.json of {@code airshed run} on the bundled scenario as edited. */
    private JsonNode run(String scenario, Consumer<ObjectNode> edit) throws IOException {
        ObjectNode tree;
        try (InputStream in = ReadmeV2TablesTest.class.getResourceAsStream("/scenarios/" + scenario + ".json")) {
            tree = (ObjectNode) JSON.readTree(in);
        }
        edit.accept(tree);
        Path file = Files.createTempFile(temp, scenario, ".json");
        Files.writeString(file, JSON.writeValueAsString(tree));
        Path out = temp.resolve(file.getFileName() + ".out");
        Cli.Result result = Cli.run("run", file.toString(), "--out", out.toString());
        assertEquals(0, result.exitCode(), result.err());
        return JSON.readTree(out.resolve("summary.json").toFile());
    }

    /** The tree without each dotted path (the last step a key such as {@code PM2.5}). */
    private static void drop(ObjectNode tree, String... paths) {
        for (String path : paths) {
            String[] steps = path.split("\\.", 3);
            ObjectNode parent = tree;
            for (int k = 0; k < steps.length - 1 && k < 2; k++) {
                parent = (ObjectNode) parent.get(steps[k]);
            }
            parent.remove(steps.length == 3 ? steps[2] : steps[steps.length - 1]);
        }
    }

    /** README.md from its heading to the next heading. */
    private static String section(String heading) throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        int start = readme.indexOf(heading + "\n");
        assertTrue(start >= 0, "README has no heading " + heading);
        int end = readme.indexOf("\n#", start + heading.length());
        return readme.substring(start, end < 0 ? readme.length() : end);
    }

    /** The cells of the first table's data rows in {@code section}. */
    private static List<List<String>> rows(String section) {
        List<List<String>> rows = new ArrayList<>();
        boolean body = false;
        for (String line : section.split("\n")) {
            if (line.startsWith("|---")) {
                body = true;
            } else if (body && line.startsWith("|")) {
                String[] cells = line.substring(1, line.length() - 1).split("\\|");
                rows.add(Arrays.stream(cells).map(String::strip).toList());
            } else if (body) {
                break;
            }
        }
        return rows;
    }

    /** {@code value} written as README writes {@code cell}: same notation, same digits. */
    private static void assertCell(String cell, double value, String what) {
        assertEquals(cell, like(cell, value), what + " (run gives " + value + ")");
    }

    static String like(String cell, double value) {
        if (cell.equals("–")) {
            return value == 0 ? "–" : grouped(BigDecimal.valueOf(value).setScale(0, RoundingMode.HALF_UP));
        }
        int times = cell.indexOf("×10");
        if (times >= 0) {
            BigDecimal mantissa = new BigDecimal(cell.substring(0, times));
            int exponent = 0;
            for (char c : cell.substring(times + 3).toCharArray()) {
                exponent = 10 * exponent + SUPERSCRIPTS.indexOf(c);
            }
            BigDecimal scaled = new BigDecimal(value).movePointLeft(exponent)
                    .setScale(mantissa.scale(), RoundingMode.HALF_UP);
            return scaled.toPlainString() + cell.substring(times);
        }
        String plain = cell.replace(",", "");
        int scale = plain.contains(".") ? plain.length() - plain.indexOf('.') - 1 : 0;
        return grouped(new BigDecimal(value).setScale(scale, RoundingMode.HALF_UP));
    }

    /** Thousands separated by commas, as README writes numbers of four digits and more. */
    private static String grouped(BigDecimal number) {
        String plain = number.toPlainString();
        int point = plain.indexOf('.');
        String whole = point < 0 ? plain : plain.substring(0, point);
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < whole.length(); k++) {
            if (k > 0 && (whole.length() - k) % 3 == 0) {
                out.append(',');
            }
            out.append(whole.charAt(k));
        }
        return out + (point < 0 ? "" : plain.substring(point));
    }
}
