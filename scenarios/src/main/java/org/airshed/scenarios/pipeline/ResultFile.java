package org.airshed.scenarios.pipeline;

/**
 * One result file of a run: its name in the result directory and its whole text.
 *
 * @param name    a plain file name ({@code trades.csv})
 * @param content UTF-8 text, LF line ends
 */
public record ResultFile(String name, String content) {
    public ResultFile {
        if (name == null || name.isEmpty() || name.contains("/") || name.startsWith(".") || content == null) {
            throw new IllegalArgumentException("a result file needs a plain name and content: " + name);
        }
    }
}
