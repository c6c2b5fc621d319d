package org.airshed.scenarios.run;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.airshed.scenarios.pipeline.ResultFile;

/**
 * A CSV file in the making: a header row, then rows; RFC 4180 quoting (a cell with a comma,
 * quote, line break or surrounding space is quoted, quotes doubled); LF line ends on every
 * platform so that files are byte-identical everywhere.
 */
public final class CsvTable {
    private final int columns;
    /** A StringBuilder for {@link #text()}; a Writer for a table streamed into its file. */
    private final Appendable text;

    public CsvTable(List<String> header) {
        this(header, new StringBuilder());
    }

    private CsvTable(List<String> header, Appendable text) {
        this.columns = header.size();
        this.text = text;
        appendRow(header);
    }

    /**
     * A table written row by row into its result file (UTF-8), never held whole: the same bytes as
     * {@link #text()} for the same rows, for tables of a million rows.
     */
    public static ResultFile.Content streamed(List<String> header, Rows rows) {
        return out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            try {
                rows.write(new CsvTable(header, writer));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            writer.flush();
        };
    }

    /** Starts a row; finish it with {@link Row#end()}. */
    public Row row() {
        return new Row();
    }

    public String text() {
        if (!(text instanceof StringBuilder)) {
            throw new IllegalStateException("a streamed table has no text: it is in its file");
        }
        return text.toString();
    }

    private void appendRow(List<String> cells) {
        if (cells.size() != columns) {
            throw new IllegalStateException("row of " + cells.size() + " cells under a header of " + columns);
        }
        try {
            text.append(line(cells));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One row as this class writes it, line end included: for tables written as a stream, row by row. */
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

    private static String quoted(String cell) {
        if (cell == null) {
            return "";
        }
        boolean quote = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                || cell.indexOf('\r') >= 0 || !cell.equals(cell.strip());
        return quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }

    public final class Row {
        private final List<String> cells = new ArrayList<>();

        public Row text(String value) {
            cells.add(value);
            return this;
        }

        public Row number(double value) {
            cells.add(ResultNumbers.text(value));
            return this;
        }

        public Row number(long value) {
            cells.add(Long.toString(value));
            return this;
        }

        public void end() {
            appendRow(cells);
        }
    }

    /** Writes a streamed table's rows. */
    @FunctionalInterface
    public interface Rows {
        void write(CsvTable table);
    }
}
