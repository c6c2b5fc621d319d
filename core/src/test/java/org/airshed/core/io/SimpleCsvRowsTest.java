package org.airshed.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.airshed.core.model.Source;
import org.junit.jupiter.api.Test;

/**
 * The fast reader of quote-free CSVs against the reference parser (commons-csv): the same
 * sources and the same problems, line and column, on every file — the fast reader's own
 * cases, and files it must hand to the reference (quotes, over-long rows, odd headers).
 */
class SimpleCsvRowsTest {
    private static final String HEADER = "id,region,sector,department,baseline,curve,amount,unitCost,linear,slope,max";

    /** @param handedOver whether the fast reader gave the file to the reference parser */
    record Read(List<Source> sources, List<Problem> problems, boolean handedOver) {
    }

    /** Reads {@code csv} with the reference and with the fast reader, asserts they agree, returns what they read. */
    static Read bothWays(String csv) {
        Problems reference = new Problems();
        CsvSources expected = SourcesCsvReader.read(new StringReader(csv), "s.csv", reference);
        Problems fast = new Problems();
        boolean[] reopened = new boolean[1];
        CsvSources actual = SourcesCsvReader.read(new StringReader(csv), () -> {
            reopened[0] = true;
            return new StringReader(csv);
        }, "s.csv", fast);
        assertEquals(reference.list(), fast.list(), () -> "problems differ for:\n" + csv);
        List<Source> sources = List.copyOf(expected.sources());
        assertEquals(sources, List.copyOf(actual.sources()), () -> "sources differ for:\n" + csv);
        // The byte-level reader too, cut into small pieces and whole.
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        PlainReads.agree(bytes, 2, 7);
        PlainReads.agree(bytes, 1, PlainSourcesCsv.PIECE_BYTES);
        return new Read(sources, reference.list(), reopened[0]);
    }

    @Test
    void lineBreaksBlankLinesAndWhiteSpace() {
        assertFalse(bothWays(HEADER + "\nA,SH,,,1,steps,1,1,,,\n").handedOver());
        bothWays(HEADER + "\r\nA,SH,power,,100,steps,30,10,,,\r\rA,SH,power,,100,steps,70,20,,,\n\n"
                + " B , JS ,\t,  ,10 ,quadratic,,, ,4,10\r\n   \nC,SH,,,5,steps,1,1,,,");
        bothWays(HEADER + "\nA,SH,,,1,steps,1,1,,,\n\u00a0B,SH,,,1,steps,1,1,,,\n\u2003C\u2003,SH,,,1,steps,1,1,,,\n"
                + "\u0000\u2003D,SH,,,1,steps,1,1,,,\n\u001fE\u000b,SH,,,1,steps,1,1,,,\n");
    }

    @Test
    void shortLongAndTrailingCommaRows() {
        bothWays(HEADER + "\nA,SH,,,1,steps,1,1\nB,SH,,,1,steps,1,1,,,,,\nC,SH,,,1,steps,1,1,,,,\nD,SH\n,\n");
    }

    @Test
    void filesTheFastReaderHandsOver() {
        assertTrue(bothWays("").handedOver());
        assertTrue(bothWays(HEADER + "\nA,\"SH\",,,1,steps,1,1,,,\n").handedOver());
        bothWays("\n" + HEADER + "\n");
        bothWays("id,region,baseline\nA,SH,1\n");
        bothWays("id,region,baseline,curve,region\nA,SH,1,steps,SH\n");
        bothWays("id,region,baseline,curve,colour,amount,unitCost\nA,SH,1,steps,red,1,1\n");
        bothWays(HEADER + "\nA,SH,\"power, coal\",,1,steps,1,1,,,\n");
        bothWays(HEADER + "\nA,SH,\"power\"x,,1,steps,1,1,,,\n");
        bothWays(HEADER + "\nA,SH,\"power,,1,steps,1,1,,,\n");
        bothWays(HEADER + "\nA,SH,,,1,steps,1,1,,,\nB,SH,," + "x".repeat(ScenarioLimits.MAX_CSV_ROW) + "\n");
        bothWays("\uFEFF" + HEADER + "\nA,SH,,,1,steps,1,1,,,\n");
    }

    /** Random files of valid and broken rows: numbers, ids, curves, white space and line breaks all varied. */
    @Test
    void randomFilesAgree() {
        SplittableRandom random = new SplittableRandom(20261206);
        for (int file = 0; file < 300; file++) {
            StringBuilder csv = new StringBuilder(HEADER).append(lineBreak(random));
            int sources = random.nextInt(1, 12);
            for (int s = 0; s < sources; s++) {
                String id = random.nextInt(8) == 0 ? "S" + random.nextInt(3) : "S" + s;
                String region = pick(random, "SH", "JS", " SH", "ZJ\t", "");
                String sector = pick(random, "", "power", " steel ", "unspecified");
                String baseline = pick(random, "100", "1e2", "-1", "abc", "NaN", "1e400", "", " 50 ");
                if (random.nextInt(4) == 0) {
                    csv.append(String.join(",", id, region, sector, "", baseline, "quadratic", "", "",
                            pick(random, "", "1", "-2", "x"), pick(random, "4", "0", "-1", ""),
                            pick(random, "10", "200", "", "1.5"))).append(lineBreak(random));
                    continue;
                }
                int steps = random.nextInt(1, 4);
                for (int b = 0; b < steps; b++) {
                    String amount = pick(random, "10", "30", "0", "-5", "", "2.5e1", ".5");
                    String cost = pick(random, Integer.toString(10 * b), "5", "-3", "1e3", "inf", "");
                    String curve = random.nextInt(20) == 0 ? pick(random, "options", "step", "") : "steps";
                    List<String> cells = new ArrayList<>(List.of(id, region, sector, "", baseline, curve, amount, cost,
                            "", random.nextInt(15) == 0 ? "4" : "", ""));
                    if (random.nextInt(15) == 0) {
                        cells.remove(cells.size() - 1);
                    }
                    csv.append(String.join(",", cells)).append(lineBreak(random));
                    if (random.nextInt(10) == 0) {
                        csv.append(pick(random, "", "  ", "\t")).append(lineBreak(random));
                    }
                }
            }
            Read read = bothWays(csv.toString());
            assertTrue(read.sources().size() + read.problems().size() > 0);
            assertFalse(read.handedOver());
        }
    }

    private static String lineBreak(SplittableRandom random) {
        return pick(random, "\n", "\n", "\n", "\r\n", "\r");
    }

    private static String pick(SplittableRandom random, String... choices) {
        return choices[random.nextInt(choices.length)];
    }
}
