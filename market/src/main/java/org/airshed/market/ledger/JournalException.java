package org.airshed.market.ledger;

/**
 * A journal that cannot be read or replayed. The message starts with {@code source:line:}, names
 * the field (as a JSON path within the line) and quotes the offending value.
 */
public final class JournalException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final String value;

    public JournalException(String source, int line, String value, String problem) {
        super(source + ":" + line + ": " + problem);
        this.source = source;
        this.line = line;
        this.value = value;
    }

    /** The file name, or a description of where the journal came from. */
    public String source() {
        return source;
    }

    /** The line (1-based), which is also the entry's position in the journal. */
    public int line() {
        return line;
    }

    /** The offending value as text, or null when the whole entry is at fault. */
    public String value() {
        return value;
    }
}
