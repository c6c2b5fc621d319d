package org.airshed.market.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The check every ledger test ends with: nothing created or lost, and the journal alone rebuilds it. */
public final class Conservation {
    private Conservation() {
    }

    /** The conservation report is clean, and replaying the journal gives the same balances and journal text. */
    public static void assertConserved(Ledger ledger) {
        assertReportClean(ledger);
        String text = LedgerJournal.toJsonLines(ledger.journal());
        Ledger rebuilt = Ledger.rebuild(LedgerJournal.parse("journal", text));
        assertEquals(ledger.balances(), rebuilt.balances(), "balances rebuilt from the journal");
        assertEquals(text, LedgerJournal.toJsonLines(rebuilt.journal()), "journal of the rebuilt ledger");
    }

    /** Only the conservation report: cheap enough to run after every operation. */
    public static void assertReportClean(Ledger ledger) {
        ConservationReport report = ConservationReport.of(ledger);
        assertTrue(report.isConserved(), () -> "ledger not conserved:\n  " + String.join("\n  ", report.violations()));
    }
}
