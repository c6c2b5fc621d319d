package org.airshed.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The byte-level, parallel reader of ordinary sources CSVs against the reference parser
 * (commons-csv): on seeded generated files cut into pieces of every size (a source's rows split,
 * a cut on the last line, no final line break, CRLF, blank lines, non-ASCII names), with one and
 * two threads, the same table column by column, the same lines and, once a file is broken in a
 * random way, the same problems (the reader hands such files over).
 */
class PlainSourcesCsvTest {
    private static final String[] REGIONS = {"R1", "R2", "上海", "Zürich", "R-3"};
    private static final String[] SECTORS = {"", "power", "unspecified", "steel", "化工"};

    @Test
    void ordinaryFilesAreReadPlainlyInAnyPiecesAndThreads() {
        SplittableRandom random = new SplittableRandom(20261206);
        for (int file = 0; file < 150; file++) {
            byte[] csv = validFile(random).getBytes(StandardCharsets.UTF_8);
            assertTrue(PlainReads.agree(csv, 2, 1 + random.nextInt(80)), () -> new String(csv, StandardCharsets.UTF_8));
            assertTrue(PlainReads.agree(csv, 1, 1 + random.nextInt(300)));
            assertTrue(PlainReads.agree(csv, 2, PlainSourcesCsv.PIECE_BYTES));
        }
    }

    /** Files broken at a random place (a quote, a lone CR, a bad number, a moved line, bytes that are not UTF-8...). */
    @Test
    void brokenFilesGetTheReferenceProblems() {
        SplittableRandom random = new SplittableRandom(20261207);
        int handedOver = 0;
        for (int file = 0; file < 400; file++) {
            byte[] csv = broken(validFile(random), random);
            boolean plain = PlainReads.agree(csv, 2, 1 + random.nextInt(120));
            assertEquals(plain, PlainReads.agree(csv, 1, PlainSourcesCsv.PIECE_BYTES));
            handedOver += plain ? 0 : 1;
        }
        assertTrue(handedOver > 250, "handed over " + handedOver);
    }

    /** Every cut of one file, a byte apart: each piece boundary falls once on each byte. */
    @Test
    void everyCutOfOneFile() {
        String csv = "\uFEFFid,region,baseline,curve,amount,unitCost,slope,max\r\n"
                + "A,R1,100,steps,30,10,,\r\n"
                + "A,R1,100,steps,40,20,,\n"
                + "\n"
                + "   \r\n"
                + "A,R1,100,steps,30,20,,\n"
                + "B,R2,10,quadratic,,,4,10\n"
                + "C,R2,10,steps,1,-5,,\n"
                + "C,R2,10,steps,1,-5,,";
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        for (int piece = 1; piece <= bytes.length; piece++) {
            assertTrue(PlainReads.agree(bytes, 2, piece));
        }
        // Unit costs that fall at the place a cut may fall: refused, as the reference refuses them.
        byte[] falling = csv.replace("A,R1,100,steps,30,20", "A,R1,100,steps,30,5").getBytes(StandardCharsets.UTF_8);
        for (int piece = 1; piece <= falling.length; piece++) {
            assertFalse(PlainReads.agree(falling, 2, piece));
        }
    }

