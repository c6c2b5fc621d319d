package org.airshed.core.io;

import java.io.IOException;
import java.io.Reader;

/**
 * Passes a CSV's characters through while finding where its quoting breaks, for a message in our
 * words once the reference parser has refused the file in its own (which names neither the column
 * nor the cell): text after a closing quote, or a quoted cell the file ends inside. The parser
 * reads ahead of its error, so the scan has always seen it by then.
 */
final class CsvQuoteScan extends Reader {
    /** The cell's text shown at most this long: enough to recognise it. */
    private static final int SHOWN = 60;

    private final Reader in;
    private long line = 1;
    private int cell;
    private boolean header = true;
    private boolean quoted;
    private boolean closed;
    private long cellLine = 1;
    private final StringBuilder text = new StringBuilder();
    /** The first error, its cell's text still growing to its delimiter; null while there is none. */
    private QuoteError error;
    private boolean errorComplete;

    CsvQuoteScan(Reader in) {
        this.in = in;
    }

    /**
     * A quoting error: its physical line (1-based), its cell's index in its record (0-based),
     * whether that record is the first (the header), the cell's text from its start, and the reason.
     */
    record QuoteError(long line, int cell, boolean header, String text, String reason) {
    }

    /** The first quoting error in what was read, or a quoted cell still open; null when there is none. */
    QuoteError error() {
        if (error != null) {
            return new QuoteError(error.line(), error.cell(), error.header(), text.toString().strip(), error.reason());
        }
        return quoted ? new QuoteError(cellLine, cell, header, text.toString(), "a quoted cell is not closed: the file"
                + " ends inside its quotes") : null;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        for (int i = 0; i < n && !errorComplete; i++) {
            scan(buffer[offset + i]);
        }
        return n;
    }

    private void scan(char c) {
        if (error != null) {
            // The erring cell's text, up to its delimiter.
            if (c == ',' || c == '\n' || c == '\r' || text.length() >= SHOWN) {
                errorComplete = true;
            } else {
                text.append(c);
            }
            return;
        }
        if (c == '\uFEFF' && line == 1 && cell == 0 && text.length() == 0) {
            return; // a byte-order mark is not part of the first cell
        }
        if (text.length() < SHOWN) {
            text.append(c);
        }
        if (quoted) {
            if (c == '"') {
                quoted = false;
                closed = true;
            } else if (c == '\n') {
                line++;
            }
        } else if (c == ',' || c == '\n' || c == '\r') {
            if (c == '\n') {
                line++;
                cell = 0;
                header = false;
            } else if (c == ',') {
                cell++;
            }
            text.setLength(0);
            closed = false;
            cellLine = line;
        } else if (c == '"' && closed) {
            closed = false; // "" inside a quoted cell: the quote goes on
            quoted = true;
        } else if (closed && !Character.isWhitespace(c)) {
            error = new QuoteError(line, cell, header, null, "text after a closing quote (quote the whole cell, and"
                    + " write a quote inside it as two quotes)");
        } else if (c == '"' && text.toString().strip().equals("\"")) {
            quoted = true; // a quote opens a quoted cell only before any other text of the cell
            cellLine = line;
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
