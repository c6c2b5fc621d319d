package org.airshed.core.io;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Passes a CSV file through while watching its rows: a row (quoted line breaks included) longer
 * than {@link ScenarioLimits#MAX_CSV_ROW} characters stops the read with a {@link RowTooLong}
 * naming its line and cell, so that {@code /dev/zero} or a file of one huge line is refused
 * instead of growing a parser buffer until the memory runs out. Quotes are tracked as RFC 4180
 * writes them (a doubled quote inside a quoted cell toggles twice).
 */
final class CsvRowLimit extends FilterReader {
    private static final int SHOWN = 40;

    private final int limit;
    private long line = 1;
    private long rowLine = 1;
    private int rowLength;
    private int cell;
    private boolean quoted;
    private final StringBuilder cellStart = new StringBuilder();

    CsvRowLimit(Reader in, int limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            see((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = 0; i < n; i++) {
            see(buffer[offset + i]);
        }
        return n;
    }

    private void see(char c) throws RowTooLong {
        if (c == '\n') {
            line++;
        }
        if (c == '"') {
            quoted = !quoted;
        } else if (!quoted && c == '\n') {
            rowLength = 0;
            cell = 0;
            cellStart.setLength(0);
            rowLine = line;
            return;
        } else if (!quoted && c == ',') {
            cell++;
            cellStart.setLength(0);
        } else if (cellStart.length() < SHOWN) {
            cellStart.append(Character.isISOControl(c) ? '?' : c);
        }
        if (++rowLength > limit) {
            throw new RowTooLong(rowLine, cell, cellStart + "…", limit);
        }
    }

    /**
     * A row past the limit.
     *
     * @param line  the line the row starts on (1-based)
     * @param cell  the cell being read when the limit was passed (0-based)
     * @param start the beginning of that cell, control characters shown as {@code ?}
     */
    static final class RowTooLong extends IOException {
        private static final long serialVersionUID = 1L;

        final long line;
        final int cell;
        final String start;

        RowTooLong(long line, int cell, String start, int limit) {
            super("a row longer than " + limit + " characters");
            this.line = line;
            this.cell = cell;
            this.start = start;
        }
    }
}
