package org.airshed.market.ledger;

import static org.airshed.market.ledger.LedgerFixtures.AH_CNY;
import static org.airshed.market.ledger.LedgerFixtures.AH_SO2;
import static org.airshed.market.ledger.LedgerFixtures.CNY;
import static org.airshed.market.ledger.LedgerFixtures.JS_CNY;
import static org.airshed.market.ledger.LedgerFixtures.JS_SO2;
import static org.airshed.market.ledger.LedgerFixtures.SO2;
import static org.airshed.market.ledger.LedgerPermitTest.assertApplied;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The report catches every way balances can fail to add up, computed from balances alone. */
class ConservationReportTest {
    private final Ledger ledger = LedgerFixtures.openLedger();

    @AfterEach
    void nothingCreatedOrLost() {
        Conservation.assertConserved(ledger);
    }

    @Test
    void aBusyLedgerIsConserved() {
        assertApplied(ledger.apply("i1", Movement.issue(AH_SO2, 900), Movement.issue(JS_SO2, 100)));
        assertApplied(ledger.apply("s1", Movement.surrender(AH_SO2, 300), Movement.retire(JS_SO2, 50)));
        assertApplied(ledger.apply("d1", Movement.deposit(AH_CNY, 7_000)));
        ConservationReport report = ConservationReport.of(ledger);
        assertTrue(report.isConserved());
        report.requireConserved();
        assertEquals(List.of(new PermitTotals(SO2, big(1_000), big(650), big(300), big(50))), report.permits());
        assertEquals(List.of(new MoneyTotals(CNY, big(7_000), big(-7_000))), report.money());
    }

    @Test
    void findsPermitsCreatedFromNothingAndNegativeHoldings() {
        Map<AccountId, Long> balances = new TreeMap<>(Map.of(AccountId.issuer(SO2), -100L, AH_SO2, 130L,
                JS_SO2, -10L, AccountId.surrendered(SO2), -5L, AccountId.retired(SO2), 0L));
        ConservationReport report = ConservationReport.of(balances, Map.of());
        assertEquals(List.of("@surrendered:SO2/2025/north holds -5; permit holdings must be ≥ 0",
                "JS:SO2/2025/north holds -10; permit holdings must be ≥ 0",
                "SO2/2025/north: issued 100 ≠ held 120 + surrendered -5 + retired 0"), report.violations());
        assertFalse(report.isConserved());
        IllegalStateException e = assertThrows(IllegalStateException.class, report::requireConserved);
        assertTrue(e.getMessage().contains("issued 100 ≠ held 120"), e.getMessage());
    }

    @Test
    void findsAnIssuerAboveZero() {
        ConservationReport report = ConservationReport.of(Map.of(AccountId.issuer(SO2), 5L, AH_SO2, -5L), Map.of());
        assertTrue(report.violations().contains("@issuer:SO2/2025/north is 5; the issuer's balance must be ≤ 0"),
                report.violations()::toString);
    }

    @Test
    void findsMoneyThatDoesNotSumToZeroAndCreditOverrun() {
        Map<AccountId, Long> balances = Map.of(AccountId.external(CNY), -1_000L, AH_CNY, 1_200L, JS_CNY, -300L);
        ConservationReport report = ConservationReport.of(balances, Map.of(JS_CNY, 200L));
        assertEquals(List.of("JS:CNY is -300, below its credit limit 200",
                "CNY: balances sum to -100, not 0 (participants 900, external -1000)"), report.violations());
        assertTrue(ConservationReport.of(Map.of(AccountId.external(CNY), 300L, JS_CNY, -300L),
                Map.of(JS_CNY, AccountOpening.UNLIMITED_CREDIT)).isConserved());
    }

    private static BigInteger big(long value) {
        return BigInteger.valueOf(value);
    }
}
