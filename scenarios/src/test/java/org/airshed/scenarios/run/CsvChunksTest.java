package org.airshed.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** A table formatted in chunks is the same bytes on 1, 2 or 3 threads as written row by row. */
class CsvChunksTest {
    private static final List<String> HEADER = List.of("id", "value", "text");

    @Test
    void sameBytesWhateverTheThreadCount() throws IOException {
        for (int rows : new int[] {0, 1, CsvChunks.CHUNK_ROWS - 1, CsvChunks.CHUNK_ROWS, CsvChunks.CHUNK_ROWS + 1,
                5 * CsvChunks.CHUNK_ROWS + 17}) {
            double[] values = values(rows);
            CsvChunks.RowRange range = (table, from, to) -> {
                for (int i = from; i < to; i++) {
                    table.row().number((long) i).number(values[i]).text(i % 7 == 0 ? "a, b" : "r" + i).end();
                }
            };
            ByteArrayOutputStream reference = new ByteArrayOutputStream();
            CsvTable.streamed(HEADER, table -> range.write(table, 0, rows)).writeTo(reference);
            for (int threads = 1; threads <= 3; threads++) {
                ByteArrayOutputStream chunked = new ByteArrayOutputStream();
                CsvChunks.streamed(HEADER, rows, range, threads).writeTo(chunked);
                assertArrayEquals(reference.toByteArray(), chunked.toByteArray(), rows + " rows on " + threads + " threads");
            }
        }
    }

    @Test
    void aFailingChunkFailsTheFile() {
        int rows = 4 * CsvChunks.CHUNK_ROWS;
        CsvChunks.RowRange failing = (table, from, to) -> {
            if (from >= 2 * CsvChunks.CHUNK_ROWS) {
                throw new IllegalArgumentException("row " + from);
            }
            for (int i = from; i < to; i++) {
                table.row().number((long) i).number(0.5).text("x").end();
            }
        };
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CsvChunks.streamed(HEADER, rows, failing, 2).writeTo(new ByteArrayOutputStream()));
        assertEquals("row " + 2 * CsvChunks.CHUNK_ROWS, e.getMessage());
        CsvChunks.RowRange io = (table, from, to) -> {
            throw new UncheckedIOException(new IOException("disk"));
        };
        assertThrows(IOException.class, () -> CsvChunks.streamed(HEADER, rows, io, 2).writeTo(new ByteArrayOutputStream()));
    }

    private static double[] values(int rows) {
        SplittableRandom random = new SplittableRandom(rows);
        double[] values = new double[rows];
        for (int i = 0; i < rows; i++) {
            values[i] = random.nextInt(4) == 0 ? Double.NaN : random.nextInt(1_000_000) / 1000.0 * random.nextDouble();
        }
        return values;
    }
}
