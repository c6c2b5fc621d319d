package org.airshed.scenarios.library;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the source-data copies bundled under {@code /data/} on the class path. Generators read
 * these copies, never {@code ../shared}, so a build reproduces the same scenario anywhere.
 */
final class ClasspathCsv {
    private ClasspathCsv() {
    }

    /** Rows of a CSV file with a header row; lines starting with {@code #} are comments. */
    static List<CSVRecord> withHeader(String resource) {
        return parse(resource, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setCommentMarker('#').setIgnoreSurroundingSpaces(true).build());
    }

    /** Every row, header rows included (for files holding several tables). */
    static List<CSVRecord> rows(String resource) {
        return parse(resource, CSVFormat.DEFAULT.builder().setCommentMarker('#')
                .setIgnoreSurroundingSpaces(true).build());
    }

    /** A number from a row, with the file, row and column in the message when it is not one. */
    static double number(CSVRecord row, String column, String resource) {
        String text = row.get(column).trim();
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalStateException(resource + " line " + row.getRecordNumber() + ", column " + column
                    + ": not a number: '" + text + "'", e);
        }
    }

    private static List<CSVRecord> parse(String resource, CSVFormat format) {
        InputStream in = ClasspathCsv.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("bundled data file missing from the class path: " + resource);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
             CSVParser parser = format.parse(reader)) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled data file " + resource, e);
        }
    }
}
