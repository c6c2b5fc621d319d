package org.airshed.market.ledger;

import static org.airshed.market.ledger.LedgerFixtures.AH_CNY;
import static org.airshed.market.ledger.LedgerFixtures.AH_SO2;
import static org.airshed.market.ledger.LedgerFixtures.JS_CNY;
import static org.airshed.market.ledger.LedgerFixtures.JS_SO2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransactionTest {
    @Test
    void equalWhenIdAndMovementsAreEqual() {
        Transaction trade = Transaction.of("t1", Movement.transfer(AH_SO2, JS_SO2, 10),
                Movement.payment(JS_CNY, AH_CNY, 500));
        assertEquals(trade, new Transaction("t1", List.of(Movement.transfer(AH_SO2, JS_SO2, 10),
                Movement.payment(JS_CNY, AH_CNY, 500))));
        assertNotEquals(trade, Transaction.of("t1", Movement.transfer(AH_SO2, JS_SO2, 10)));
        assertEquals("t1#1", trade.movementId(1));
        assertThrows(IllegalArgumentException.class, () -> trade.movementId(2));
    }

    @Test
    void copiesItsMovements() {
        List<Movement> legs = new ArrayList<>(List.of(Movement.transfer(AH_SO2, JS_SO2, 10)));
        Transaction transaction = new Transaction("t1", legs);
        legs.clear();
        assertEquals(1, transaction.movements().size());
        assertThrows(UnsupportedOperationException.class, () -> transaction.movements().clear());
    }

    @Test
    void rejectsBlankIdsAndNullMovements() {
        assertThrows(IllegalArgumentException.class, () -> Transaction.of(" ", Movement.transfer(AH_SO2, JS_SO2, 1)));
        assertThrows(IllegalArgumentException.class, () -> new Transaction("t1", null));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Transaction("t1", Arrays.asList(Movement.transfer(AH_SO2, JS_SO2, 1), null)));
        assertTrue(e.getMessage().contains("movement 1"), e.getMessage());
    }
}
