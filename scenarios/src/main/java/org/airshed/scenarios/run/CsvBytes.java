package org.airshed.scenarios.run;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * CSV rows as UTF-8 bytes in a growable buffer: cells are appended without a String per number
 * or a list per row, quoted by {@link CsvTable}'s rule decided on the characters (an ASCII cell
 * byte by byte; any other through the rule itself). The same bytes as {@link CsvTable#line} for
 * the same cells (CsvBytesTest compares them on random cells). Not thread-safe: one per thread.
 */
final class CsvBytes {
    private byte[] bytes;
    private int length;
    private final ResultNumberBytes numbers = new ResultNumberBytes();

    CsvBytes(int capacity) {
        this.bytes = new byte[Math.max(16, capacity)];
    }

    int length() {
        return length;
    }

    /** Drops everything after the first {@code keep} bytes. */
    void truncate(int keep) {
        length = keep;
    }

    /** The buffer with room for {@code more} bytes after {@link #length()}; write there, then {@link #advance}. */
    byte[] reserve(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
        return bytes;
    }

    void advance(int written) {
        length += written;
    }

    void append(byte b) {
        reserve(1)[length++] = b;
    }

    void append(byte[] from, int offset, int count) {
        System.arraycopy(from, offset, reserve(count), length, count);
        length += count;
    }

    /** Appends text known to be ASCII (a number's digits). */
    void ascii(String text) {
        int n = text.length();
        byte[] to = reserve(n);
        for (int i = 0; i < n; i++) {
            to[length + i] = (byte) text.charAt(i);
        }
        length += n;
    }

    /** Appends a cell's text, quoted as {@link CsvTable} quotes it; null is an empty cell. */
    void text(String cell) {
        if (cell == null) {
            return;
        }
        int n = cell.length();
        boolean quote = false;
        for (int i = 0; i < n; i++) {
            char c = cell.charAt(i);
            if (c >= 0x80) {
                // Non-ASCII: the rule itself (String.strip knows every Unicode space), then UTF-8.
                byte[] utf8 = CsvTable.quoted(cell).getBytes(StandardCharsets.UTF_8);
                append(utf8, 0, utf8.length);
                return;
            }
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                quote = true;
            }
        }
        if (n > 0 && (Character.isWhitespace(cell.charAt(0)) || Character.isWhitespace(cell.charAt(n - 1)))) {
            quote = true;
        }
        if (!quote) {
            ascii(cell);
            return;
        }
        append((byte) '"');
        for (int i = 0; i < n; i++) {
            char c = cell.charAt(i);
            if (c == '"') {
                append((byte) '"');
            }
            append((byte) c);
        }
        append((byte) '"');
    }

    /** Appends {@link ResultNumbers#text(double)}, nothing for NaN or an infinity. */
    void number(double value) {
        numbers.append(value, this);
    }

    void number(long value) {
        ResultNumberBytes.appendLong(value, this);
    }

    void writeTo(OutputStream out) throws IOException {
        out.write(bytes, 0, length);
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, length);
    }

    /** The first {@code end} bytes as text. */
    String text(int end) {
        return new String(bytes, 0, end, StandardCharsets.UTF_8);
    }
}
