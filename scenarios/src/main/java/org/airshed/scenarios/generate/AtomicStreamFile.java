package org.airshed.scenarios.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * {@code core.io.AtomicFiles} for text too large to hold in memory (a million-source CSV):
 * written through a stream into a temporary file beside the target, then renamed over it. A
 * reader sees the old file or the complete new one; on failure no temporary file is left.
 */
final class AtomicStreamFile {
    private static final int BUFFER = 1 << 20;
    private static final int CREATE_ATTEMPTS = 100;

    /** Writes the whole content to {@code out}. */
    @FunctionalInterface
    interface Content {
        void writeTo(Writer out) throws IOException;
    }

    private AtomicStreamFile() {
    }

    static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path directory = absolute.getParent();
        if (directory == null || absolute.getFileName() == null) {
            throw new IOException("not a file path: " + target);
        }
        Files.createDirectories(directory);
        Path temp = createTemp(directory, absolute.getFileName().toString());
        try {
            try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temp,
                    StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING), StandardCharsets.UTF_8), BUFFER)) {
                content.writeTo(out);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException | Error e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    /** Not Files.createTempFile: its owner-only permissions would carry over to the target. */
    private static Path createTemp(Path directory, String targetName) throws IOException {
        for (int attempt = 0; ; attempt++) {
            String suffix = Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
            try {
                return Files.createFile(directory.resolve("." + targetName + "." + suffix + ".tmp"));
            } catch (FileAlreadyExistsException e) {
                if (attempt >= CREATE_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
