package org.airshed.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The byte-buffer table against the plain reference, {@link CsvTable#line(List)} over
 * {@link ResultNumbers#text}: random rows of awkward cells (commas, quotes, line breaks, spaces
 * of every kind at either end, non-ASCII, lone surrogates, empty, null) and numbers, held whole
 * and streamed.
 */
class CsvBytesTest {
    private static final String[] PIECES = {"a", "Z", "0", ",", "\"", "\n", "\r", " ", "\t", "\u000b", "\u001f",
        "\u00a0", "\u2003", "\u3000", "\u1680", "é", "南京", "😀", "\ud800", "\udc00", "x,y", "''", ";", "\\"};

    @Test
    void sameBytesAsTheReferenceOnRandomRows() throws IOException {
        SplittableRandom random = new SplittableRandom(20261206L);
        for (int table = 0; table < 300; table++) {
            int columns = random.nextInt(1, 7);
            List<String> header = cells(random, columns);
            StringBuilder reference = new StringBuilder(CsvTable.line(header));
            List<List<Object>> rows = new ArrayList<>();
            for (int r = random.nextInt(60); r > 0; r--) {
                List<Object> row = new ArrayList<>();
                List<String> texts = new ArrayList<>();
                for (int c = 0; c < columns; c++) {
                    Object cell = switch (random.nextInt(4)) {
                        case 0 -> random.nextLong(-1_000_000, 1_000_000);
                        case 1 -> random.nextInt(1000) / Math.pow(10, random.nextInt(5)) * (random.nextBoolean() ? 1 : -1);
                        case 2 -> random.nextBoolean() ? Double.longBitsToDouble(random.nextLong()) : random.nextDouble();
                        default -> cell(random);
                    };
                    row.add(cell);
                    texts.add(cell instanceof Long l ? Long.toString(l)
                            : cell instanceof Double d ? ResultNumbers.text(d) : (String) cell);
                }
                rows.add(row);
                reference.append(CsvTable.line(texts));
            }
            CsvTable whole = new CsvTable(header);
            rows.forEach(row -> write(whole.row(), row));
            assertEquals(reference.toString().getBytes(StandardCharsets.UTF_8).length,
                    whole.text().getBytes(StandardCharsets.UTF_8).length);
            assertArrayEquals(reference.toString().getBytes(StandardCharsets.UTF_8),
                    whole.text().getBytes(StandardCharsets.UTF_8));
            ByteArrayOutputStream streamed = new ByteArrayOutputStream();
            CsvTable.streamed(header, t -> rows.forEach(row -> write(t.row(), row))).writeTo(streamed);
            assertArrayEquals(reference.toString().getBytes(StandardCharsets.UTF_8), streamed.toByteArray());
        }
    }

    @Test
    void aRowNotEndedIsDroppedAndAnEndedRowIsClosed() {
        CsvTable table = new CsvTable(List.of("a", "b"));
        table.row().text("lost");
        CsvTable.Row row = table.row().text("x").number(1.5);
        row.end();
        assertThrows(IllegalStateException.class, () -> row.text("late"));
        assertThrows(IllegalStateException.class, () -> table.row().text("one").end());
        assertEquals("a,b\nx,1.5\n", table.text());
    }

    private static void write(CsvTable.Row row, List<Object> cells) {
        for (Object cell : cells) {
            if (cell instanceof Long l) {
                row.number(l);
            } else if (cell instanceof Double d) {
                row.number(d);
            } else {
                row.text((String) cell);
            }
        }
        row.end();
    }

    private static List<String> cells(SplittableRandom random, int count) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            cells.add(cell(random));
        }
        return cells;
    }

    private static String cell(SplittableRandom random) {
        if (random.nextInt(10) == 0) {
            return random.nextBoolean() ? null : "";
        }
        StringBuilder cell = new StringBuilder();
        for (int p = random.nextInt(1, 6); p > 0; p--) {
            cell.append(random.nextInt(3) == 0 ? PIECES[random.nextInt(PIECES.length)] : "w" + random.nextInt(100));
        }
        return cell.toString();
    }
}
