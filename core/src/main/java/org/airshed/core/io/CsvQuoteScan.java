package org.airshed.core.io;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.Deque;
import org.airshed.core.model.PaddedNames;

/**
 * Passes a CSV's characters through while following its quoting, for what the reference parser
 * (commons-csv, which trims every cell) does not say:
 * <ul>
 * <li>where the quoting breaks, for a message in our words once the parser has refused the file in
 * its own (which names neither the column nor the cell): text after a closing quote, or a quoted
 * cell the file ends inside;</li>
 * <li>each cell as written ({@link #asWritten}): an unquoted cell's text, a quoted one's text inside
 * its quotes (white space around the quotes is not the cell's), kept when it starts or ends with
 * white space, for the names read as written.</li>
 * </ul>
 * The parser reads ahead of its error and of the record it returns, so the scan has always seen them.
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
    /** Records ended so far (the header is record 0) and the cell of the current record. */
    private long record;
    private int recordCell;
    private boolean afterCarriageReturn;
    /** The current cell as written. */
    private final StringBuilder written = new StringBuilder();
    /** Cells as written that trimming would change, in file order, until the reader has passed their record. */
    private final Deque<Written> padded = new ArrayDeque<>();

    private record Written(long record, int cell, String text) {
    }

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

    /**
     * Cell {@code cell} of record {@code record} (the header is record 0, blank lines count) as written,
     * when it starts or ends with white space or a control character; null when it does not (then it is
     * as the parser gives it) or when the scan has not seen it. Records are asked for in file order.
     */
    String asWritten(long record, int cell) {
        while (!padded.isEmpty() && padded.peekFirst().record() < record) {
            padded.removeFirst();
        }
        for (Written w : padded) {
            if (w.record() > record) {
                break;
            }
            if (w.cell() == cell) {
                return w.text();
            }
        }
        // The file's last cell, ended by the end of the file rather than a delimiter.
        return record == this.record && cell == recordCell && PaddedNames.isPadded(written)
                ? written.toString() : null;
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
        boolean lineFeedOfCrLf = afterCarriageReturn && c == '\n';
        afterCarriageReturn = false;
        if (quoted) {
            if (c == '"') {
                quoted = false;
                closed = true;
            } else {
                written.append(c);
                if (c == '\n') {
                    line++;
                }
            }
        } else if (c == ',' || c == '\n' || c == '\r') {
            if (!lineFeedOfCrLf) {
                endCell(c != ',');
            }
            afterCarriageReturn = c == '\r';
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
            written.append(c);
        } else if (closed && !Character.isWhitespace(c)) {
            error = new QuoteError(line, cell, header, null, "text after a closing quote (quote the whole cell, and"
                    + " write a quote inside it as two quotes)");
        } else if (c == '"' && text.toString().strip().equals("\"")) {
            quoted = true; // a quote opens a quoted cell only before any other text of the cell
            cellLine = line;
            written.setLength(0); // white space before the quote is not the cell's
        } else if (!closed) {
            written.append(c);
        }
    }

    /** A cell ends at a delimiter or (when {@code endsRecord}) a line break: kept if trimming would change it. */
    private void endCell(boolean endsRecord) {
        if (PaddedNames.isPadded(written)) {
            padded.addLast(new Written(record, recordCell, written.toString()));
        }
        written.setLength(0);
        if (endsRecord) {
            record++;
            recordCell = 0;
        } else {
            recordCell++;
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
