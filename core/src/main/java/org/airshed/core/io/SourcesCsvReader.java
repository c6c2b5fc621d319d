package org.airshed.core.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import org.airshed.core.model.AbatementCurve;
import org.airshed.core.model.PaddedNames;
import org.airshed.core.model.QuadraticCurve;
import org.airshed.core.model.Source;
import org.airshed.core.model.Step;
import org.airshed.core.model.StepCurve;
import org.airshed.core.model.Violation;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Reads sources from a CSV file (the scenario's {@code sourcesFile}), one record at a time, so
 * a file of millions of rows needs memory for its sources only. One row per step: consecutive
 * rows with the same id form one source and repeat its region, sector, department, baseline
 * and curve; a quadratic source is one row. Problems name {@code line N, column NAME}. Numbers, the
 * curve and the header are read trimmed; ids and names (id, region, sector, department) as written,
 * and one with white space or a control character at either end is refused ({@link PaddedNames}), as
 * in a scenario's JSON.
 */
final class SourcesCsvReader {
    static final List<String> COLUMNS = List.of("id", "region", "sector", "department", "baseline", "curve",
            "amount", "unitCost", "linear", "slope", "max");
    static final List<String> REQUIRED_COLUMNS = List.of("id", "region", "baseline", "curve");
    /** Cells every row of one source repeats. */
    private static final List<String> REPEATED = List.of("region", "sector", "department", "baseline", "curve");
    private static final List<String> STEP_CELLS = List.of("amount", "unitCost");
    private static final List<String> QUADRATIC_CELLS = List.of("linear", "slope", "max");
    /** Cells read as written, not trimmed: ids and names. */
    private static final List<String> NAMES = List.of("id", "region", "sector", "department");
    private static final String STEPS = "steps";
    private static final String QUADRATIC = "quadratic";
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            // Blank lines come through as records so that line numbers stay exact; they are skipped below.
            .setIgnoreEmptyLines(false)
            .setIgnoreSurroundingSpaces(true)
            .setTrim(true)
            // Duplicate and empty column names are reported here, with their position.
            .setAllowMissingColumnNames(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
            .build();

    private final String file;
    private final Problems problems;
    private final CsvSources result;
    private Map<String, Integer> columnIndex;
    /** The file's column of each of {@link #COLUMNS}, −1 when absent. */
    private int[] columnAt;
    private List<String> headerNames;
    private int width;
    private PendingSource pending;
    /** Where the file's quoting breaks, found as the parser reads; null before the reference parser reads. */
    private CsvQuoteScan quotes;

    /** The scenario's region ids, sorted as the Scenario lists them; null when unknown (no check here). */
    private final SortedSet<String> regions;

    private SourcesCsvReader(String file, Problems problems, SortedSet<String> regions) {
        this.file = file;
        this.problems = problems;
        this.result = new CsvSources(file);
        this.regions = regions;
    }

    /**
     * Reads every source of a file, reporting problems under the name {@code file}: a file
     * without quotes the fast way, anything else (or a file the fast way gives up on) again from
     * {@code reopen} with the reference parser, {@link #read(Reader, String, Problems)}. The same
     * sources and the same problems either way. {@code first} is the file opened; both are closed.
     */
    static CsvSources read(Reader first, Opener reopen, String file, Problems problems) {
        return read(first, reopen, file, problems, null);
    }

    /**
     * As {@link #read(Reader, Opener, String, Problems)}, with each source's region checked against
     * {@code regions} (the scenario's ids, or null for no check) as it is read: a file with other
     * problems still names its unknown regions, which the Scenario would only check once every part was read.
     */
    static CsvSources read(Reader first, Opener reopen, String file, Problems problems, SortedSet<String> regions) {
        int mark = problems.mark();
        SourcesCsvReader fast = new SourcesCsvReader(file, problems, regions);
        try (Reader in = skipByteOrderMark(first)) {
            if (fast.readSimple(in)) {
                return fast.result;
            }
        } catch (IOException | UncheckedIOException e) {
            // Unreadable or undecodable: the reference reader names the line.
        }
        problems.truncate(mark);
        Reader again;
        try {
            again = reopen.open();
        } catch (IOException e) {
            problems.add(file, "line 1", null, IoErrors.describe(e));
            return new CsvSources(file);
        }
        return read(again, file, problems, regions);
    }

    /** Opens the file again, from its first byte. */
    @FunctionalInterface
    interface Opener {
        Reader open() throws IOException;
    }

    /**
     * Reads every source in {@code csv} (closed afterwards) with the reference parser
     * (commons-csv), reporting problems under the name {@code file}. The sources returned are
     * complete only when no problem was added.
     */
    static CsvSources read(Reader csv, String file, Problems problems) {
        return read(csv, file, problems, null);
    }

    /**
     * As {@link #read(Reader, String, Problems)}, with regions checked as in
     * {@link #read(Reader, Opener, String, Problems, SortedSet)}.
     */
    static CsvSources read(Reader csv, String file, Problems problems, SortedSet<String> regions) {
        SourcesCsvReader reader = new SourcesCsvReader(file, problems, regions);
        reader.quotes = new CsvQuoteScan(csv);
        try (Reader in = skipByteOrderMark(new CsvRowLimit(reader.quotes, ScenarioLimits.MAX_CSV_ROW));
             CSVParser parser = CSVParser.parse(in, FORMAT)) {
            reader.readAll(parser);
        } catch (CsvRowLimit.RowTooLong e) {
            reader.tooLong(e);
        } catch (IOException e) {
            reader.unreadable(e, 1);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CsvRowLimit.RowTooLong tooLong) {
                reader.tooLong(tooLong);
            } else {
                reader.unreadable(e.getCause(), 1);
            }
        }
        return reader.result;
    }

    /**
     * A read that failed at {@code line} (or where its error says): bytes that are not UTF-8 at
     * their line, column and byte; broken quoting at the cell, with its text; else the reason.
     */
    private void unreadable(IOException e, long line) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof Utf8LineReader.NotUtf8 bad) {
                problems.add(file, at(bad.line, columnName(bad.line > 1, bad.cell)), null, bad.reason());
                return;
            }
        }
        // Commons CSV's quoting errors all speak of an "encapsulated token"; any other failure is not the quotes'.
        boolean quoting = String.valueOf(e.getMessage()).contains("encapsulated token");
        CsvQuoteScan.QuoteError quote = quotes == null || !quoting ? null : quotes.error();
        if (quote != null) {
            problems.add(file, at(quote.line(), columnName(!quote.header(), quote.cell())), quote.text(),
                    quote.reason());
        } else {
            problems.add(file, "line " + line, null, IoErrors.describeCsv(e));
        }
    }

    /** A cell's column: its header name on a row below a header that names it, else its number from 1. */
    private String columnName(boolean belowHeader, int cell) {
        return belowHeader && headerNames != null && cell < headerNames.size() ? headerNames.get(cell)
                : Integer.toString(cell + 1);
    }

    /** A row past the limit, named by its line and the column it was in. */
    private void tooLong(CsvRowLimit.RowTooLong e) {
        String column = e.line > 1 && headerNames != null && e.cell < headerNames.size() ? headerNames.get(e.cell)
                : Integer.toString(e.cell + 1);
        problems.add(file, at(e.line, column), e.start, "the row is longer than " + ScenarioLimits.MAX_CSV_ROW
                + " characters, which no sources row needs: is this a CSV file? (a quote left open also runs on)");
    }

    private void readAll(CSVParser parser) {
        if (!header(parser.getHeaderNames())) {
            return;
        }
        Iterator<CSVRecord> records = parser.iterator();
        long ordinal = 0; // the header's: records are counted as the quote scan counts them, blank ones too
        while (true) {
            // The parser has consumed exactly the lines up to the previous record here.
            long line = parser.getCurrentLineNumber() + 1;
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    break;
                }
                record = records.next();
                ordinal++;
            } catch (UncheckedIOException e) {
                if (e.getCause() instanceof CsvRowLimit.RowTooLong tooLong) {
                    tooLong(tooLong);
                } else {
                    unreadable(e.getCause(), line);
                }
                return;
            }
            if (record.size() == 1 && record.get(0).isEmpty()) {
                continue;
            }
            row(cells(record, ordinal), line);
        }
        finish();
    }

    /** The parser's record, trimmed as its format trims, with each cell as written from the quote scan. */
    private CsvCells cells(CSVRecord record, long ordinal) {
        return new CsvCells() {
            @Override
            public int size() {
                return record.size();
            }

            @Override
            public String get(int i) {
                return record.get(i);
            }

            @Override
            public String asWritten(int i) {
                String written = quotes.asWritten(ordinal, i);
                return written != null ? written : record.get(i);
            }
        };
    }

    /**
     * Reads a file without quotes the fast way ({@link SimpleCsvRows}); false, with whatever was
     * read to be thrown away, when the file needs the reference parser after all.
     */
    private boolean readSimple(Reader in) throws IOException {
        SimpleCsvRows rows = new SimpleCsvRows(in, ScenarioLimits.MAX_CSV_ROW);
        try {
            if (!rows.next()) {
                return false;
            }
            List<String> names = new ArrayList<>(rows.size());
            for (int c = 0; c < rows.size(); c++) {
                names.add(rows.get(c));
            }
            if (!plainHeader(names)) {
                return false;
            }
            header(names);
            while (rows.next()) {
                if (rows.size() == 1 && rows.get(0).isEmpty()) {
                    continue;
                }
                row(rows, rows.line());
            }
        } catch (SimpleCsvRows.NotSimple e) {
            return false;
        }
        finish();
        return true;
    }

    /** A header of known, distinct columns with every required one: anything else is reported by the reference path. */
    static boolean plainHeader(List<String> header) {
        List<String> seen = new ArrayList<>();
        for (String name : header) {
            if (!COLUMNS.contains(name) || seen.contains(name)) {
                return false;
            }
            seen.add(name);
        }
        return seen.containsAll(REQUIRED_COLUMNS);
    }

    /** Checks the header row; false when rows cannot be read against it. */
    private boolean header(List<String> names) {
        if (names.isEmpty()) {
            problems.add(file, "line 1", null, "the file is empty; a header row naming the columns is required: "
                    + String.join(",", COLUMNS));
            return false;
        }
        boolean readable = true;
        headerNames = names;
        columnIndex = new HashMap<>();
        width = names.size();
        for (int c = 0; c < names.size(); c++) {
            String name = names.get(c);
            String location = "line 1, column " + (c + 1);
            if (!COLUMNS.contains(name)) {
                problems.add(file, location, name, "unknown column" + KeySuggestion.didYouMean(name, COLUMNS)
                        + "; allowed columns: " + String.join(", ", COLUMNS));
            } else if (columnIndex.putIfAbsent(name, c) != null) {
                problems.add(file, location, name, "duplicate column (first is column " + (columnIndex.get(name) + 1) + ")");
                readable = false;
            }
        }
        columnAt = new int[COLUMNS.size()];
        for (int c = 0; c < columnAt.length; c++) {
            columnAt[c] = columnIndex.getOrDefault(COLUMNS.get(c), -1);
        }
        for (String required : REQUIRED_COLUMNS) {
            if (!columnIndex.containsKey(required)) {
                problems.add(file, "line 1", null, "missing required column " + required
                        + "; required: " + String.join(", ", REQUIRED_COLUMNS));
                readable = false;
            }
        }
        return readable;
    }

    private void row(CsvCells record, long line) {
        if (record.size() != width) {
            problems.add(file, "line " + line, null, "has " + record.size() + " cells but the header has " + width);
        }
        String id = value(record, "id");
        if (id.isEmpty()) {
            problems.add(file, at(line, "id"), null, "is required");
            return;
        }
        if (pending != null && pending.id.equals(id)) {
            nextRow(record, line);
            return;
        }
        finish();
        Long first = result.firstLineOf(id);
        if (first != null) {
            problems.add(file, at(line, "id"), PaddedNames.shown(id), "duplicate source id, first used on line "
                    + first + "; the rows of one source must be consecutive");
        }
        firstRow(record, id, line);
    }

    private void firstRow(CsvCells record, String id, long line) {
        String[] repeated = new String[REPEATED.size()];
        for (int i = 0; i < repeated.length; i++) {
            repeated[i] = value(record, REPEATED.get(i));
        }
        pending = new PendingSource(id, line, repeated, problems.mark());
        padded(id, "id", line);
        String region = pending.repeated("region");
        if (region.isEmpty()) {
            problems.add(file, at(line, "region"), null, "is required");
            pending.refuse("region");
        } else if (padded(region, "region", line) || unknownRegion(region, line)) {
            pending.refuse("region");
        }
        for (String name : List.of("sector", "department")) {
            if (padded(pending.repeated(name), name, line)) {
                pending.refuse(name);
            }
        }
        pending.baseline = number(record, "baseline", line, true);
        String curve = pending.repeated("curve");
        if (curve.isEmpty()) {
            problems.add(file, at(line, "curve"), null, "is required: steps or quadratic");
        } else if (curve.equals("options")) {
            problems.add(file, at(line, "curve"), curve,
                    "technology options are read from JSON sources only; list such sources under $.sources");
        } else if (!curve.equals(STEPS) && !curve.equals(QUADRATIC)) {
            problems.add(file, at(line, "curve"), curve, "must be steps or quadratic");
        } else {
            curveCells(record, line);
        }
    }

    /** A further row of the pending source: one more step. */
    private void nextRow(CsvCells record, long line) {
        for (int i = 0; i < REPEATED.size(); i++) {
            String column = REPEATED.get(i);
            String value = value(record, column);
            String expected = pending.repeated[i];
            if (value.equals(expected) || NAMES.contains(column) && padded(value, column, line)) {
                continue; // a padded name is that problem (and a first row's, repeated, was reported there)
            }
            if (column.equals("baseline")) {
                // A baseline refused on the first row is that one problem, not one more per row repeating it;
                // a later one that is no number says so, as on a first row.
                if (pending.baseline == null || number(record, column, line, true) == null) {
                    continue;
                }
            }
            if (pending.refused[i] || column.equals("region") && !value.isEmpty() && unknownRegion(value, line)) {
                continue; // likewise for a name refused on the first row, or a region unknown on this one
            }
            problems.add(file, at(line, column), value, "differs from line " + pending.line + " (" + expected
                    + "), which has the same source id; every row of a source repeats " + String.join(", ", REPEATED));
        }
        String curve = pending.repeated("curve");
        if (curve.equals(QUADRATIC)) {
            problems.add(file, at(line, "id"), PaddedNames.shown(pending.id), "a quadratic source has exactly one"
                    + " row; this id is on line " + pending.line + " already");
        } else if (curve.equals(STEPS)) {
            curveCells(record, line);
        }
    }

    /** Whether {@code value} is a name with white space or a control character at an end, reported at its cell. */
    private boolean padded(String value, String column, long line) {
        if (!PaddedNames.isPadded(value)) {
            return false;
        }
        problems.add(file, at(line, column), PaddedNames.shown(value), PaddedNames.reason(value));
        return true;
    }

    /** Whether {@code region} is not the scenario's (reported in the Scenario's words); false with no regions to check. */
    private boolean unknownRegion(String region, long line) {
        if (regions == null || regions.contains(region)) {
            return false;
        }
        problems.add(file, at(line, "region"), region, "unknown region (known: " + regions + ")");
        return true;
    }

    private void curveCells(CsvCells record, long line) {
        boolean steps = pending.repeated("curve").equals(STEPS);
        for (String unused : steps ? QUADRATIC_CELLS : STEP_CELLS) {
            String value = cell(record, unused);
            if (!value.isEmpty()) {
                problems.add(file, at(line, unused), value, "must be empty in a " + (steps ? STEPS : QUADRATIC) + " row");
            }
        }
        int mark = problems.mark();
        if (steps) {
            Double amount = number(record, "amount", line, true);
            Double unitCost = number(record, "unitCost", line, true);
            if (!problems.addedSince(mark)) {
                Step step = problems.build(() -> new Step(amount, unitCost), v -> cellProblem(line, v.field(), v));
                pending.steps.add(step);
                pending.stepLines.add(line);
            }
        } else {
            Double linear = number(record, "linear", line, false);
            Double slope = number(record, "slope", line, true);
            Double max = number(record, "max", line, true);
            if (!problems.addedSince(mark)) {
                pending.quadratic = problems.build(() -> new QuadraticCurve(linear == null ? 0 : linear, slope, max),
                        v -> cellProblem(line, v.field(), v));
            }
        }
    }

    /** Builds the pending source, if all its rows were good. */
    private void finish() {
        PendingSource p = pending;
        pending = null;
        if (p == null) {
            return;
        }
        // The records are made to validate the rows with the model's own checks and messages; the table keeps columns.
        AbatementCurve curve = problems.addedSince(p.mark) ? null : p.quadratic != null ? p.quadratic
                : problems.build(() -> new StepCurve(p.steps), v -> stepProblem(p, v));
        Source source = curve == null ? null : problems.build(() -> new Source(p.id, p.repeated("region"),
                p.repeated("sector"), p.repeated("department"), p.baseline, curve),
                v -> cellProblem(p.line, columnOf(v.field()), v));
        if (source != null) {
            result.add(source, p.line);
        } else {
            result.refused(p.id, p.line);
        }
    }

    /** StepCurve names fields {@code steps[i].unitCost}: placed on step i's row. */
    private Problem stepProblem(PendingSource p, Violation v) {
        String field = v.field();
        if (field.startsWith("steps[")) {
            int close = field.indexOf(']');
            int step = Integer.parseInt(field.substring("steps[".length(), close));
            String column = close + 2 < field.length() ? field.substring(close + 2) : "amount";
            return cellProblem(p.stepLines.get(step), column, v);
        }
        return cellProblem(p.line, columnOf(field), v);
    }

    private Problem cellProblem(long line, String column, Violation v) {
        return new Problem(file, at(line, column), v.value(), v.reason());
    }

    /** The CSV column that holds a Source field ({@code quadratic.max} → {@code max}). */
    static String columnOf(String sourceField) {
        return switch (sourceField) {
            case "steps" -> "amount"; // the steps' total exceeds the baseline
            case "quadratic.max" -> "max";
            default -> sourceField.substring(sourceField.lastIndexOf('.') + 1);
        };
    }

    private Double number(CsvCells record, String column, long line, boolean required) {
        String text = cell(record, column);
        if (text.isEmpty()) {
            if (required) {
                problems.add(file, at(line, column), null, "is required");
            }
            return null;
        }
        double value = NumberText.valueOf(text);
        if (Double.isNaN(value)) {
            boolean nonFinite = text.equalsIgnoreCase("nan") || text.matches("(?i)[+-]?inf(inity)?");
            problems.add(file, at(line, column), text, nonFinite ? "must be a finite number; NaN and Infinity are not allowed"
                    : "must be a number");
            return null;
        }
        if (!Double.isFinite(value)) {
            problems.add(file, at(line, column), text, "must be a finite number; this one is too large for a double");
            return null;
        }
        if (!ScenarioLimits.withinMagnitude(value)) {
            problems.add(file, at(line, column), text, ScenarioLimits.beyondMagnitude());
            return null;
        }
        return value;
    }

    /**
     * A cell as it is read: an id or name as written — "" when blank (an empty id or region is required, an
     * empty sector or department unspecified: blank as a JSON string is, {@link String#isBlank} and
     * {@link PaddedNames#isBlank}) — a number or the curve trimmed.
     */
    private String value(CsvCells record, String column) {
        if (!NAMES.contains(column)) {
            return cell(record, column);
        }
        boolean required = column.equals("id") || column.equals("region");
        int index = columnAt[COLUMNS.indexOf(column)];
        String written = index < 0 || index >= record.size() ? "" : record.asWritten(index);
        return (required ? written.isBlank() : PaddedNames.isBlank(written)) ? "" : written;
    }

    /** The trimmed cell, or "" when the column is absent or the row is short. */
    private String cell(CsvCells record, String column) {
        // A list lookup of a constant: cheaper than hashing the name for each of millions of cells.
        int index = columnAt[COLUMNS.indexOf(column)];
        return index < 0 || index >= record.size() ? "" : record.get(index);
    }

    static String at(long line, String column) {
        return "line " + line + ", column " + column;
    }

    /** Spreadsheet programs start UTF-8 CSV with a byte-order mark; it is not part of the first column's name. */
    private static Reader skipByteOrderMark(Reader csv) throws IOException {
        BufferedReader buffered = csv instanceof BufferedReader b ? b : new BufferedReader(csv);
        buffered.mark(1);
        if (buffered.read() != BYTE_ORDER_MARK) {
            buffered.reset();
        }
        return buffered;
    }

    /** The source whose rows are being read. */
    private static final class PendingSource {
        final String id;
        final long line;
        final String[] repeated;
        final int mark;
        final List<Step> steps = new ArrayList<>();
        final List<Long> stepLines = new ArrayList<>();
        Double baseline;
        /** The first row's names refused (a region empty or unknown, a name padded): not compared on later rows. */
        final boolean[] refused = new boolean[REPEATED.size()];
        QuadraticCurve quadratic;

        PendingSource(String id, long line, String[] repeated, int mark) {
            this.id = id;
            this.line = line;
            this.repeated = repeated;
            this.mark = mark;
        }

        String repeated(String column) {
            return repeated[REPEATED.indexOf(column)];
        }

        void refuse(String column) {
            refused[REPEATED.indexOf(column)] = true;
        }
    }
}
