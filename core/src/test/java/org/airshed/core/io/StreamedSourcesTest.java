package org.airshed.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.airshed.core.model.Scenario;
import org.airshed.core.model.SourceTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The streamed route ({@code sources} read element by element into columns) against the tree
 * route (the whole document as a tree, sources as records): the same problems in the same order at
 * the same paths for a catalogue of bad files, and the same scenario for seeded valid ones.
 */
class StreamedSourcesTest {
    private static final String FILE = "s.json";
    private static final String GOOD = """
            {"id": "A", "region": "SH", "baseline": 10, "steps": [{"amount": 3, "unitCost": 1}]}""";

    @TempDir
    Path dir;

    /** A scenario around {@code sources}, with {@code extra} top-level text (starting with a comma) after them. */
    private static String scenario(String sources, String extra) {
        return """
                {"name": "s", "regions": [{"id": "SH", "background": 1}, {"id": "JS"}],
                 "transfer": {"SH": {"SH": 0.001, "JS": 0.0005}},
                 "sources": %s%s,
                 "policy": {"cap": 15, "receptorLimits": {"SH": 1.01}}}
                """.formatted(sources, extra);
    }

    static Stream<Arguments> catalogue() {
        return Stream.of(
                // Each source checked on its own: the stream gives up and the tree reports.
                bad("negative amount", "[" + GOOD + ", {\"id\": \"B\", \"region\": \"JS\", \"baseline\": 5,"
                        + " \"steps\": [{\"amount\": -1, \"unitCost\": 2}]}]", ""),
                bad("missing id", "[{\"region\": \"SH\", \"baseline\": 10, \"steps\": []}]", ""),
                bad("unknown key", "[{\"id\": \"A\", \"region\": \"SH\", \"baseline\": 10, \"steps\": [], \"colour\": 1}]", ""),
                bad("two curves", "[{\"id\": \"A\", \"region\": \"SH\", \"baseline\": 10, \"steps\": [],"
                        + " \"quadratic\": {\"slope\": 1, \"max\": 1}}]", ""),
                bad("no curve", "[{\"id\": \"A\", \"region\": \"SH\", \"baseline\": 10}]", ""),
                bad("unsorted steps", "[{\"id\": \"A\", \"region\": \"SH\", \"baseline\": 10, \"steps\":"
                        + " [{\"amount\": 1, \"unitCost\": 5}, {\"amount\": 1, \"unitCost\": 2}]}]", ""),
                bad("steps beyond baseline", "[{\"id\": \"A\", \"region\": \"SH\", \"baseline\": 1, \"steps\":"
                        + " [{\"amount\": 3, \"unitCost\": 5}]}]", ""),
                bad("zero slope", "[{\"id\": \"A\", \"region\": \"SH\", \"baseline\": 10, \"quadratic\":"
                        + " {\"slope\": 0, \"max\": 1}}]", ""),
                bad("max beyond baseline", "[{\"id\": \"A\", \"region\": \"SH\", \"baseline\": 1, \"quadratic\":"
                        + " {\"slope\": 2, \"max\": 3}}]", ""),
                bad("text amount", "[{\"id\": \"A\", \"region\": \"SH\", \"baseline\": 10, \"steps\":"
                        + " [{\"amount\": \"x\", \"unitCost\": 5}]}]", ""),
                bad("huge number", "[{\"id\": \"A\", \"region\": \"SH\", \"baseline\": 1e999, \"steps\": []}]", ""),
                bad("element not an object", "[" + GOOD + ", 5]", ""),
                bad("null element", "[null]", ""),
                bad("version-2 key", "[{\"id\": \"A\", \"region\": \"SH\", \"emissions\": {}, \"steps\": []}]", ""),
                bad("duplicate id", "[" + GOOD + ", " + GOOD + "]", ""),
                bad("options (discrete)", "[{\"id\": \"A\", \"region\": \"SH\", \"baseline\": 10, \"options\":"
                        + " [{\"name\": \"fgd\", \"removal\": 5, \"annualCost\": 9}]}]", ""),
                bad("sources an object", "{}", ""),
                bad("sources null", "null", ""),
                bad("duplicate key in a source", "[{\"id\": \"A\", \"id\": \"B\", \"region\": \"SH\", \"baseline\": 1,"
                        + " \"steps\": []}]", ""),
                bad("duplicate sources key", "[" + GOOD + "]", ", \"sources\": []"),
                bad("version-2 file", "[" + GOOD + "]", ", \"pollutants\": [\"SO2\"]"),
                // Sources each valid: streamed, and the cross-references are checked on the columns.
                streamed("unknown region", "[" + GOOD + ", {\"id\": \"B\", \"region\": \"XX\", \"baseline\": 5,"
                        + " \"steps\": []}, {\"id\": \"C\", \"region\": \"YY\", \"baseline\": 5, \"steps\": []}]", ""),
                streamed("unknown region beside a typo", "[{\"id\": \"B\", \"region\": \"XX\", \"baseline\": 5,"
                        + " \"steps\": []}]", ", \"seeed\": 3"),
                streamed("bad policy", "[" + GOOD + "]", ", \"objective\": \"speed\""),
                streamed("a sources file that cannot be resolved", "[" + GOOD + "]", ", \"sourcesFile\": \"x.csv\""),
                bad("empty", "[]", ""),
                streamed("valid", "[" + GOOD + ", {\"id\": \"Q\", \"region\": \"JS\", \"sector\": \"steel\","
                        + " \"baseline\": 4, \"quadratic\": {\"linear\": 1, \"slope\": 2, \"max\": 3}}]", ""));
    }

