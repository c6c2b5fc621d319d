package org.airshed.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Decodes UTF-8 strictly, counting lines as it goes: bytes that are not UTF-8 stop the read with
 * {@link NotUtf8} naming their line, after every character before them has been delivered. (An
 * {@code InputStreamReader} decodes ahead in blocks, so its error cannot say where the bad byte is.)
 */
final class Utf8LineReader extends Reader {
    private static final int BUFFER = 1 << 16;

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
    private final CharBuffer chars = CharBuffer.allocate(BUFFER);
    private long line = 1;
    /** The CSV cell (0-based) the next character is in, and whether it is inside quotes. */
    private int cell;
    private boolean quoted;
    /** Bytes decoded so far. */
    private long consumed;
    private boolean eof;
    private NotUtf8 pending;

    Utf8LineReader(InputStream in) {
        this.in = in;
        chars.flip();
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (pending != null) {
                throw pending;
            }
            if (!fill()) {
                return -1;
            }
        }
        int n = Math.min(length, chars.remaining());
        chars.get(buffer, offset, n);
        return n;
    }

    /** Decodes the next block; false at the end of the input. */
    private boolean fill() throws IOException {
        chars.clear();
        int bad = -1;
        while (chars.position() == 0 && bad < 0) {
            if (!eof) {
                int r = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (r < 0) {
                    eof = true;
                } else {
                    bytes.position(bytes.position() + r);
                }
            }
            bytes.flip();
            CoderResult result = decoder.decode(bytes, chars, eof);
            consumed += bytes.position();
            if (result.isError()) {
                bad = bytes.get(bytes.position()) & 0xFF;
            }
            bytes.compact();
            if (bad < 0 && eof && bytes.position() == 0) {
                break;
            }
        }
        track(chars.array(), chars.position());
        if (bad >= 0) {
            pending = new NotUtf8(line, cell, consumed + 1, bad);
        }
        chars.flip();
        return chars.hasRemaining() || pending != null;
    }

    /** Counts lines, and the CSV cell of the line (quotes followed), in the characters delivered. */
    private void track(char[] text, int length) {
        for (int i = 0; i < length; i++) {
            char c = text[i];
            if (c == '\n') {
                line++;
                cell = quoted ? cell : 0;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cell++;
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /**
     * Bytes that are not UTF-8, on {@link #line} (1-based), in CSV cell {@link #cell} (0-based) of
     * its row, the first of them {@link #value} at {@link #offset} (1-based) of the file.
     */
    static final class NotUtf8 extends CharacterCodingException {
        private static final long serialVersionUID = 1L;

        final long line;
        final int cell;
        final long offset;
        final int value;

        NotUtf8(long line, int cell, long offset, int value) {
            this.line = line;
            this.cell = cell;
            this.offset = offset;
            this.value = value;
        }

        /** What is wrong, in the words a JSON input's bad byte is told in. */
        String reason() {
            return String.format(Locale.ROOT, "byte 0x%02X (byte %d of the file) is not UTF-8 text; save the file"
                    + " as UTF-8", value, offset);
        }

        @Override
        public String getMessage() {
            return "not UTF-8 text (line " + line + ")";
        }
    }
}
