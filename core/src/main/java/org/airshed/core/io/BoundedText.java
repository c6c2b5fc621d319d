package org.airshed.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a whole text file, but never more than a bound: {@code /dev/zero} or a mistaken
 * multi-gigabyte file is refused with its size instead of filling the memory.
 */
final class BoundedText {
    private BoundedText() {
    }

    /** The file's UTF-8 text; a {@link Problem} at "file" when it cannot be read or exceeds {@code maxBytes}. */
    static String read(Path file, long maxBytes, Problems problems) {
        return read(file, file.toString(), maxBytes, problems);
    }

    /** The same, problems reported under {@code name}. */
    static String read(Path file, String name, long maxBytes, Problems problems) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                problems.add(name, "file", null, "is larger than " + (maxBytes >> 20) + " MiB, the most"
                        + " read as one JSON document; put a national inventory's sources in a sourcesFile CSV,"
                        + " which is read as a stream");
                return null;
            }
            return utf8(bytes, name, problems);
        } catch (IOException e) {
            problems.add(name, "file", null, IoErrors.describe(e));
            return null;
        }
    }

    /** {@code bytes} decoded strictly; null and a problem at the first bad byte's line and column if not UTF-8. */
    private static String utf8(byte[] bytes, String name, Problems problems) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // Never more characters than bytes in UTF-8, so the decoder cannot run out of room.
        CharBuffer text = CharBuffer.allocate(bytes.length);
        CoderResult result = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(in, text, true);
        if (!result.isError()) {
            return text.flip().toString();
        }
        int at = in.position();
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < text.position(); i++) {
            if (text.get(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        problems.add(name, "line " + line + ", column " + (text.position() - lineStart + 1), null,
                String.format(Locale.ROOT, "byte 0x%02X (byte %d of the file) is not UTF-8 text; save the file as UTF-8",
                        bytes[at] & 0xFF, at + 1L));
        return null;
    }
}
