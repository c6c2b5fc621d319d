package org.airshed.market.ledger;

import static org.airshed.market.ledger.LedgerFixtures.AH_CNY;
import static org.airshed.market.ledger.LedgerFixtures.AH_SO2;
import static org.airshed.market.ledger.LedgerFixtures.CNY;
import static org.airshed.market.ledger.LedgerFixtures.EXCHANGE_CNY;
import static org.airshed.market.ledger.LedgerFixtures.JS_CNY;
import static org.airshed.market.ledger.LedgerFixtures.JS_SO2;
import static org.airshed.market.ledger.LedgerFixtures.USD;
import static org.airshed.market.ledger.LedgerPermitTest.assertApplied;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Deposits, payments, fees, withdrawals, credit limits, and a whole trade. */
class LedgerMoneyTest {
    private final Ledger ledger = LedgerFixtures.openLedger();

    @AfterEach
    void nothingCreatedOrLost() {
        Conservation.assertConserved(ledger);
    }

    @Test
    void moneyInTheMarketIsMatchedByTheOutsideWorld() {
        assertApplied(ledger.apply("d1", Movement.deposit(AH_CNY, Quantum.MONEY.of(1_000.50))));
        assertApplied(ledger.apply("p1", Movement.payment(AH_CNY, JS_CNY, 40_000)));
        assertApplied(ledger.apply("w1", Movement.withdrawal(JS_CNY, 10_000)));
        assertEquals(60_050, ledger.balance(AH_CNY));
        assertEquals(30_000, ledger.balance(JS_CNY));
        assertEquals(-90_050, ledger.balance(AccountId.external(CNY)));
        assertEquals(List.of(new MoneyTotals(CNY, BigInteger.valueOf(90_050), BigInteger.valueOf(-90_050))),
                ConservationReport.of(ledger).money());
    }

    @Test
    void aTradeMovesPermitsPriceAndFeeTogether() {
        assertApplied(ledger.apply("i1", Movement.issue(AH_SO2, Quantum.PERMIT.of(10))));
        assertApplied(ledger.apply("d1", Movement.deposit(JS_CNY, Quantum.MONEY.of(50_000))));
        // 2.5 t at 4,300 yuan/t plus a 20 yuan/t fee
        long permits = Quantum.PERMIT.of(2.5);
        assertApplied(ledger.apply("trade-1", Movement.transfer(AH_SO2, JS_SO2, permits),
                Movement.payment(JS_CNY, AH_CNY, Quantum.MONEY.of(2.5 * 4_300)),
                Movement.fee(JS_CNY, EXCHANGE_CNY, Quantum.MONEY.of(2.5 * 20))));
        assertEquals("7.500", Quantum.PERMIT.toPlainString(ledger.balance(AH_SO2)));
        assertEquals("2.500", Quantum.PERMIT.toPlainString(ledger.balance(JS_SO2)));
        assertEquals("10750.00", Quantum.MONEY.toPlainString(ledger.balance(AH_CNY)));
        assertEquals("39200.00", Quantum.MONEY.toPlainString(ledger.balance(JS_CNY)));
        assertEquals("50.00", Quantum.MONEY.toPlainString(ledger.balance(EXCHANGE_CNY)));
    }

    @Test
    void creditLetsAnAccountGoNegativeUpToItsLimit() {
        AccountId regulator = AccountId.of("regulator", CNY);
        assertApplied(ledger.open(regulator, 50_000));
        assertApplied(ledger.apply("c1", Movement.payment(regulator, AH_CNY, 50_000)));
        assertEquals(-50_000, ledger.balance(regulator));
        LedgerResult beyond = ledger.apply("c2", Movement.payment(regulator, AH_CNY, 1));
        assertEquals(ResultCode.OVERDRAFT, beyond.code());
        assertEquals(50_000, ledger.creditLimit(regulator));
        assertEquals(-50_000, ledger.balance(regulator));
    }

    @Test
    void unlimitedCreditStopsOnlyAtTheRangeOfALong() {
        AccountId fund = AccountId.of("fund", USD);
        AccountId region = AccountId.of("AH", USD);
        assertApplied(ledger.open(fund, AccountOpening.UNLIMITED_CREDIT));
        assertApplied(ledger.open(region));
        assertApplied(ledger.apply("u1", Movement.payment(fund, region, Long.MAX_VALUE)));
        assertEquals(-Long.MAX_VALUE, ledger.balance(fund));
        assertEquals(ResultCode.BALANCE_OVERFLOW, ledger.apply("u2", Movement.payment(region, fund, 1),
                Movement.payment(fund, region, 2)).code());
        assertApplied(ledger.apply("u3", Movement.payment(region, fund, 1)));
        assertEquals(AccountOpening.UNLIMITED_CREDIT, ledger.creditLimit(fund));
    }
}
