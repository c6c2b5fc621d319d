package org.airshed.scenarios.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Where the first byte that is not UTF-8 sits in a stream: its line (from 1) and its place in that
 * line (byte from 1), and its value. Sought only once a read has failed on such a byte, since a
 * decoder reading ahead in blocks cannot say where the byte was.
 *
 * @param line   the line holding the byte, from 1
 * @param column the byte's place in its line, from 1 (bytes, not characters)
 * @param value  the byte, 0 to 255
 */
record Utf8Position(long line, long column, int value) {
    private static final int BLOCK = 1 << 16;

    Utf8Position {
        if (line < 1 || column < 1 || value < 0 || value > 0xFF) {
            throw new IllegalArgumentException("no such place: line " + line + ", byte " + column + ", value " + value);
        }
    }

    /** The first byte of {@code in} that is not UTF-8 (strictly, as Java's decoder reads it), if any. */
    static Optional<Utf8Position> first(InputStream in) throws IOException {
        return first(in, BLOCK);
    }

    /** As {@link #first(InputStream)}, reading {@code block} bytes at a time (small in tests, to cross blocks). */
    static Optional<Utf8Position> first(InputStream in, int block) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(block);
        CharBuffer chars = CharBuffer.allocate(block);
        long consumed = 0; // bytes before bytes' position 0
        long line = 1;
        long lineStart = 0; // offset of the current line's first byte
        boolean eof = false;
        while (true) {
            if (!eof) {
                int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (read < 0) {
                    eof = true;
                } else {
                    bytes.position(bytes.position() + read);
                }
            }
            bytes.flip();
            CoderResult result = decoder.decode(bytes, chars, eof);
            chars.clear(); // the text itself is not wanted
            // A line feed is never part of a multi-byte sequence: count them in the bytes decoded.
            for (int i = 0; i < bytes.position(); i++) {
                if (bytes.get(i) == '\n') {
                    line++;
                    lineStart = consumed + i + 1;
                }
            }
            if (result.isError()) {
                long offset = consumed + bytes.position();
                return Optional.of(new Utf8Position(line, offset - lineStart + 1, bytes.get(bytes.position()) & 0xFF));
            }
            consumed += bytes.position();
            bytes.compact();
            if (eof && bytes.position() == 0) {
                return Optional.empty();
            }
        }
    }

    /** "0xe4". */
    String hex() {
        return String.format("0x%02x", value);
    }
}
