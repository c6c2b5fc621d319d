package org.airshed.scenarios.report;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVRecord;

/**
 * A result CSV read back: its header and rows, every row with the header's number of cells
 * ({@link CsvShape}). A column the reader needs and the file lacks is an error; another column the
 * file lacks reads as absent (no such chart), an empty cell as undefined; a cell that should be a
 * number and is not is an error naming the file, line, column and value.
 */
final class CsvRows {
    private final String file;
    private final List<String> header;
    private final List<Row> rows;

    private CsvRows(String file, List<String> header, List<Row> rows) {
        this.file = file;
        this.header = List.copyOf(header);
        this.rows = List.copyOf(rows);
    }

    /**
     * Reads {@code reader} whole, its shape checked ({@link CsvShape}); {@code file} names it in
     * messages. An IOException is a failure to read, not the CSV's syntax: the caller places it.
     */
    static CsvRows read(String file, Reader reader, List<String> needed) throws IOException {
        return CsvShape.read(file, reader, needed, shape -> {
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : shape.rows()) {
                rows.add(new Row(file, CsvShape.line(record), record.toMap()));
            }
            return new CsvRows(file, shape.header(), rows);
        });
    }

    String file() {
        return file;
    }

    boolean has(String column) {
        return header.contains(column);
    }

    List<Row> rows() {
        return rows;
    }

    List<Row> rows(Predicate<Row> which) {
        return rows.stream().filter(which).toList();
    }

    /** One row: its line in the file (the header is line 1) and its cells by column. */
    record Row(String file, long line, Map<String, String> cells) {
        Row {
            cells = Map.copyOf(cells);
        }

        /** The cell's text; null when the column is absent or the cell empty. */
        String text(String column) {
            String cell = cells.get(column);
            return cell == null || cell.isEmpty() ? null : cell;
        }

        /** The cell's number; NaN when the column is absent or the cell empty. */
        double number(String column) {
            String cell = text(column);
            if (cell == null) {
                return Double.NaN;
            }
            try {
                double value = Double.parseDouble(cell);
                if (Double.isFinite(value)) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below, with where it is
            }
            throw new ReportInputException(file, "line " + line + ", column " + column, cell, "not a number");
        }

        /** A yes/no cell: true, false, or null when absent or empty. */
        Boolean flag(String column) {
            String cell = text(column);
            if (cell == null) {
                return null;
            }
            if (cell.equals("true") || cell.equals("false")) {
                return Boolean.valueOf(cell);
            }
            throw new ReportInputException(file, "line " + line + ", column " + column, cell, "not true or false");
        }
    }
}
