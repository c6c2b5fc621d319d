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
        while (chars.position() == 0 && pending == null) {
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
            bytes.compact();
            if (result.isError()) {
                pending = new NotUtf8(line + newlines(chars.array(), chars.position()));
            } else if (eof && bytes.position() == 0) {
                break;
            }
        }
        line += newlines(chars.array(), chars.position());
        chars.flip();
        return chars.hasRemaining() || pending != null;
    }

    private static long newlines(char[] text, int length) {
        long count = 0;
        for (int i = 0; i < length; i++) {
            count += text[i] == '\n' ? 1 : 0;
        }
        return count;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Bytes that are not UTF-8, on {@link #line} (1-based). */
    static final class NotUtf8 extends CharacterCodingException {
        private static final long serialVersionUID = 1L;

        final long line;

        NotUtf8(long line) {
            this.line = line;
        }

        @Override
        public String getMessage() {
            return "not UTF-8 text (line " + line + ")";
        }
    }
}
