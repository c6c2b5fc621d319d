package org.airshed.scenarios.pipeline;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * One result file of a run: its name in the result directory and how its bytes are written.
 * Most files are text made whole ({@link #ResultFile(String, String)}); a file too large to hold
 * as one string (a market's journal at national scale) is streamed into the staged file instead.
 *
 * @param name    a plain file name ({@code trades.csv}), or one in a subdirectory of the run's own
 *                ({@code charts/mac-total.vl.json})
 * @param content writes the file's bytes (UTF-8 text, LF line ends)
 */
public record ResultFile(String name, Content content) {
    public ResultFile {
        if (name == null || !plainPath(name) || content == null) {
            throw new IllegalArgumentException("a result file needs a plain name and content: " + name);
        }
    }

    /** A file of {@code text}, UTF-8. */
    public ResultFile(String name, String text) {
        this(name, text == null ? null : out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** A file of the text {@code text} makes, UTF-8, made when the file is written (on a writing thread). */
    public static ResultFile text(String name, Supplier<String> text) {
        return new ResultFile(name, text == null ? null
                : out -> out.write(text.get().getBytes(StandardCharsets.UTF_8)));
    }

    /** At most one directory deep, every part a plain name: a result never escapes its directory. */
    private static boolean plainPath(String name) {
        String[] parts = name.split("/", -1);
        if (parts.length > 2) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.startsWith(".") || part.contains("\\")) {
                return false;
            }
        }
        return true;
    }

    /** Writes a result file's bytes into the staged file; the stream is buffered and closed by the caller. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }
}
