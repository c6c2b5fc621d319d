package org.airshed.scenarios.run;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.airshed.scenarios.pipeline.ResultFile;

/**
 * A CSV file in the making: a header row, then rows; RFC 4180 quoting (a cell with a comma,
 * quote, line break or surrounding space is quoted, quotes doubled); LF line ends on every
 * platform so that files are byte-identical everywhere. Cells go straight into a UTF-8 byte
 * buffer ({@link CsvBytes}); {@link #line(List)} is the plain reference they are tested against.
 */
public final class CsvTable {
    /** A streamed table hands its buffer to the file once it holds this much. */
    private static final int FLUSH_AT = 1 << 16;

    private final int columns;
    private final CsvBytes bytes;
    /** Null for a table held whole ({@link #text()}); the staged file for a streamed one. */
    private final OutputStream out;
    /** Where the open row started; bytes after it belong to a row not yet ended. */
    private int rowStart;
    /** Counts rows started, so that a Row used after the next one started is refused. */
    private long rowNumber;

    public CsvTable(List<String> header) {
        this(header, new CsvBytes(256), null);
    }

    private CsvTable(List<String> header, CsvBytes bytes, OutputStream out) {
        this.columns = header.size();
        this.bytes = bytes;
        this.out = out;
        this.rowStart = bytes.length();
        Row row = row();
        header.forEach(row::text);
        row.end();
    }

    /** Rows of {@code columns} cells, no header, appended to {@code bytes}: one chunk of a table written in pieces. */
    static CsvTable rowsInto(int columns, CsvBytes bytes) {
        return new CsvTable(columns, bytes);
    }

    private CsvTable(int columns, CsvBytes bytes) {
        this.columns = columns;
        this.bytes = bytes;
        this.out = null;
        this.rowStart = bytes.length();
    }

    /**
     * A table written row by row into its result file (UTF-8), never held whole: the same bytes as
     * {@link #text()} for the same rows, for tables of a million rows.
     */
    public static ResultFile.Content streamed(List<String> header, Rows rows) {
        return out -> {
            CsvTable table = new CsvTable(header, new CsvBytes(FLUSH_AT + 1024), out);
            try {
                rows.write(table);
                table.flush();
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        };
    }

    /** Starts a row, dropping one started and not ended; finish it with {@link Row#end()}. */
    public Row row() {
        bytes.truncate(rowStart);
        rowNumber++;
        return new Row(rowNumber);
    }

    public String text() {
        if (out != null) {
            throw new IllegalStateException("a streamed table has no text: it is in its file");
        }
        return bytes.text(rowStart);
    }

    private void flush() {
        bytes.truncate(rowStart);
        try {
            bytes.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        bytes.truncate(0);
        rowStart = 0;
    }

    /** One row as this class writes it, line end included: the reference the byte buffer is tested against. */
    public static String line(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) {
                line.append(',');
            }
            line.append(quoted(cells.get(c)));
        }
        return line.append('\n').toString();
    }

    static String quoted(String cell) {
        if (cell == null) {
            return "";
        }
        boolean quote = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                || cell.indexOf('\r') >= 0 || !cell.equals(cell.strip());
        return quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }

    public final class Row {
        private final long number;
        private int cells;

        private Row(long number) {
            this.number = number;
        }

        public Row text(String value) {
            next().text(value);
            return this;
        }

        /** An empty cell, as {@code text(null)}: a separate path, so a column of nulls after many texts does not deoptimise {@code text}. */
        public Row empty() {
            next();
            return this;
        }

        public Row number(double value) {
            next().number(value);
            return this;
        }

        public Row number(long value) {
            next().number(value);
            return this;
        }

        public void end() {
            current();
            if (cells != columns) {
                bytes.truncate(rowStart);
                throw new IllegalStateException("row of " + cells + " cells under a header of " + columns);
            }
            bytes.append((byte) '\n');
            rowStart = bytes.length();
            rowNumber++;
            if (out != null && rowStart >= FLUSH_AT) {
                flush();
            }
        }

        private CsvBytes next() {
            current();
            if (cells++ > 0) {
                bytes.append((byte) ',');
            }
            return bytes;
        }

        private void current() {
            if (number != rowNumber) {
                throw new IllegalStateException("a row used after it ended or after the next one started");
            }
        }
    }

    /** Writes a streamed table's rows. */
    @FunctionalInterface
    public interface Rows {
        void write(CsvTable table);
    }
}
