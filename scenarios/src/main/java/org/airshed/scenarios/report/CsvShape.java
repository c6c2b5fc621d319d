package org.airshed.scenarios.report;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The shape every CSV Airshed writes has, checked as a report reads one back: a header that names
 * each column once, among them the columns the reader needs; on every row exactly the header's
 * number of cells; a line end after the last row. A file cut short or a row with a cell too many
 * or too few is refused naming its line, instead of being read as blanks. Lines are counted as
 * rows (the header is line 1), which they are in the files Airshed writes.
 */
final class CsvShape {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .build();
    /** Longest text of a row or header shown as the value in a message. */
    private static final int EXCERPT = 60;
    private static final Pattern PARSER_LINE = Pattern.compile("\\((?:start)?line (\\d+)\\)");

    private final String file;
    private final Tail tail;
    private final CSVParser parser;
    private final int columns;
    private CSVRecord last;

    private CsvShape(String file, Tail tail, CSVParser parser) {
        this.file = file;
        this.tail = tail;
        this.parser = parser;
        this.columns = parser.getHeaderNames().size();
    }

    /** How a reader takes the rows of a CSV whose shape is checked. */
    interface Rows<T> {
        T read(CsvShape shape) throws IOException;
    }

    /**
     * Reads {@code reader} as the CSV {@code file} (its name in messages): checks its header (not
     * empty, each column once, every one of {@code needed} present), hands it to {@code rows}, which
     * takes its rows through {@link #rows()}, then checks that the file ended with a line end. An
     * IOException that is not the CSV's syntax (a byte that is not UTF-8) is passed on for the
     * caller to place.
     */
    static <T> T read(String file, Reader reader, List<String> needed, Rows<T> rows) throws IOException {
        try {
            Tail tail = new Tail(reader);
            CsvShape shape = new CsvShape(file, tail, CSVParser.parse(tail, FORMAT));
            shape.header(needed);
            T result = rows.read(shape);
            shape.end();
            return result;
        } catch (UncheckedIOException e) {
            throw syntax(file, e.getCause());
        } catch (IOException e) {
            throw syntax(file, e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            if (e.getCause() instanceof IOException io) {
                throw syntax(file, io);
            }
            // commons-csv's own refusals; after the checks above, only a header column without a name
            throw new ReportInputException(file, "line 1", null, String.valueOf(e.getMessage())
                    .contains("header name is missing") ? "a column of the header has no name"
                    : "not a CSV file as Airshed writes it");
        }
    }

    private void header(List<String> needed) {
        List<String> header = parser.getHeaderNames();
        if (header.isEmpty() && tail.last < 0) {
            throw new ReportInputException(file, "line 1", null, "the file is empty; Airshed writes a header row"
                    + " naming the columns");
        }
        String text = excerpt(String.join(",", header));
        Set<String> seen = new HashSet<>();
        for (String column : header) {
            if (!seen.add(column)) {
                throw new ReportInputException(file, "line 1", text, "the header names the column " + column
                        + " twice");
            }
        }
        for (String column : needed) {
            if (!seen.contains(column)) {
                throw new ReportInputException(file, "line 1", text, "the header lacks the column " + column);
            }
        }
    }

    List<String> header() {
        return parser.getHeaderNames();
    }

    /** The rows, each checked to have the header's number of cells as it is read. */
    Iterable<CSVRecord> rows() {
        return () -> new Iterator<>() {
            private final Iterator<CSVRecord> records = parser.iterator();

            @Override
            public boolean hasNext() {
                return records.hasNext();
            }

            @Override
            public CSVRecord next() {
                return row(records.next());
            }
        };
    }

    /** Checks a row: the header's number of cells. */
    private CSVRecord row(CSVRecord record) {
        if (record.size() != columns) {
            throw new ReportInputException(file, "line " + line(record), excerpt(String.join(",", record.values())),
                    "has " + record.size() + (record.size() == 1 ? " cell" : " cells") + " under a header of "
                            + columns);
        }
        last = record;
        return record;
    }

    /** Checks, once every row is read, that the file ends with a line end, as Airshed ends every row. */
    private void end() {
        if (tail.last != '\n') {
            String where = last == null ? "line 1" : "line " + line(last);
            String value = excerpt(String.join(",", last == null ? parser.getHeaderNames() : List.of(last.values())));
            throw new ReportInputException(file, where, value, "the file ends inside this row (it has no line end):"
                    + " cut short?");
        }
    }

    static long line(CSVRecord record) {
        return record.getRecordNumber() + 1;
    }

    /**
     * A file commons-csv cannot split into cells (an unclosed quote, text after a closing quote) is
     * refused in words, at its line as the parser counted it; any other failure to read is returned
     * to be thrown on.
     */
    private static IOException syntax(String file, IOException e) {
        String message = String.valueOf(e.getMessage());
        Matcher line = PARSER_LINE.matcher(message);
        if (e.getClass() != IOException.class || !line.lookingAt()) {
            return e;
        }
        throw new ReportInputException(file, "line " + line.group(1), null,
                message.contains("EOF reached before encapsulated token finished")
                        ? "a quoted cell is not closed: the file ends inside quotes"
                        : message.contains("invalid char between encapsulated token and delimiter")
                        ? "text after a closing quote (a quote inside a quoted cell is written as two quotes)"
                        : "not a CSV file as Airshed writes it");
    }

    private static String excerpt(String text) {
        return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT) + "…";
    }

    /** The reader, remembering the last character it delivered. */
    private static final class Tail extends FilterReader {
        int last = -1;

        Tail(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) {
                last = c;
            }
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                last = buffer[offset + n - 1];
            }
            return n;
        }
    }
}
