package org.airshed.market.ledger;

/**
 * One line of a journal file as read: its number (1-based), its entry, and the chain hash it
 * carries (null when the line has none).
 */
public record JournalLine(int line, JournalEntry entry, String hash) {
    public JournalLine {
        if (line < 1 || entry == null) {
            throw new IllegalArgumentException("a journal line has a number ≥ 1 and an entry; got " + line + ", "
                    + entry);
        }
    }
}
