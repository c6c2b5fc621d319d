package org.airshed.market.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A journal file's lines, decoded strictly as UTF-8 and streamed, each line bounded. The decoder is
 * driven here rather than through an {@code InputStreamReader}, which decodes ahead in blocks: its
 * error could not say on which line, nor where in the file, the byte that is not UTF-8 sits.
 */
final class JournalFileLines {
    private static final int BUFFER = 1 << 16;

    /** Receives each line, without its line end (LF, or CR LF), with its 1-based number. */
    @FunctionalInterface
    interface LineHandler {
        void line(int number, String text);
    }

    private final String source;
    private final int maxLine;
    private final LineHandler handler;
    private final StringBuilder text = new StringBuilder();
    private int number = 1;
    private boolean started;

    private JournalFileLines(String source, int maxLine, LineHandler handler) {
        this.source = source;
        this.maxLine = maxLine;
        this.handler = handler;
    }

    /**
     * Hands every line of {@code file} to {@code handler}, in order, as it is decoded: a line longer than
     * {@code maxLine} characters, or one starting with a control character (binary data), is refused at
     * its line as soon as it shows.
     *
     * @throws JournalException for a line that is too long or binary
     * @throws IOException      if the file cannot be read, or is not UTF-8: then the message starts
     *                          with {@code FILE:LINE:} and names the byte, its column and its place in the file
     */
    static void read(Path file, int maxLine, LineHandler handler) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            new JournalFileLines(file.toString(), maxLine, handler).decode(in);
        }
    }

    private void decode(InputStream in) throws IOException {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
        CharBuffer chars = CharBuffer.allocate(BUFFER);
        long decoded = 0;
        boolean eof = false;
        while (true) {
            if (!eof && bytes.hasRemaining()) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (n < 0) {
                    eof = true;
                } else {
                    bytes.position(bytes.position() + n);
                }
            }
            bytes.flip();
            int before = bytes.position();
            CoderResult result = utf8.decode(bytes, chars, eof);
            decoded += bytes.position() - before;
            // Every character before a bad byte is taken first: an earlier line's own problem comes first.
            accept(chars.flip());
            chars.clear();
            if (result.isError()) {
                throw notUtf8(bytes, result.length(), decoded);
            }
            if (eof && !bytes.hasRemaining()) {
                break;
            }
            bytes.compact();
        }
        utf8.flush(chars);
        accept(chars.flip());
        if (text.length() > 0) {
            handler.line(number, text.toString());
        }
    }

    private void accept(CharBuffer chars) {
        char[] buffer = chars.array();
        for (int i = chars.position(); i < chars.limit(); i++) {
            char c = buffer[i];
            if (c == '\n') {
                int end = text.length() > 0 && text.charAt(text.length() - 1) == '\r' ? text.length() - 1
                        : text.length();
                handler.line(number++, text.substring(0, end));
                text.setLength(0);
                started = false;
                continue;
            }
            if (!started && !Character.isWhitespace(c)) {
                started = true;
                // Binary data (/dev/zero, an archive) is refused at its first byte, not read to its end.
                if (Character.isISOControl(c)) {
                    throw new JournalException(source, number, null, "not a journal line: it starts with "
                            + String.format(Locale.ROOT, "U+%04X", (int) c)
                            + ", but every line of a journal is one JSON object {...}");
                }
            }
            if (text.length() >= maxLine) {
                throw new JournalException(source, number, null, "a line longer than " + maxLine
                        + " characters: not a journal line (the longest entry a run writes is far shorter)");
            }
            text.append(c);
        }
    }

    /** The bytes at {@code bytes}' position that are not UTF-8, {@code offset} bytes into the file. */
    private IOException notUtf8(ByteBuffer bytes, int length, long offset) {
        StringBuilder shown = new StringBuilder(length == 1 ? "byte" : "bytes");
        for (int i = 0; i < length; i++) {
            shown.append(String.format(Locale.ROOT, " 0x%02X", bytes.get(bytes.position() + i) & 0xFF));
        }
        return new IOException(source + ":" + number + ": not UTF-8 text: " + shown + " at column "
                + (text.length() + 1) + " (byte " + (offset + 1) + " of the file); a journal is UTF-8, as a run"
                + " writes it", new MalformedInputException(length));
    }
}
