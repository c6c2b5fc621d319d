package org.airshed.market.ledger;

import static org.airshed.market.ledger.LedgerFixtures.AH_CNY;
import static org.airshed.market.ledger.LedgerFixtures.AH_SO2;
import static org.airshed.market.ledger.LedgerFixtures.CNY;
import static org.airshed.market.ledger.LedgerFixtures.JS_CNY;
import static org.airshed.market.ledger.LedgerFixtures.JS_SO2;
import static org.airshed.market.ledger.LedgerFixtures.SO2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MovementTest {
    @Test
    void factoriesPickTheSystemAccountsOfTheAsset() {
        assertEquals(new Movement(MovementKind.ISSUE, AccountId.issuer(SO2), AH_SO2, 5), Movement.issue(AH_SO2, 5));
        assertEquals(AccountId.surrendered(SO2), Movement.surrender(AH_SO2, 5).to());
        assertEquals(AccountId.retired(SO2), Movement.retire(AH_SO2, 5).to());
        assertEquals(AccountId.external(CNY), Movement.deposit(AH_CNY, 5).from());
        assertEquals(AccountId.external(CNY), Movement.withdrawal(AH_CNY, 5).to());
        assertEquals(MovementKind.FEE, Movement.fee(AH_CNY, JS_CNY, 5).kind());
        assertEquals("TRANSFER 1500 SO2/2025/north AH -> JS", Movement.transfer(AH_SO2, JS_SO2, 1500).toString());
    }

    @Test
    void keepsBadAmountsForTheLedgerToRejectButNotNulls() {
        assertEquals(-5, Movement.payment(AH_CNY, JS_CNY, -5).amount());
        assertThrows(IllegalArgumentException.class, () -> new Movement(null, AH_SO2, JS_SO2, 1));
        assertThrows(IllegalArgumentException.class, () -> Movement.transfer(AH_SO2, null, 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Movement.issue(AH_CNY, 1));
        assertTrue(e.getMessage().contains("permit account") && e.getMessage().contains("AH:CNY"), e.getMessage());
    }

    @Test
    void kindsConnectOnlyTheirRoles() {
        assertTrue(MovementKind.ISSUE.connects(AccountId.issuer(SO2), AH_SO2));
        assertFalse(MovementKind.ISSUE.connects(JS_SO2, AH_SO2));
        assertTrue(MovementKind.TRANSFER.connects(JS_SO2, AH_SO2));
        assertFalse(MovementKind.TRANSFER.connects(JS_CNY, AH_CNY));
        assertTrue(MovementKind.PAYMENT.connects(JS_CNY, AH_CNY));
        assertFalse(MovementKind.PAYMENT.connects(JS_SO2, AH_SO2));
        assertFalse(MovementKind.SURRENDER.connects(AH_SO2, AccountId.retired(SO2)));
    }
}
