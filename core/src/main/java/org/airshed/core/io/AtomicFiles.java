package org.airshed.core.io;

import java.io.IOException;
import java.io.OutputStream;
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

    private AtomicFiles() {
    }

    /**
     * Replaces {@code target} with {@code content}, creating missing parent directories.
     * On failure the target is unchanged and no temporary file is left behind.
     */
    public static void write(Path target, byte[] content) throws IOException {
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
                out.write(content);
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