    @Test
    void oneAndTwoThreadsGiveTheSameTableOnALargerFile() {
        SplittableRandom random = new SplittableRandom(20261208);
        StringBuilder csv = new StringBuilder("id,region,sector,baseline,curve,amount,unitCost\n");
        for (int s = 0; s < 4_000; s++) {
            double baseline = 10 + random.nextInt(1000);
            double cost = random.nextInt(100);
            int region = random.nextInt(3) + s % 7;
            for (int b = 0; b < 5; b++) {
                cost += random.nextInt(50) / 4.0;
                csv.append("S").append(s).append(",R").append(region).append(",power,")
                        .append(baseline).append(",steps,").append(baseline / 7).append(',').append(cost).append('\n');
            }
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        assertTrue(PlainReads.agree(bytes, 1, 1 << 16));
        assertTrue(PlainReads.agree(bytes, 2, 1 << 16));
        assertTrue(PlainReads.agree(bytes, 2, 1 << 10));
    }

    private static String validFile(SplittableRandom random) {
        List<String> columns = new ArrayList<>(List.of("id", "region", "baseline", "curve", "amount", "unitCost"));
        boolean quadratics = random.nextBoolean();
        if (quadratics) {
            columns.addAll(List.of("slope", "max"));
            if (random.nextBoolean()) {
                columns.add("linear");
            }
        }
        for (String optional : List.of("sector", "department")) {
            if (random.nextBoolean()) {
                columns.add(optional);
            }
        }
        Collections.shuffle(columns, new java.util.Random(random.nextLong()));
        String[] breaks = random.nextInt(3) == 0 ? new String[] {"\r\n"} : random.nextInt(3) == 0
                ? new String[] {"\n", "\r\n"} : new String[] {"\n"};
        StringBuilder csv = new StringBuilder(random.nextInt(6) == 0 ? "\uFEFF" : "");
        csv.append(String.join(",", columns)).append(pick(random, breaks));
        int sources = random.nextInt(0, 15);
        List<Integer> order = new ArrayList<>();
        for (int s = 0; s < sources; s++) {
            order.add(s);
        }
        if (random.nextInt(3) == 0) {
            Collections.shuffle(order, new java.util.Random(random.nextLong()));
        }
        for (int s : order) {
            String id = random.nextInt(5) == 0 ? "源" + s : "S" + s;
            String region = pick(random, REGIONS);
            String sector = pick(random, SECTORS);
            String department = pick(random, SECTORS);
            int baseline = random.nextInt(0, 500);
            String baselineText = pick(random, Integer.toString(baseline), baseline + ".0", "+" + baseline,
                    baseline == 0 ? "0e5" : baseline + "e0");
            boolean quadratic = quadratics && random.nextInt(3) == 0;
            int rows = quadratic ? 1 : random.nextInt(1, 6);
            int left = baseline;
            double cost = random.nextInt(-50, 50);
            for (int r = 0; r < rows; r++) {
                int amount = left == 0 ? 0 : random.nextInt(0, left / rows + 1);
                left -= amount;
                cost += random.nextInt(0, 30) / 8.0;
                List<String> cells = new ArrayList<>();
                for (String column : columns) {
                    String cell = switch (column) {
                        case "id" -> id;
                        case "region" -> region;
                        case "sector" -> sector;
                        case "department" -> department;
                        case "baseline" -> baselineText;
                        case "curve" -> quadratic ? "quadratic" : "steps";
                        case "amount" -> quadratic ? "" : pick(random, Integer.toString(amount), amount + ".",
                                amount + "e0", "00" + amount);
                        case "unitCost" -> quadratic ? "" : pick(random, Double.toString(cost), cost + "0", "" + cost);
                        case "linear" -> quadratic ? pick(random, "", "-2.5", "0", "3") : "";
                        case "slope" -> quadratic ? pick(random, "4", ".5", "1e-3") : "";
                        case "max" -> quadratic ? Integer.toString(baseline / 2) : "";
                        default -> throw new IllegalStateException(column);
                    };
                    // Numbers, the curve and blank names may have white space around them; a name is read as written.
                    boolean name = List.of("id", "region", "sector", "department").contains(column);
                    cells.add(random.nextInt(10) == 0 && (!name || cell.isEmpty())
                            ? pick(random, " ", "\t", "  ") + cell + pick(random, "", " ") : cell);
                }
                csv.append(String.join(",", cells)).append(pick(random, breaks));
                if (random.nextInt(12) == 0) {
                    csv.append(pick(random, "", "  ", "\t")).append(pick(random, breaks));
                }
            }
        }
        if (sources > 0 && random.nextInt(4) == 0 && csv.charAt(csv.length() - 1) == '\n') {
            csv.setLength(csv.length() - (csv.toString().endsWith("\r\n") ? 2 : 1));
        }
        return csv.toString();
    }

    private static byte[] broken(String valid, SplittableRandom random) {
        List<String> lines = new ArrayList<>(List.of(valid.split("\n", -1)));
        if (lines.size() > 2 && random.nextInt(3) == 0) {
            int a = random.nextInt(1, lines.size());
            int b = random.nextInt(1, lines.size());
            switch (random.nextInt(3)) {
                case 0 -> Collections.swap(lines, a, b);
                case 1 -> lines.add(b, lines.get(a));
                default -> lines.remove(a);
            }
            return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        }
        byte[] bytes = valid.getBytes(StandardCharsets.UTF_8);
        int at = random.nextInt(Math.min(bytes.length, 40), bytes.length + 1);
        byte[] token = random.nextInt(8) == 0 ? new byte[] {(byte) 0xC3, (byte) 0x28}
                : pick(random, "\"", "\r", ",", "x", "-", "e999", "\u2003", "\u00a0", "\n", "9", "0", "NaN", "e15",
                        ".", "options", "\uFEFF", "").getBytes(StandardCharsets.UTF_8);
        int removed = random.nextInt(3) == 0 && at < bytes.length ? 1 : 0;
        byte[] out = new byte[bytes.length - removed + token.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(token, 0, out, at, token.length);
        System.arraycopy(bytes, at + removed, out, at + token.length, bytes.length - at - removed);
        return out;
    }

    @SafeVarargs
    private static <T> T pick(SplittableRandom random, T... choices) {
        return choices[random.nextInt(choices.length)];
    }
}
