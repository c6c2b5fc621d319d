package org.airshed.scenarios.pipeline;

/**
 * One result file of a run: its name in the result directory and its whole text.
 *
 * @param name    a plain file name ({@code trades.csv}), or one in a subdirectory of the run's own
 *                ({@code charts/mac-total.vl.json})
 * @param content UTF-8 text, LF line ends
 */
public record ResultFile(String name, String content) {
    public ResultFile {
        if (name == null || !plainPath(name) || content == null) {
            throw new IllegalArgumentException("a result file needs a plain name and content: " + name);
        }
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
}
