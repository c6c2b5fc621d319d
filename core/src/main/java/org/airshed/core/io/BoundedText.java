package org.airshed.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (IOException e) {
            problems.add(name, "file", null, IoErrors.describe(e));
            return null;
        }
    }
}
