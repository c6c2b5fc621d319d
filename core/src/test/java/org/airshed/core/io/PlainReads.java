package org.airshed.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import org.airshed.core.model.SourceTable;

/** The byte-level reader against the reference (commons-csv) on one file: the same table, column by column, the same lines and problems. */
final class PlainReads {
    private PlainReads() {
    }

    /**
     * Reads {@code bytes} as the scenario reader does — {@link PlainSourcesCsv}, handing over to
     * {@link SourcesCsvReader} — with {@code threads} threads and pieces of {@code pieceBytes},
     * asserts it agrees with the reference parser, and says whether the byte path read it.
     */
    static boolean agree(byte[] bytes, int threads, int pieceBytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        Problems reference = new Problems();
        // Decoded strictly, as the scenario reader decodes (Utf8LineReader): bytes that are not UTF-8 are a problem.
        CsvSources expected = SourcesCsvReader.read(utf8(bytes), "s.csv", reference);
        Path file;
        try {
            file = Files.createTempFile("plain-reads", ".csv");
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            PlainSourcesCsv.Read plain = PlainSourcesCsv.read(file, "s.csv", threads, pieceBytes);
            Problems problems = new Problems();
            CsvSources actual = plain != null ? plain.sources()
                    : SourcesCsvReader.read(utf8(bytes), () -> utf8(bytes), "s.csv", problems);
            if (plain != null) {
                assertEquals(sha256(bytes), plain.sha256());
            }
            assertEquals(reference.list(), problems.list(), () -> "problems differ for:\n" + text);
            assertSameTable(expected, actual, text);
            return plain != null;
        } finally {
            try {
                Files.delete(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The same sources, column by column and bit for bit, and the same first line for each. */
    static void assertSameTable(CsvSources expectedSources, CsvSources actualSources, String text) {
        SourceTable expected = expectedSources.sources();
        SourceTable actual = actualSources.sources();
        assertEquals(expected.size(), actual.size(), () -> "sizes differ for:\n" + text);
        for (int i = 0; i < expected.size(); i++) {
            int s = i;
            assertEquals(expected.id(i), actual.id(i), () -> "id " + s + " for:\n" + text);
            assertEquals(expected.region(i), actual.region(i));
            assertEquals(expected.sector(i), actual.sector(i));
            assertEquals(expected.department(i), actual.department(i));
            assertEquals(expected.isQuadratic(i), actual.isQuadratic(i));
            assertEquals(expectedSources.startLine(i), actualSources.startLine(i),
                    () -> "line of source " + s + " for:\n" + text);
        }
        assertEquals(expected.regionIds(), actual.regionIds());
        assertArrayEquals(expected.regionCodes(), actual.regionCodes());
        assertArrayEquals(expected.baselines(), actual.baselines());
        assertArrayEquals(expected.blockStarts(), actual.blockStarts());
        assertArrayEquals(expected.blockAmounts(), actual.blockAmounts());
        assertArrayEquals(expected.blockCosts(), actual.blockCosts());
        assertArrayEquals(expected.quadLinears(), actual.quadLinears());
        assertArrayEquals(expected.quadSlopes(), actual.quadSlopes());
        assertArrayEquals(expected.quadMaxima(), actual.quadMaxima());
        assertEquals(List.copyOf(expected), List.copyOf(actual));
    }

    static String sha256(byte[] bytes) {
        MessageDigest digest = ContentHash.sha256();
        digest.update(bytes);
        return ContentHash.hex(digest);
    }

    private static Reader utf8(byte[] bytes) {
        return new BufferedReader(new Utf8LineReader(new ByteArrayInputStream(bytes)));
    }
}
