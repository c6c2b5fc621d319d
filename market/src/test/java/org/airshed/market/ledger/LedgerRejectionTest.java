package org.airshed.market.ledger;

import static org.airshed.market.ledger.LedgerFixtures.AH_CNY;
import static org.airshed.market.ledger.LedgerFixtures.AH_SO2;
import static org.airshed.market.ledger.LedgerFixtures.CNY;
import static org.airshed.market.ledger.LedgerFixtures.EXCHANGE_CNY;
import static org.airshed.market.ledger.LedgerFixtures.JS_CNY;
import static org.airshed.market.ledger.LedgerFixtures.JS_SO2;
import static org.airshed.market.ledger.LedgerFixtures.NOX;
import static org.airshed.market.ledger.LedgerFixtures.SO2;
import static org.airshed.market.ledger.LedgerFixtures.SO2_2026;
import static org.airshed.market.ledger.LedgerFixtures.ZJ_SO2;
import static org.airshed.market.ledger.LedgerPermitTest.assertApplied;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bad market input: each is rejected with its code and a message, and changes nothing. */
class LedgerRejectionTest {
    private final Ledger ledger = LedgerFixtures.openLedger();
    private SortedMap<AccountId, Long> before;
    private List<JournalEntry> journalBefore;

    @BeforeEach
    void fund() {
        assertApplied(ledger.apply("i1", Movement.issue(AH_SO2, 1_000)));
        assertApplied(ledger.apply("d1", Movement.deposit(JS_CNY, 5_000)));
        before = ledger.balances();
        journalBefore = ledger.journal();
    }

    @AfterEach
    void nothingCreatedOrLost() {
        Conservation.assertConserved(ledger);
    }

    @Test
    void aTradeWhoseLastLegOverdrawsChangesNoBalance() {
        LedgerResult result = ledger.apply("trade-9", Movement.transfer(AH_SO2, JS_SO2, 400),
                Movement.payment(JS_CNY, AH_CNY, 5_000), Movement.fee(JS_CNY, EXCHANGE_CNY, 1));
        assertRejected(ResultCode.OVERDRAFT, result, "trade-9#2", "JS:CNY has 0; cannot pay 1");
    }

    @Test
    void permitHoldingsCannotGoNegative() {
        assertRejected(ResultCode.OVERDRAFT, ledger.apply("t1", Movement.transfer(AH_SO2, JS_SO2, 1_001)),
                "AH:SO2/2025/north has 1000; cannot pay 1001");
        assertRejected(ResultCode.OVERDRAFT, ledger.apply("s1", Movement.surrender(JS_SO2, 1)), "s1#0");
    }

    @Test
    void legsApplyInOrderSoAPayeeCannotSpendFirst() {
        assertRejected(ResultCode.OVERDRAFT, ledger.apply("t1", Movement.transfer(JS_SO2, ZJ_SO2, 10),
                Movement.transfer(AH_SO2, JS_SO2, 10)), "t1#0");
    }

    @Test
    void unknownAccountsAreNamed() {
        AccountId stranger = AccountId.of("SH", SO2);
        assertRejected(ResultCode.UNKNOWN_ACCOUNT, ledger.apply("t1", Movement.transfer(AH_SO2, stranger, 5)),
                "unknown account SH:SO2/2025/north");
        assertRejected(ResultCode.UNKNOWN_ACCOUNT, ledger.apply("t1", Movement.issue(AccountId.of("AH", NOX), 5)),
                "@issuer:NOx/2025/north");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ledger.balance(stranger));
        assertTrue(e.getMessage().contains("SH:SO2/2025/north"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ledger.creditLimit(stranger));
    }

    @Test
    void amountsMustBePositive() {
        assertRejected(ResultCode.NON_POSITIVE_AMOUNT, ledger.apply("t1", Movement.transfer(AH_SO2, JS_SO2, 0)),
                "got 0");
        assertRejected(ResultCode.NON_POSITIVE_AMOUNT, ledger.apply("t1", Movement.transfer(AH_SO2, JS_SO2, 10),
                Movement.payment(JS_CNY, AH_CNY, -50)), "t1#1", "got -50");
    }

