package org.airshed.market.ledger;

import java.util.List;

/**
 * The last entry of a market's journal: nothing may follow it, and it says what a complete journal
 * holds, so that a journal cut short or missing a holder's compliance is detected.
 *
 * @param entries   entries before this one
 * @param periods   compliance periods: every complying holder has one compliance record per period
 * @param exempt    participants that do not comply (the regulator, the brokers), sorted
 * @param complying holders with compliance records (every participant not exempt)
 */
public record ClosingRecord(long entries, int periods, List<String> exempt, long complying) implements Declaration {
    public ClosingRecord {
        if (entries < 0 || periods < 0 || complying < 0 || exempt == null) {
            throw new IllegalArgumentException("closing record: counts must be ≥ 0 and exempt given; got " + entries
                    + ", " + periods + ", " + complying + ", " + exempt);
        }
        exempt = List.copyOf(exempt);
        for (String holder : exempt) {
            Asset.requireName(holder, "exempt holder");
        }
    }
}
