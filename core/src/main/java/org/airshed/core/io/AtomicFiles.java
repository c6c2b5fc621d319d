package org.airshed.core.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
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
 * Writes whole files so that a reader sees either the old content or the new, never a
 * half-written file: the bytes go to a temporary file in the target's directory, which is then
 * renamed over the target. No fsync: this protects against crashes of the program, not of
 * the machine.
 */
public final class AtomicFiles {
    /** Keeps temporary names under common file-name length limits (255 bytes). */
    private static final int MAX_NAME_PREFIX = 100;
    private static final int CREATE_ATTEMPTS = 100;
    private static final int TEXT_BUFFER = 1 << 20;

    private AtomicFiles() {
    }

    /** Writes a file's whole content; called once, on the temporary file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes text too large to hold in memory (a million-source CSV); the writer is buffered UTF-8. */
    @FunctionalInterface
    public interface TextContent {
        void writeTo(Writer out) throws IOException;
    }

    /**
     * Replaces {@code target} with {@code content}, creating missing parent directories.
     * On failure the target is unchanged and no temporary file is left behind.
     */
    public static void write(Path target, byte[] content) throws IOException {
        write(target, out -> out.write(content));
    }

    /** The same, streamed: {@code content} writes into the temporary file. */
    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path directory = absolute.getParent();
        if (directory == null || absolute.getFileName() == null) {
            throw new IOException("not a file path: " + target);
        }
        Files.createDirectories(directory);
        Path temp = createTemp(directory, absolute.getFileName().toString());
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                content.writeTo(out);
            }
            moveIntoPlace(temp, absolute);
        } catch (IOException | RuntimeException | Error e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    /** Streamed text, UTF-8, through a 1 MiB buffer. */
    public static void writeText(Path target, TextContent content) throws IOException {
        write(target, out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), TEXT_BUFFER);
            content.writeTo(writer);
            writer.flush();
        });
    }

    /** {@link #write(Path, byte[])} with the text encoded as UTF-8. */
    public static void writeString(Path target, String content) throws IOException {
        write(target, content.getBytes(StandardCharsets.UTF_8));
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            // Some file systems (certain network and FUSE mounts) cannot rename atomically.
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Creates an empty temporary file with the default permissions of new files. Not
     * Files.createTempFile: its owner-only permissions would carry over to the target.
     */
    private static Path createTemp(Path directory, String targetName) throws IOException {
        String prefix = "." + (targetName.length() > MAX_NAME_PREFIX
                ? targetName.substring(0, MAX_NAME_PREFIX) : targetName) + ".";
        for (int attempt = 0; ; attempt++) {
            String suffix = Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
            Path temp = directory.resolve(prefix + suffix + ".tmp");
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                if (attempt >= CREATE_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
