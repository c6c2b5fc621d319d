package org.airshed.scenarios.cli;

import java.nio.file.Path;

/** A directory given on the command line: refused when empty, before any work is done. */
final class DirectoryArgument {
    private DirectoryArgument() {
    }

    /**
     * Throws {@link BadInputException} when {@code path} is empty ({@code --out ''}): it names no
     * directory, and resolving files against it would write them wherever the program runs.
     *
     * @param label how the command line names it: "--out" or "DIR"
     */
    static Path require(Path path, String label) {
        if (path != null && path.toString().isEmpty()) {
            throw new BadInputException(label + " '': the path is empty; give a directory (. for the current one)",
                    null);
        }
        return path;
    }
}
