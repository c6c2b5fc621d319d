package org.airshed.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same scenario written two ways — its sources inline in the JSON, and in a {@code sourcesFile}
 * CSV (cells quoted or not, LF or CRLF) — on seeded instances whose ids, regions, sectors and
 * departments sometimes carry white space at an end (spaces, tabs, U+3000, no-break spaces): either
 * both forms run, with byte-identical result files, or both are refused, by {@code validate} and
 * {@code run} alike, with the same problems at corresponding places ({@code $.sources[i].region} in
 * JSON is line L, column region of the CSV, L being source i's first row).
 */
class InlineAndCsvIdsPropertyTest {
    private static final String[] PADS = {" ", "  ", "\t", "\u3000", "\u00a0"};
    private static final String[] CLEAN = {"R1", "North East", "区3", "R-4"};
    private static final Pattern CSV_PROBLEM = Pattern.compile("^(.*): line (\\d+), column (\\w+)( = .*)$");
    private static final Pattern JSON_PROBLEM = Pattern.compile("^(.*): \\$\\.sources\\[(\\d+)\\]\\.(\\w+)( = .*)$");

    @TempDir
    Path temp;

    @Test
    void bothFormsRunAlikeOrAreRefusedAtCorrespondingFields() throws IOException {
        SplittableRandom random = new SplittableRandom(20261207);
        int refused = 0;
        int ran = 0;
        for (int instance = 0; instance < 40; instance++) {
            Instance s = Instance.random(random, instance % 2 == 0);
            Path inline = temp.resolve(instance + "/inline/s.json");
            Path csv = temp.resolve(instance + "/csv/s.json");
            Files.createDirectories(inline.getParent());
            Files.createDirectories(csv.getParent());
            Files.writeString(inline, s.json(true));
            Files.writeString(csv, s.json(false));
            List<Integer> firstLines = s.writeCsv(csv.resolveSibling("s.csv"), random);
            String at = "instance " + instance + ":\n" + s.json(true) + "\n" + Files.readString(csv.resolveSibling("s.csv"));

            Cli.Result validateInline = Cli.run("validate", inline.toString());
            Cli.Result validateCsv = Cli.run("validate", csv.toString());
            Path outInline = temp.resolve(instance + "/out-inline");
            Path outCsv = temp.resolve(instance + "/out-csv");
            Cli.Result runInline = Cli.run("run", inline.toString(), "--out", outInline.toString());
            Cli.Result runCsv = Cli.run("run", csv.toString(), "--out", outCsv.toString());
            for (Cli.Result r : List.of(validateInline, validateCsv, runInline, runCsv)) {
                assertEquals(s.padded() ? 2 : 0, r.exitCode(), at + "\n" + r.err());
                assertFalse(r.hasStackTrace(), at + "\n" + r.err());
            }
            if (s.padded()) {
                refused++;
                List<String> inlineProblems = problems(validateInline.err(), inline, null, firstLines);
                List<String> csvProblems = problems(validateCsv.err(), csv, csv.resolveSibling("s.csv"), firstLines);
                assertFalse(inlineProblems.isEmpty(), at);
                assertEquals(inlineProblems, csvProblems, at);
                assertEquals(inlineProblems, problems(runInline.err(), inline, null, firstLines), at);
                assertEquals(csvProblems, problems(runCsv.err(), csv, csv.resolveSibling("s.csv"), firstLines), at);
                assertFalse(Files.exists(outInline.resolve("summary.json")) || Files.exists(outCsv.resolve("summary.json")));
            } else {
                ran++;
                assertSameFiles(outInline, outCsv, at);
            }
        }
        assertTrue(refused >= 10 && ran >= 10, "refused " + refused + ", ran " + ran);
    }

    /**
     * Every problem line of {@code err}, the file named by a placeholder and a CSV line by the index
     * of the source it starts (so that the two forms' problems compare), sorted.
     */
    private static List<String> problems(String err, Path scenario, Path csv, List<Integer> firstLines) {
        List<String> problems = new ArrayList<>();
        for (String line : err.lines().toList()) {
            if (line.startsWith("airshed: ")) {
                continue;
            }
            Matcher c = CSV_PROBLEM.matcher(line);
            Matcher j = JSON_PROBLEM.matcher(line);
            if (csv != null && c.matches() && c.group(1).equals(csv.toString())) {
                int source = firstLines.indexOf(Integer.parseInt(c.group(2)));
                problems.add("source " + source + "." + c.group(3) + c.group(4));
            } else if (j.matches() && j.group(1).equals(scenario.toString())) {
                problems.add("source " + j.group(2) + "." + j.group(3) + j.group(4));
            } else {
                problems.add(line.replace(scenario.toString(), "SCENARIO"));
            }
        }
        return problems.stream().sorted().toList();
    }

    private static void assertSameFiles(Path expected, Path actual, String what) throws IOException {
        List<Path> names = files(expected);
        assertEquals(names, files(actual), what);
        assertFalse(names.isEmpty(), what);
        for (Path name : names) {
            assertArrayEquals(Files.readAllBytes(expected.resolve(name)), Files.readAllBytes(actual.resolve(name)),
                    what + "\n" + name);
        }
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize)
                    .filter(p -> !p.toString().equals(".airshed.lock")).sorted().toList();
        }
    }

    /** A source: its names as written and its cost curve, steps (amount, unit cost pairs) or quadratic (slope, max). */
    private record Src(String id, String region, String sector, String department, double baseline, double[] steps,
                       double[] quadratic) {
    }

    /** Regions (with transfer rows and limits on the clean ones), sources and a cap. */
    private record Instance(List<String> regions, List<Src> sources, boolean padded) {
        static Instance random(SplittableRandom random, boolean pad) {
            int regionCount = 2 + random.nextInt(3);
            List<String> regions = new ArrayList<>();
            for (int r = 0; r < regionCount; r++) {
                regions.add(CLEAN[r]);
            }
            boolean padded = false;
            if (pad && random.nextInt(4) == 0) {
                int r = random.nextInt(regionCount);
                regions.set(r, padding(random, regions.get(r)));
                padded = true;
            }
            List<Src> sources = new ArrayList<>();
            int count = 1 + random.nextInt(6);
            for (int s = 0; s < count; s++) {
                String id = "S" + s + (random.nextInt(3) == 0 ? " plant" : "");
                String region = CLEAN[random.nextInt(regionCount)];
                String sector = List.of("", "power", "iron and steel", "  ").get(random.nextInt(4));
                String department = List.of("", "ecology-environment", "\t").get(random.nextInt(3));
                if (pad && random.nextInt(3) == 0) {
                    switch (random.nextInt(4)) {
                        case 0 -> id = padding(random, id);
                        case 1 -> region = padding(random, region);
                        case 2 -> sector = padding(random, sector.isBlank() ? "power" : sector);
                        default -> department = padding(random, department.isBlank() ? "env" : department);
                    }
                    padded = true;
                }
                double baseline = 10 + random.nextInt(200);
                if (random.nextInt(4) == 0) {
                    sources.add(new Src(id, region, sector, department, baseline, null,
                            new double[] {1 + random.nextInt(5), Math.floor(baseline * 0.6)}));
                } else {
                    int blocks = 1 + random.nextInt(3);
                    double[] steps = new double[2 * blocks];
                    double cost = 0;
                    for (int b = 0; b < blocks; b++) {
                        cost += 1 + random.nextInt(40);
                        steps[2 * b] = Math.floor(baseline * 0.2);
                        steps[2 * b + 1] = cost;
                    }
                    sources.add(new Src(id, region, sector, department, baseline, steps, null));
                }
            }
            return new Instance(regions, sources, padded);
        }

        private static String padding(SplittableRandom random, String name) {
            String pad = PADS[random.nextInt(PADS.length)];
            return switch (random.nextInt(3)) {
                case 0 -> pad + name;
                case 1 -> name + pad;
                default -> pad + name + pad;
            };
        }

        String json(boolean inline) {
            StringBuilder b = new StringBuilder("{\"name\": \"ids\", \"seed\": 5, \"regions\": [");
            double total = 0;
            for (int r = 0; r < regions.size(); r++) {
                b.append(r == 0 ? "" : ", ").append("{\"id\": ").append(quote(regions.get(r)))
                        .append(", \"background\": 1}");
            }
            b.append("],\n \"transfer\": {").append(quote(CLEAN[0])).append(": {");
            for (int r = 0; r < regions.size(); r++) {
                b.append(r == 0 ? "" : ", ").append(quote(CLEAN[r])).append(": ").append(0.001 * (r + 1));
            }
            b.append("}},\n");
            for (Src s : sources) {
                total += s.baseline();
            }
            if (inline) {
                b.append(" \"sources\": [");
                for (int i = 0; i < sources.size(); i++) {
                    Src s = sources.get(i);
                    b.append(i == 0 ? "\n  " : ",\n  ").append("{\"id\": ").append(quote(s.id())).append(", \"region\": ")
                            .append(quote(s.region())).append(", \"sector\": ").append(quote(s.sector()))
                            .append(", \"department\": ").append(quote(s.department())).append(", \"baseline\": ")
                            .append(number(s.baseline()));
                    if (s.quadratic() != null) {
                        b.append(", \"quadratic\": {\"slope\": ").append(number(s.quadratic()[0])).append(", \"max\": ")
                                .append(number(s.quadratic()[1])).append('}');
                    } else {
                        b.append(", \"steps\": [");
                        for (int k = 0; k < s.steps().length; k += 2) {
                            b.append(k == 0 ? "" : ", ").append("{\"amount\": ").append(number(s.steps()[k]))
                                    .append(", \"unitCost\": ").append(number(s.steps()[k + 1])).append('}');
                        }
                        b.append(']');
                    }
                    b.append('}');
                }
                b.append("],\n");
            } else {
                b.append(" \"sourcesFile\": \"s.csv\",\n");
            }
            b.append(" \"policy\": {\"cap\": ").append(number(Math.floor(total * 0.9))).append("}}\n");
            return b.toString();
        }

        /** Writes the sources as CSV rows, each cell quoted at random; the line each source's first row is on. */
        List<Integer> writeCsv(Path file, SplittableRandom random) throws IOException {
            String lineBreak = random.nextBoolean() ? "\n" : "\r\n";
            boolean quoting = random.nextBoolean();
            StringBuilder b = new StringBuilder("id,region,sector,department,baseline,curve,amount,unitCost,linear,slope,max")
                    .append(lineBreak);
            List<Integer> firstLines = new ArrayList<>();
            int line = 2;
            for (Src s : sources) {
                firstLines.add(line);
                String names = cell(s.id(), quoting, random) + "," + cell(s.region(), quoting, random) + ","
                        + cell(s.sector(), quoting, random) + "," + cell(s.department(), quoting, random) + ","
                        + number(s.baseline());
                if (s.quadratic() != null) {
                    b.append(names).append(",quadratic,,,,").append(number(s.quadratic()[0])).append(',')
                            .append(number(s.quadratic()[1])).append(lineBreak);
                    line++;
                } else {
                    for (int k = 0; k < s.steps().length; k += 2) {
                        b.append(names).append(",steps,").append(number(s.steps()[k])).append(',')
                                .append(number(s.steps()[k + 1])).append(",,,").append(lineBreak);
                        line++;
                    }
                }
            }
            Files.writeString(file, b.toString());
            return firstLines;
        }

        private static String cell(String text, boolean quoting, SplittableRandom random) {
            return quoting && random.nextBoolean() ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
        }

        private static String quote(String text) {
            return TextNode.valueOf(text).toString();
        }

        private static String number(double value) {
            return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%s", value);
        }
    }
}
