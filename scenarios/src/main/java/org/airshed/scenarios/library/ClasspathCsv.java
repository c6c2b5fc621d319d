package org.airshed.scenarios.library;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the source-data copies bundled under {@code /data/} on the class path. Generators read
 * these copies, never {@code ../shared}, so a build reproduces the same scenario anywhere.
 */
public final class ClasspathCsv {
    private ClasspathCsv() {
    }

    /** Rows of a UTF-8 CSV file with a header row; lines starting with {@code #} are comments. */
    public static List<CSVRecord> withHeader(String resource) {
        return withHeader(resource, StandardCharsets.UTF_8);
    }

    /** Rows of a CSV file in {@code charset} (the EPA CoST tables are single-byte: ISO-8859-1 reads every byte). */
    public static List<CSVRecord> withHeader(String resource, Charset charset) {
        return parse(resource, charset, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setCommentMarker('#').setIgnoreSurroundingSpaces(true).build());
    }

    /** Every row, header rows included (for files holding several tables). */
    public static List<CSVRecord> rows(String resource) {
        return parse(resource, StandardCharsets.UTF_8, CSVFormat.DEFAULT.builder().setCommentMarker('#')
                .setIgnoreSurroundingSpaces(true).build());
    }

    /** A number, with the file, line and column in the message when it is not one. */
    public static double number(CSVRecord row, String column, String resource) {
        String text = row.get(column).trim();
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalStateException(resource + " line " + row.getRecordNumber() + ", column " + column
                    + ": not a number: '" + text + "'", e);
        }
    }

    /** A number, or {@code missing} when the cell is empty or {@code NA}. */
    public static double numberOr(CSVRecord row, String column, String resource, double missing) {
        String text = row.get(column).trim();
        return text.isEmpty() || "NA".equals(text) ? missing : number(row, column, resource);
    }

    /** Percent written as "90", "90.00%" or "99.84" → fraction. */
    public static double percent(CSVRecord row, String column, String resource) {
        String text = row.get(column).trim();
        if (text.endsWith("%")) {
            text = text.substring(0, text.length() - 1);
        }
        try {
            return Double.parseDouble(text) / 100;
        } catch (NumberFormatException e) {
            throw new IllegalStateException(resource + " line " + row.getRecordNumber() + ", column " + column
                    + ": not a percentage: '" + row.get(column) + "'", e);
        }
    }

    private static List<CSVRecord> parse(String resource, Charset charset, CSVFormat format) {
        InputStream in = ClasspathCsv.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("bundled data file missing from the class path: " + resource);
        }
        try (Reader reader = new InputStreamReader(in, charset); CSVParser parser = format.parse(reader)) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled data file " + resource, e);
        }
    }
}
