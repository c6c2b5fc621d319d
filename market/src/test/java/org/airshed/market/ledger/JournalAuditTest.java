package org.airshed.market.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.airshed.market.settlement.MarketLedger;
import org.airshed.market.settlement.Trade;
import org.junit.jupiter.api.Test;

/**
 * The journal audit on a small market journal built through {@link MarketLedger}: complete as
 * written, and each kind of damage a balanced journal can hide reported at its line.
 */
class JournalAuditTest {
    /** Cap 100.0005 t: 100.000 issuable. a gets 60, b 40; b sells a 10 for 200 yuan; both comply. */
    private static List<JournalEntry> market() {
        MarketLedger book = new MarketLedger("SO2", "CNY");
        book.open("a");
        book.open("b");
        book.declareCap(2025, 100.0005, 0);
        book.issue("issue-a", "a", book.asset(2025, "all"), 60_000);
        book.issue("issue-b", "b", book.asset(2025, "all"), 40_000);
        book.settle(new Trade("T1", 0, "b", "a", 10_000, 20, 20_000, 0));
        book.comply("surrender-p0-a", "a", 0, 2025, 70_000);
        book.comply("surrender-p0-b", "b", 0, 2025, 30_001);
        book.close(1);
        Conservation.assertConserved(book.ledger());
        return book.ledger().journal();
    }

    @Test
    void aJournalWrittenByTheMarketIsComplete() {
        List<JournalEntry> journal = market();
        assertEquals(List.of(), JournalAudit.of(journal));
        List<JournalLine> lines = LedgerJournal.parseLines("j", LedgerJournal.toJsonLines(journal));
        assertEquals(List.of(), JournalAudit.chain(lines));
        ComplianceRecord b = (ComplianceRecord) journal.get(journal.size() - 2);
        assertEquals(30_000, b.surrendered());
        assertEquals(0, b.shortfall(), "one kilogram over the permits is rounding");
    }

    @Test
    void aCapRecordMustFollowTheRoundingRule() {
        assertFound(replace(market(), CapRecord.class, c -> new CapRecord("SO2", 2025, 100.0005, 100_001, 0)),
                "rounds down to 100000");
    }

    @Test
    void issuesBeyondTheCapOrWithoutOneAreFound() {
        List<JournalEntry> journal = new ArrayList<>(market());
        int issue = index(journal, Transaction.class);
        Transaction t = (Transaction) journal.get(issue);
        Movement m = t.movements().get(0);
        journal.set(issue, new Transaction(t.id(), List.of(new Movement(m.kind(), m.from(), m.to(), 60_001))));
        assertFound(journal, "beyond its cap");
        List<JournalEntry> uncapped = new ArrayList<>(market());
        uncapped.remove(index(uncapped, CapRecord.class));
        assertFound(uncapped, "no cap record");
    }

    @Test
    void complianceThatDoesNotMatchItsSurrenderIsFound() {
        assertFound(replace(market(), ComplianceRecord.class, c -> new ComplianceRecord(c.holder(), 0, 2025,
                c.emissions(), c.surrendered() - 1, 1, c.transaction())), "hands in");
        assertFound(replace(market(), ComplianceRecord.class, c -> new ComplianceRecord(c.holder(), 0, 2025,
                c.emissions() + 500, c.surrendered(), 0, c.transaction())), "does not add up");
        List<JournalEntry> dropped = new ArrayList<>(market());
        dropped.remove(index(dropped, ComplianceRecord.class));
        assertFound(dropped, "has no compliance record");
    }

    @Test
    void theClosingRecordMustEndAndCountTheJournal() {
        List<JournalEntry> cut = new ArrayList<>(market());
        cut.remove(cut.size() - 1);
        assertFound(cut, cut.size(), "closing record");
        assertFound(replace(market(), ClosingRecord.class, c -> new ClosingRecord(c.entries() - 1, 1, c.exempt(),
                c.complying())), "entries before it");
        assertFound(replace(market(), ClosingRecord.class, c -> new ClosingRecord(c.entries(), 2, c.exempt(),
                c.complying())), "no compliance record for period 1");
        assertFound(List.of(), 1, "empty");
    }

    private static void assertFound(List<JournalEntry> journal, String words) {
        List<JournalFinding> findings = JournalAudit.of(journal);
        assertTrue(findings.stream().anyMatch(f -> f.problem().contains(words)), words + " in " + findings);
    }

    private static void assertFound(List<JournalEntry> journal, int line, String words) {
        List<JournalFinding> findings = JournalAudit.of(journal);
        assertTrue(findings.stream().anyMatch(f -> f.line() == line && f.problem().contains(words)),
                "line " + line + ": " + words + " in " + findings);
    }

    private static <T extends JournalEntry> List<JournalEntry> replace(List<JournalEntry> journal, Class<T> type,
                                                                       UnaryOperator<T> change) {
        List<JournalEntry> out = new ArrayList<>(journal);
        int i = index(out, type);
        out.set(i, change.apply(type.cast(out.get(i))));
        return out;
    }

    private static int index(List<JournalEntry> journal, Class<? extends JournalEntry> type) {
        for (int i = 0; i < journal.size(); i++) {
            if (type.isInstance(journal.get(i))) {
                return i;
            }
        }
        throw new AssertionError("no " + type.getSimpleName());
    }
}
