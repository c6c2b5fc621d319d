package org.airshed.market.ledger;

import static org.airshed.market.ledger.LedgerFixtures.AH_CNY;
import static org.airshed.market.ledger.LedgerFixtures.AH_SO2;
import static org.airshed.market.ledger.LedgerFixtures.CNY;
import static org.airshed.market.ledger.LedgerFixtures.EXCHANGE_CNY;
import static org.airshed.market.ledger.LedgerFixtures.JS_CNY;
import static org.airshed.market.ledger.LedgerFixtures.JS_SO2;
import static org.airshed.market.ledger.LedgerFixtures.SO2;
import static org.airshed.market.ledger.LedgerFixtures.SO2_2026;
import static org.airshed.market.ledger.LedgerFixtures.ZJ_SO2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Issuing, transferring, surrendering and retiring permits. */
class LedgerPermitTest {
    private final Ledger ledger = LedgerFixtures.openLedger();

    @AfterEach
    void nothingCreatedOrLost() {
        Conservation.assertConserved(ledger);
    }

    @Test
    void issuingMakesTheIssuerNegativeByTheTotalIssued() {
        assertApplied(ledger.apply("i1", Movement.issue(AH_SO2, 1_500_000), Movement.issue(JS_SO2, 500_000)));
        assertEquals(1_500_000, ledger.balance(AH_SO2));
        assertEquals(500_000, ledger.balance(JS_SO2));
        assertEquals(-2_000_000, ledger.balance(AccountId.issuer(SO2)));
    }

    @Test
    void transferMovesPermitsBetweenParticipants() {
        assertApplied(ledger.apply("i1", Movement.issue(AH_SO2, 1_000)));
        assertApplied(ledger.apply("t1", Movement.transfer(AH_SO2, JS_SO2, 400)));
        assertApplied(ledger.apply("t2", Movement.transfer(JS_SO2, ZJ_SO2, 400)));
        assertEquals(600, ledger.balance(AH_SO2));
        assertEquals(0, ledger.balance(JS_SO2));
        assertEquals(400, ledger.balance(ZJ_SO2));
    }

    @Test
    void surrenderedAndRetiredPermitsStayCounted() {
        assertApplied(ledger.apply("i1", Movement.issue(AH_SO2, 1_000)));
        assertApplied(ledger.apply("s1", Movement.surrender(AH_SO2, 700)));
        assertApplied(ledger.apply("r1", Movement.retire(AH_SO2, 200)));
        assertEquals(100, ledger.balance(AH_SO2));
        assertEquals(700, ledger.balance(AccountId.surrendered(SO2)));
        assertEquals(200, ledger.balance(AccountId.retired(SO2)));
        PermitTotals totals = ConservationReport.of(ledger).permits().get(0);
        assertEquals(new PermitTotals(SO2, BigInteger.valueOf(1_000), BigInteger.valueOf(100),
                BigInteger.valueOf(700), BigInteger.valueOf(200)), totals);
    }

    @Test
    void vintagesAreSeparateAssets() {
        AccountId ah2026 = AccountId.of("AH", SO2_2026);
        assertApplied(ledger.open(ah2026));
        assertApplied(ledger.apply("i1", Movement.issue(AH_SO2, 10), Movement.issue(ah2026, 30)));
        assertEquals(Map.of(SO2, 10L, SO2_2026, 30L, CNY, 0L), ledger.holdings("AH"));
        assertEquals(List.of(SO2, SO2_2026, CNY), List.copyOf(ledger.holdings("AH").keySet()));
        assertEquals(-30, ledger.balance(AccountId.issuer(SO2_2026)));
        assertEquals(Map.of(), ledger.holdings("nobody"));
    }

    @Test
    void accountsAreListedByAssetThenHolderWithSystemAccounts() {
        assertEquals(List.of(AccountId.issuer(SO2), AccountId.retired(SO2), AccountId.surrendered(SO2), AH_SO2, JS_SO2,
                ZJ_SO2, AccountId.external(CNY), AH_CNY, JS_CNY, EXCHANGE_CNY), ledger.accounts());
        assertTrue(ledger.isOpen(AccountId.issuer(SO2)));
        assertFalse(ledger.isOpen(AccountId.issuer(SO2_2026)));
        assertEquals(6, ledger.journalSize());
        assertEquals(0, ledger.creditLimit(AH_SO2));
        assertEquals(AccountOpening.UNLIMITED_CREDIT, ledger.creditLimit(AccountId.issuer(SO2)));
    }

    @Test
    void anIssueAndATransferInOneTransactionApplyInOrder() {
        assertApplied(ledger.apply("offset", Movement.issue(AH_SO2, 50), Movement.transfer(AH_SO2, JS_SO2, 50)));
        assertEquals(0, ledger.balance(AH_SO2));
        assertEquals(50, ledger.balance(JS_SO2));
        assertEquals(Transaction.of("offset", Movement.issue(AH_SO2, 50), Movement.transfer(AH_SO2, JS_SO2, 50)),
                ledger.transaction("offset"));
    }

    static void assertApplied(LedgerResult result) {
        assertEquals(ResultCode.APPLIED, result.code(), result::toString);
    }
}
