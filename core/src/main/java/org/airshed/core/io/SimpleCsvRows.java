package org.airshed.core.io;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * Splits a CSV file without quotes into rows of cells, the fast way to read a national
 * inventory: no per-character token machinery, one String per cell. It gives exactly the
 * cells and line numbers the reference parser (commons-csv with {@link SourcesCsvReader}'s
 * format) gives such a file — surrounding white space trimmed the same way (each cell as written
 * too, as {@link CsvQuoteScan} follows it for the reference), a line break being
 * LF, CRLF or CR, a blank line one empty cell — and gives up ({@link NotSimple}) on anything
 * else: a quote anywhere, or a row longer than the row limit. The caller then reads the file
 * again with the reference parser, which reports those cases.
 */
final class SimpleCsvRows implements CsvCells {
    private static final int BUFFER = 1 << 16;

    private final Reader in;
    private final int limit;
    private final char[] buffer = new char[BUFFER];
    private int position;
    private int end;
    private boolean skipLineFeed;
    private boolean endOfFile;
    private char[] row = new char[256];
    private int rowLength;
    private String[] cells = new String[16];
    /** Where each cell's text as written starts and ends in {@link #row}. */
    private int[] cellFrom = new int[16];
    private int[] cellTo = new int[16];
    private int cellCount;
    /** Line breaks read so far: the next row starts on line {@code lines + 1}. */
    private long lines;
    private long rowLine;

    SimpleCsvRows(Reader in, int limit) {
        this.in = in;
        this.limit = limit;
    }

    /** Reads the next row; false at the end of the file. */
    boolean next() throws IOException, NotSimple {
        rowLength = 0;
        rowLine = lines + 1;
        boolean any = false;
        while (true) {
            if (position == end && !fill()) {
                if (!any) {
                    return false;
                }
                break;
            }
            char c = buffer[position++];
            if (skipLineFeed) {
                skipLineFeed = false;
                if (c == '\n') {
                    continue;
                }
            }
            any = true;
            if (c == '\n' || c == '\r') {
                lines++;
                skipLineFeed = c == '\r';
                break;
            }
            if (c == '"') {
                throw new NotSimple();
            }
            if (rowLength == row.length) {
                if (rowLength >= limit) {
                    throw new NotSimple();
                }
                row = Arrays.copyOf(row, Math.min(limit, rowLength * 2));
            }
            row[rowLength++] = c;
        }
        split();
        return true;
    }

    /** The line the current row is on. */
    long line() {
        return rowLine;
    }

    @Override
    public int size() {
        return cellCount;
    }

    /** Cell i of the current row, trimmed. */
    @Override
    public String get(int i) {
        return cells[i];
    }

    @Override
    public String asWritten(int i) {
        int length = cellTo[i] - cellFrom[i];
        return cells[i].length() == length ? cells[i] : new String(row, cellFrom[i], length);
    }

    private boolean fill() throws IOException {
        if (endOfFile) {
            return false;
        }
        int n = in.read(buffer, 0, buffer.length);
        if (n <= 0) {
            endOfFile = true;
            return false;
        }
        position = 0;
        end = n;
        return true;
    }

    private void split() {
        cellCount = 0;
        int start = 0;
        for (int i = 0; i <= rowLength; i++) {
            if (i == rowLength || row[i] == ',') {
                if (cellCount == cells.length) {
                    cells = Arrays.copyOf(cells, cellCount * 2);
                    cellFrom = Arrays.copyOf(cellFrom, cellCount * 2);
                    cellTo = Arrays.copyOf(cellTo, cellCount * 2);
                }
                cellFrom[cellCount] = start;
                cellTo[cellCount] = i;
                cells[cellCount++] = trimmed(start, i);
                start = i + 1;
            }
        }
    }

    /**
     * As the reference trims an unquoted cell: white space ({@link Character#isWhitespace}) off
     * both ends as it tokenises, then {@link String#trim()} on the value.
     */
    private String trimmed(int from, int to) {
        int s = from;
        int e = to;
        while (s < e && Character.isWhitespace(row[s])) {
            s++;
        }
        while (e > s && Character.isWhitespace(row[e - 1])) {
            e--;
        }
        while (s < e && row[s] <= ' ') {
            s++;
        }
        while (e > s && row[e - 1] <= ' ') {
            e--;
        }
        return s == e ? "" : new String(row, s, e - s);
    }

    /** A cell's text trimmed as {@link #trimmed} trims it (a header read from bytes). */
    static String trim(String cell) {
        char[] chars = cell.toCharArray();
        int s = 0;
        int e = chars.length;
        while (s < e && Character.isWhitespace(chars[s])) {
            s++;
        }
        while (e > s && Character.isWhitespace(chars[e - 1])) {
            e--;
        }
        while (s < e && chars[s] <= ' ') {
            s++;
        }
        while (e > s && chars[e - 1] <= ' ') {
            e--;
        }
        return new String(chars, s, e - s);
    }

    /** The file needs the reference parser: it has a quote, or a row past the limit. */
    static final class NotSimple extends Exception {
        private static final long serialVersionUID = 1L;

        NotSimple() {
            // Control flow only: no stack trace is needed.
            super(null, null, false, false);
        }
    }
}
