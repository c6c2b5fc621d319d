package org.airshed.market.settlement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.airshed.market.ledger.Conservation;
import org.airshed.market.ledger.LedgerResult;
import org.airshed.market.ledger.PermitAsset;
import org.airshed.market.ledger.ResultCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MarketLedgerTest {
    private final MarketLedger book = new MarketLedger("SO2", "CNY");

    @AfterEach
    void nothingWasCreatedOrLost() {
        Conservation.assertConserved(book.ledger());
    }

    @Test
    void aTradeMovesPermitsPaymentAndFeeTogether() {
        PermitAsset v1 = book.asset(2025, "coastal");
        book.open("s");
        book.open("b");
        book.issue("issue-s", "s", v1, 5_000);
        LedgerResult r = book.settle(new Trade("t1", 0, "s", "b", 2_000, 30, 6_000, 400));
        assertTrue(r.isApplied(), r.toString());
        assertEquals(3_000, book.permitsHeld("s"));
        assertEquals(2_000, book.permitsHeld("b"));
        assertEquals(6_000, book.money("s"));
        assertEquals(-6_400, book.money("b"));
        assertEquals(400, book.money(MarketLedger.BROKERS));
    }

    @Test
    void aSaleAboveHoldingsIsRejectedWholeWithACode() {
        book.open("s");
        book.open("b");
        book.issue("i1", "s", book.asset(1, "all"), 1_000);
        book.issue("i2", "s", book.asset(2, "all"), 1_000);
        LedgerResult over = book.settle(new Trade("t1", 0, "s", "b", 2_500, 10, 25_000, 0));
        assertEquals(ResultCode.OVERDRAFT, over.code());
        assertEquals(2_000, book.permitsHeld("s"));
        assertEquals(0, book.money("b"));
        int journal = book.ledger().journalSize();
        LedgerResult nothing = book.settle(new Trade("t2", 0, "b", "s", 1, 10, 0, 0));
        assertEquals(ResultCode.OVERDRAFT, nothing.code());
        LedgerResult stranger = book.settle(new Trade("t3", 0, "s", "x", 1, 10, 0, 0));
        assertEquals(ResultCode.UNKNOWN_ACCOUNT, stranger.code());
        assertEquals(journal, book.ledger().journalSize(), "refused trades leave no trace");
    }

    @Test
    void surrenderTakesOldestVintagesFirstAndNeverFuturePermits() {
        book.open("s");
        book.issue("i1", "s", book.asset(1, "all"), 1_000);
        book.issue("i2", "s", book.asset(2, "all"), 1_000);
        book.issue("i3", "s", book.asset(3, "all"), 1_000);
        assertEquals(1_500, book.surrender("c2", "s", 2, 1_500));
        assertEquals(500, book.surrender("c2b", "s", 2, 900), "only 500 of vintage ≤ 2 are left");
        assertEquals(1_000, book.permitsHeld("s"));
    }

    @Test
    void matchedTradesClearEveryPositionInFewTrades() {
        SplittableRandom random = new SplittableRandom(5);
        for (int trial = 0; trial < 200; trial++) {
            int n = 2 + random.nextInt(12);
            long[] net = new long[n];
            long sum = 0;
            for (int i = 0; i + 1 < n; i++) {
                net[i] = random.nextLong(-5_000, 5_000);
                sum += net[i];
            }
            net[n - 1] = -sum;
            List<String> holders = java.util.stream.IntStream.range(0, n).mapToObj(i -> "h" + i).toList();
            List<Trade> trades = TradeMatcher.match(holders, net, 12.5, 1, "t", 0);
            long[] after = new long[n];
            for (Trade t : trades) {
                after[holders.indexOf(t.buyer())] += t.quantity();
                after[holders.indexOf(t.seller())] -= t.quantity();
                assertEquals(Math.round(t.quantity() * 12.5 / 10), t.payment(), 1, "price × quantity in fen");
            }
            assertEquals(java.util.Arrays.toString(net), java.util.Arrays.toString(after));
            assertTrue(trades.size() <= Math.max(0, n - 1));
        }
    }

    @Test
    void positionsThatDoNotBalanceAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> TradeMatcher.match(List.of("a", "b"), new long[] {5, -4}, 1, 0, "t", 0));
    }
}
