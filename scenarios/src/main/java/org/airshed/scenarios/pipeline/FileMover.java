package org.airshed.scenarios.pipeline;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Moves one file inside a results directory (into place, aside, or back): the file system's
 * rename, or a test's that fails at a chosen move to show that the set of moves is all or nothing.
 */
@FunctionalInterface
public interface FileMover {
    /** An atomic rename (replacing a file there); a copying move only where the system cannot rename. */
    FileMover SYSTEM = (from, to) -> {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    };

    /** Moves {@code from} to {@code to}, whose directory exists. */
    void move(Path from, Path to) throws IOException;
}
