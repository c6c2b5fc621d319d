package org.airshed.scenarios.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A directory's whole tree, hidden entries too, for asserting that it is exactly as it was. */
public final class DirectoryTree {
    private DirectoryTree() {
    }

    /**
     * Every entry under {@code root} by its path relative to it: "dir" for a directory, else the
     * file's SHA-256 and its modification time (a file put back by a rename keeps it; one written
     * again would not).
     */
    public static TreeMap<String, String> of(Path root) throws IOException {
        TreeMap<String, String> tree = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(p -> !p.equals(root)).toList()) {
                String name = root.relativize(p).toString();
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    tree.put(name, "dir");
                } else {
                    tree.put(name, sha256(Files.readAllBytes(p)) + " " + Files.getLastModifiedTime(p,
                            LinkOption.NOFOLLOW_LINKS).toMillis());
                }
            }
        }
        return tree;
    }

    /** A copy of {@code from}'s tree at {@code to}, keeping the files' times (as {@link #of} compares them). */
    public static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return to;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
