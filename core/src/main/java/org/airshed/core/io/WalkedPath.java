package org.airshed.core.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A path with its ".." taken as the system takes them: after a link to a directory, ".." goes up
 * from where the link leads, not back over the link's name as {@link Path#normalize} has it
 * ({@code dl/../y} with dl a link to deep/x is deep/y; normalize says ./y, another file). The part
 * before each ".." is resolved to its real path; links elsewhere keep the names written.
 */
public final class WalkedPath {
    private WalkedPath() {
    }

    /** {@code path} made absolute, "." dropped and every ".." taken as the system takes it. */
    public static Path of(Path path) {
        Path absolute = path.toAbsolutePath();
        Path current = absolute.getRoot();
        for (Path part : absolute) {
            String name = part.toString();
            if (name.equals(".")) {
                continue;
            }
            if (name.equals("..")) {
                try {
                    current = current.toRealPath();
                } catch (IOException | SecurityException e) {
                    // missing or unreadable: nothing there to walk through, so the names as written
                }
                current = current.getParent() == null ? current : current.getParent();
                continue;
            }
            current = current.resolve(name);
        }
        return current;
    }

    /**
     * Where {@code path} leads as the system walks it, name by name from the root, every link followed
     * where it is met (at most {@code maxLinks} in all; an unreadable link is taken as named), so ".."
     * after a link to a directory goes up from where the link leads. A missing tail is kept as named.
     */
    public static Path followed(Path path, int maxLinks) {
        return walk(path.toAbsolutePath(), new int[] {maxLinks});
    }

    private static Path walk(Path absolute, int[] linksLeft) {
        Path current = absolute.getRoot();
        for (Path part : absolute) {
            String name = part.toString();
            if (name.equals(".")) {
                continue;
            }
            if (name.equals("..")) {
                current = current.getParent() == null ? current : current.getParent();
                continue;
            }
            Path next = current.resolve(name);
            if (linksLeft[0] > 0 && Files.isSymbolicLink(next)) {
                linksLeft[0]--;
                try {
                    current = walk(current.resolve(Files.readSymbolicLink(next)), linksLeft);
                    continue;
                } catch (IOException | UnsupportedOperationException | SecurityException e) {
                    // unreadable: taken as named
                }
            }
            current = next;
        }
        return current;
    }
}
