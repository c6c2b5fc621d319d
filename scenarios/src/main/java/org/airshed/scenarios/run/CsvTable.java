package org.airshed.scenarios.run;

import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file in the making: a header row, then rows; RFC 4180 quoting (a cell with a comma,
 * quote, line break or surrounding space is quoted, quotes doubled); LF line ends on every
 * platform so that files are byte-identical everywhere.
 */
public final class CsvTable {
    private final int columns;
    private final StringBuilder text = new StringBuilder();

    public CsvTable(List<String> header) {
        this.columns = header.size();
        appendRow(header);
    }

    /** Starts a row; finish it with {@link Row#end()}. */
    public Row row() {
        return new Row();
    }

    public String text() {
        return text.toString();
    }

    private void appendRow(List<String> cells) {
        if (cells.size() != columns) {
            throw new IllegalStateException("row of " + cells.size() + " cells under a header of " + columns);
        }
        text.append(line(cells));
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
}