    private static Arguments bad(String what, String sources, String extra) {
        return Arguments.of(what, scenario(sources, extra), false);
    }

    private static Arguments streamed(String what, String sources, String extra) {
        return Arguments.of(what, scenario(sources, extra), true);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void bothRoutesReportTheSameProblems(String what, String json, boolean streams) {
        ScenarioTree parsed = parsedOrNull(json);
        assertEquals(streams, parsed != null && parsed.sources() != null, "streamed: " + what);

        List<Problem> tree = problems(() -> ScenarioReader.read(FILE, ScenarioReader.tree(FILE, json), null, List.of()));
        List<Problem> stream = problems(() -> ScenarioReader.read(FILE, ScenarioReader.parsed(FILE, json), null,
                List.of()));
        List<Problem> text = ScenarioReader.validate(FILE, json, null);
        assertEquals(tree, stream, what);
        assertEquals(tree, text, what);
        if (!what.equals("valid") && !what.equals("empty")) {
            assertFalse(tree.isEmpty(), what + " should have problems");
        }
    }

    @Test
    void aMalformedFileIsTheTreeRoutesOneProblem() {
        String json = scenario("[" + GOOD + ",]", "");
        List<Problem> problems = ScenarioReader.validate(FILE, json, null);
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).location().startsWith("line "), problems::toString);
        assertNull(StreamedSources.read(FILE, json));
    }

    @Test
    void aFileWithAByteOrderMarkIsStreamed() {
        String json = "\uFEFF" + scenario("[" + GOOD + "]", "");
        assertNotNull(ScenarioReader.parsed(FILE, json).sources());
        assertEquals(ScenarioReader.read(FILE, json.substring(1), null).sources(),
                ScenarioReader.read(FILE, json, null).sources());
    }

    @Test
    void jsonSourcesBesideACsvAreReadTheSameWay() throws Exception {
        Files.writeString(dir.resolve("more.csv"), "id,region,baseline,curve,amount,unitCost\n"
                + "C1,JS,7,steps,2,3\nC1,JS,7,steps,1,4\nA,SH,1,steps,,\n");
        String json = scenario("[" + GOOD + "]", ", \"sourcesFile\": \"more.csv\"");
        List<Problem> tree = problems(() -> ScenarioReader.read(FILE, ScenarioReader.tree(FILE, json), dir, List.of()));
        List<Problem> stream = problems(() -> ScenarioReader.read(FILE, ScenarioReader.parsed(FILE, json), dir,
                List.of()));
        assertEquals(tree, stream);
        assertFalse(tree.isEmpty(), "the CSV repeats the JSON's id A");
    }

    /** Seeded valid scenarios, 1 to 400 sources: the streamed route's columns hold the tree route's records. */
    @Test
    void seededScenariosGiveTheSameScenarioBothWays() {
        SplittableRandom random = new SplittableRandom(20261206);
        for (int instance = 0; instance < 200; instance++) {
            String json = scenario(randomSources(random, 1 + random.nextInt(random.nextBoolean() ? 10 : 400)), "");
            Scenario tree = ScenarioReader.read(FILE, ScenarioReader.tree(FILE, json), null, List.of()).scenario();
            ScenarioDocument streamedDocument = ScenarioReader.read(FILE, ScenarioReader.parsed(FILE, json), null,
                    List.of());
            Scenario streamed = streamedDocument.scenario();
            assertInstanceOf(SourceTable.class, streamed.sources(), "instance " + instance);
            assertEquals(tree, streamed, "instance " + instance);
            assertEquals(ScenarioWriter.toJson(new ScenarioDocument(tree, Map.of(), Map.of())),
                    ScenarioWriter.toJson(streamedDocument), "instance " + instance);
        }
    }

    /** A JSON array of valid sources: steps (0 to 5 blocks) or quadratic, ids unique, numbers of all shapes. */
    static String randomSources(SplittableRandom random, int count) {
        List<String> sources = new ArrayList<>();
        for (int s = 0; s < count; s++) {
            StringBuilder b = new StringBuilder("{\"id\": \"S-" + s + "\", \"region\": \""
                    + (random.nextBoolean() ? "SH" : "JS") + "\"");
            if (random.nextInt(3) == 0) {
                b.append(", \"sector\": \"sec").append(random.nextInt(4)).append('"');
            }
            if (random.nextInt(3) == 0) {
                b.append(", \"department\": \"dep").append(random.nextInt(3)).append('"');
            }
            double baseline = number(random, 1000);
            b.append(", \"baseline\": ").append(text(random, baseline));
            if (random.nextInt(4) == 0) {
                b.append(", \"quadratic\": {");
                if (random.nextBoolean()) {
                    b.append("\"linear\": ").append(text(random, number(random, 50) - 10)).append(", ");
                }
                b.append("\"slope\": ").append(text(random, 0.01 + number(random, 5)))
                        .append(", \"max\": ").append(text(random, baseline * random.nextDouble())).append('}');
            } else {
                b.append(", \"steps\": [");
                int blocks = random.nextInt(6);
                double left = baseline;
                double cost = -5 + random.nextInt(10);
                for (int k = 0; k < blocks; k++) {
                    double amount = Math.floor(left * random.nextDouble() * 100) / 100;
                    left -= amount;
                    cost += random.nextInt(3) == 0 ? 0 : number(random, 100);
                    b.append(k == 0 ? "" : ", ").append("{\"amount\": ").append(text(random, amount))
                            .append(", \"unitCost\": ").append(text(random, cost)).append('}');
                }
                b.append(']');
            }
            sources.add(b.append('}').toString());
        }
        return "[" + String.join(",\n", sources) + "]";
    }

    private static double number(SplittableRandom random, double scale) {
        return random.nextBoolean() ? random.nextInt((int) scale + 1) : random.nextDouble() * scale;
    }

    /** The number as JSON writes it, sometimes as an integer with a fraction or in exponent form. */
    private static String text(SplittableRandom random, double value) {
        if (value == Math.rint(value) && random.nextBoolean()) {
            return random.nextBoolean() ? (long) value + ".0" : (long) value + "";
        }
        // Exact either way: a rounded number could make a valid source invalid.
        return random.nextInt(4) == 0 ? BigDecimal.valueOf(value).stripTrailingZeros().toString()
                : Double.toString(value);
    }

    private static ScenarioTree parsedOrNull(String json) {
        try {
            return ScenarioReader.parsed(FILE, json);
        } catch (ScenarioInputException e) {
            return null;
        }
    }

    private static List<Problem> problems(Runnable read) {
        try {
            read.run();
            return List.of();
        } catch (ScenarioInputException e) {
            return e.problems();
        }
    }
}
