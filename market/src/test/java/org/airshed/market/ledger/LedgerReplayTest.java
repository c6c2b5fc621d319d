package org.airshed.market.ledger;

import static org.airshed.market.ledger.LedgerFixtures.AH_CNY;
import static org.airshed.market.ledger.LedgerFixtures.AH_SO2;
import static org.airshed.market.ledger.LedgerFixtures.JS_CNY;
import static org.airshed.market.ledger.LedgerFixtures.JS_SO2;
import static org.airshed.market.ledger.LedgerPermitTest.assertApplied;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A replayed id is a no-op; a reused id with other content is rejected. */
class LedgerReplayTest {
    private final Ledger ledger = LedgerFixtures.openLedger();
    private final Transaction trade = Transaction.of("trade-7", Movement.transfer(AH_SO2, JS_SO2, 300),
            Movement.deposit(JS_CNY, 9_000), Movement.payment(JS_CNY, AH_CNY, 9_000));

    @BeforeEach
    void issueAndTrade() {
        assertApplied(ledger.apply("i1", Movement.issue(AH_SO2, 1_000)));
        assertApplied(ledger.apply(trade));
    }

    @AfterEach
    void nothingCreatedOrLost() {
        Conservation.assertConserved(ledger);
    }

    @Test
    void theSameTransactionAgainChangesNothing() {
        SortedMap<AccountId, Long> before = ledger.balances();
        List<JournalEntry> journal = ledger.journal();
        Transaction equalCopy = Transaction.of("trade-7", Movement.transfer(AH_SO2, JS_SO2, 300),
                Movement.deposit(JS_CNY, 9_000), Movement.payment(JS_CNY, AH_CNY, 9_000));
        for (Transaction replay : List.of(trade, equalCopy, trade)) {
            LedgerResult result = ledger.apply(replay);
            assertEquals(ResultCode.DUPLICATE_IGNORED, result.code());
            assertEquals(before, ledger.balances());
            assertEquals(journal, ledger.journal());
        }
    }

    @Test
    void aReplayIsIgnoredEvenWhenItCouldNoLongerBeApplied() {
        assertApplied(ledger.apply("t2", Movement.transfer(AH_SO2, JS_SO2, 700)));
        assertEquals(0, ledger.balance(AH_SO2));
        assertEquals(ResultCode.DUPLICATE_IGNORED, ledger.apply(trade).code());
        assertEquals(1_000, ledger.balance(JS_SO2));
    }

    @Test
    void theSameIdWithOtherMovementsIsAConflict() {
        SortedMap<AccountId, Long> before = ledger.balances();
        int journalSize = ledger.journalSize();
        List<Transaction> impostors = List.of(
                Transaction.of("trade-7", Movement.transfer(AH_SO2, JS_SO2, 301)),
                Transaction.of("trade-7", Movement.transfer(AH_SO2, JS_SO2, 300), Movement.deposit(JS_CNY, 9_000)),
                Transaction.of("trade-7", Movement.transfer(AH_SO2, JS_SO2, 300), Movement.deposit(JS_CNY, 9_000),
                        Movement.fee(JS_CNY, AH_CNY, 9_000)),
                Transaction.of("i1", Movement.issue(JS_SO2, 1_000)));
        for (Transaction impostor : impostors) {
            LedgerResult result = ledger.apply(impostor);
            assertEquals(ResultCode.ID_CONFLICT, result.code(), impostor::toString);
            assertTrue(result.message().contains(impostor.id()), result.message());
        }
        assertEquals(before, ledger.balances());
        assertEquals(journalSize, ledger.journalSize());
    }

    @Test
    void theIdOfARejectedTransactionIsStillFree() {
        assertEquals(ResultCode.OVERDRAFT, ledger.apply("t3", Movement.transfer(AH_SO2, JS_SO2, 701)).code());
        assertSame(null, ledger.transaction("t3"));
        assertApplied(ledger.apply("t3", Movement.transfer(AH_SO2, JS_SO2, 700)));
    }

    @Test
    void reopeningAnAccountIsANoOpUnlessTheCreditLimitDiffers() {
        int journalSize = ledger.journalSize();
        assertEquals(ResultCode.DUPLICATE_IGNORED, ledger.open(AH_CNY).code());
        assertEquals(ResultCode.DUPLICATE_IGNORED, ledger.open(AH_SO2, 0).code());
        LedgerResult conflict = ledger.open(AH_CNY, 100);
        assertEquals(ResultCode.ID_CONFLICT, conflict.code());
        assertTrue(conflict.message().contains("AH:CNY"), conflict.message());
        assertEquals(0, ledger.creditLimit(AH_CNY));
        assertEquals(journalSize, ledger.journalSize());
    }
}
