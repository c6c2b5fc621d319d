package org.airshed.market.ledger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.airshed.market.settlement.MarketLedger;
import org.airshed.market.settlement.Trade;
import org.junit.jupiter.api.Test;

/**
 * The journal written with the hashes chained as it grew, against {@link LedgerJournal} writing
 * the entries as they were journaled and hashing them (the reference): the same file byte for
 * byte and the same chain head; and the audit run alongside a market the same as the audit of its
 * whole journal — on seeded random ledgers and markets, with rejected and repeated operations.
 */
class JournalChainedOnceTest {
    @Test
    void bytesHeadEntriesAndAuditMatchTheReference() throws IOException {
        SplittableRandom random = new SplittableRandom(2026);
        for (int seed = 0; seed < 60; seed++) {
            List<JournalEntry> journaled = new ArrayList<>();
            Ledger ledger = new Ledger(journaled::add);
            randomOperations(ledger, random);
            assertSame(ledger, journaled, "seed " + seed);
        }
    }

    @Test
    void aMarketsRunningAuditIsTheAuditOfItsJournal() {
        SplittableRandom random = new SplittableRandom(7);
        for (int seed = 0; seed < 40; seed++) {
            MarketLedger book = new MarketLedger("SO2", "CNY");
            int holders = 2 + random.nextInt(5);
            for (int h = 0; h < holders; h++) {
                book.open("h" + h);
            }
            book.declareCap(2025, 1000 + random.nextInt(1000), 0);
            for (int h = 0; h < holders; h++) {
                book.issue("issue-" + h, "h" + h, book.asset(2025, "all"), 100_000 + random.nextInt(100_000));
            }
            for (int t = 0; t < random.nextInt(20); t++) {
                int seller = random.nextInt(holders);
                int buyer = (seller + 1 + random.nextInt(holders - 1)) % holders;
                long quantity = 1 + random.nextInt(50_000);
                book.settle(new Trade("T" + t, 0, "h" + seller, "h" + buyer, quantity, 20, quantity * 2, 0));
            }
            int complying = random.nextInt(holders + 1);
            for (int h = 0; h < complying; h++) {
                book.comply("surrender-p0-h" + h, "h" + h, 0, 2025, random.nextInt(300_000));
            }
            if (random.nextBoolean()) {
                book.close(1);
            }
            assertEquals(JournalAudit.of(book.ledger().journal()), book.audit(), "seed " + seed);
        }
    }

    private static void assertSame(Ledger ledger, List<JournalEntry> journaled, String label) throws IOException {
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        String head = LedgerJournal.write(expected, journaled);
        ByteArrayOutputStream actual = new ByteArrayOutputStream();
        ledger.writeJournal(actual);
        assertArrayEquals(expected.toByteArray(), actual.toByteArray(), label);
        assertEquals(head, ledger.journalHead(), label);
        assertEquals(JournalChain.headOf(journaled), ledger.journalHead(), label);
        assertEquals(journaled, ledger.journal(), label);
        assertEquals(journaled.size(), ledger.journalSize(), label);
    }

    /** Openings, issues, transfers and payments, some rejected, some repeating an id (with the same or other legs). */
    private static void randomOperations(Ledger ledger, SplittableRandom random) {
        PermitAsset permit = new PermitAsset("SO2", 2025, "north");
        Cash cash = new Cash("CNY");
        String[] holders = {"AH", "JS", "ZJ \u00e9", "SH"};
        for (String h : holders) {
            ledger.open(AccountId.of(h, permit));
            ledger.open(AccountId.of(h, cash), random.nextInt(3) * 1000L);
        }
        ledger.declare(new CapRecord("SO2", 2025, 100.0005, 100_000, 0));
        List<Transaction> done = new ArrayList<>();
        for (int op = 0; op < 200; op++) {
            if (!done.isEmpty() && random.nextInt(10) == 0) {
                ledger.apply(done.get(random.nextInt(done.size())));
                continue;
            }
            String from = holders[random.nextInt(holders.length)];
            String to = holders[random.nextInt(holders.length)];
            long amount = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(5_000);
            Transaction t = switch (random.nextInt(3)) {
                case 0 -> Transaction.of("op" + op, Movement.issue(AccountId.of(to, permit), amount));
                case 1 -> Transaction.of("op" + op, Movement.transfer(AccountId.of(from, permit),
                        AccountId.of(to, permit), amount));
                default -> Transaction.of(random.nextInt(4) == 0 ? "op" + random.nextInt(op + 1) : "op" + op,
                        Movement.payment(AccountId.of(from, cash), AccountId.of(to, cash), amount));
            };
            if (ledger.apply(t).isApplied()) {
                done.add(t);
            }
        }
    }
}
