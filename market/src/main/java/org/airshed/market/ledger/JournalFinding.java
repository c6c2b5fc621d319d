package org.airshed.market.ledger;

/** A problem found in a journal: the line (1-based, the entry's position) and what is wrong there. */
public record JournalFinding(int line, String problem) {
    public JournalFinding {
        if (line < 1 || problem == null || problem.isBlank()) {
            throw new IllegalArgumentException("a finding has a line ≥ 1 and a problem; got " + line + ", " + problem);
        }
    }

    @Override
    public String toString() {
        return "line " + line + ": " + problem;
    }
}