    @Test
    void bothAccountsMustHoldTheSameAsset() {
        AccountId js2026 = AccountId.of("JS", SO2_2026);
        assertApplied(ledger.open(js2026));
        before = ledger.balances();
        journalBefore = ledger.journal();
        assertRejected(ResultCode.ASSET_MISMATCH, ledger.apply("t1", Movement.transfer(AH_SO2, js2026, 10)),
                "SO2/2025/north", "SO2/2026/north");
        assertRejected(ResultCode.ASSET_MISMATCH, ledger.apply("t1", Movement.transfer(AH_SO2, JS_CNY, 10)), "CNY");
    }

    @Test
    void accountsMustFitTheKindOfMovement() {
        assertRejected(ResultCode.KIND_MISMATCH, ledger.apply("t1", new Movement(MovementKind.ISSUE, AH_SO2, JS_SO2,
                10)), "ISSUE goes from @issuer to participant permits accounts");
        assertRejected(ResultCode.KIND_MISMATCH, ledger.apply("t1", Movement.transfer(JS_CNY, AH_CNY, 10)));
        assertRejected(ResultCode.KIND_MISMATCH, ledger.apply("t1", Movement.payment(AH_SO2, JS_SO2, 10)));
        assertRejected(ResultCode.KIND_MISMATCH, ledger.apply("t1", new Movement(MovementKind.TRANSFER,
                AccountId.surrendered(SO2), AH_SO2, 1)));
        assertRejected(ResultCode.KIND_MISMATCH, ledger.apply("t1", new Movement(MovementKind.DEPOSIT,
                AH_CNY, EXCHANGE_CNY, 1)), "DEPOSIT goes from @external to participant money accounts");
    }

    @Test
    void anAccountCannotPayItself() {
        assertRejected(ResultCode.SAME_ACCOUNT, ledger.apply("t1", Movement.transfer(AH_SO2, AH_SO2, 10)),
                "AH:SO2/2025/north");
    }

    @Test
    void aTransactionNeedsMovements() {
        assertRejected(ResultCode.EMPTY_TRANSACTION, ledger.apply("t1"), "t1");
    }

    @Test
    void balancesStayWithinTheRangeOfALong() {
        // the outside world reaches Long.MIN_VALUE: 2^63 units are in the market
        assertApplied(ledger.apply("d2", Movement.deposit(AH_CNY, Long.MAX_VALUE - 4_999)));
        assertEquals(Long.MIN_VALUE, ledger.balance(AccountId.external(CNY)));
        before = ledger.balances();
        journalBefore = ledger.journal();
        assertRejected(ResultCode.BALANCE_OVERFLOW, ledger.apply("d3", Movement.deposit(EXCHANGE_CNY, 1)),
                "@external:CNY balance -9223372036854775808 - 1");
        assertRejected(ResultCode.BALANCE_OVERFLOW, ledger.apply("p1", Movement.payment(JS_CNY, AH_CNY, 5_000)),
                "AH:CNY balance 9223372036854770808 + 5000");
    }

    @Test
    void systemAccountsAndBadCreditLimitsCannotBeOpened() {
        assertRejected(ResultCode.RESERVED_HOLDER, ledger.open(AccountId.issuer(NOX)), "@issuer:NOx/2025/north");
        assertRejected(ResultCode.INVALID_CREDIT_LIMIT, ledger.open(AccountId.of("SH", CNY), -1), "got -1");
        assertRejected(ResultCode.INVALID_CREDIT_LIMIT, ledger.open(AccountId.of("SH", SO2), 10), "permit");
    }

    private void assertRejected(ResultCode expected, LedgerResult result, String... fragments) {
        assertEquals(expected, result.code(), result::toString);
        for (String fragment : fragments) {
            assertTrue(result.message().contains(fragment), () -> "\"" + fragment + "\" not in " + result);
        }
        assertEquals(before, ledger.balances(), "balances after " + result);
        assertEquals(journalBefore, ledger.journal(), "journal after " + result);
    }
}
