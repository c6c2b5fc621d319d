package org.airshed.market.ledger;

import static org.airshed.market.ledger.LedgerFixtures.CNY;
import static org.airshed.market.ledger.LedgerFixtures.NOX;
import static org.airshed.market.ledger.LedgerFixtures.SO2;
import static org.airshed.market.ledger.LedgerFixtures.SO2_2026;
import static org.airshed.market.ledger.LedgerFixtures.SO2_SOUTH;
import static org.airshed.market.ledger.LedgerFixtures.USD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssetTest {
    @Test
    void permitsDifferByPollutantVintageAndZone() {
        assertEquals(new PermitAsset("SO2", 2025, "north"), SO2);
        assertNotEquals(SO2, SO2_2026);
        assertNotEquals(SO2, SO2_SOUTH);
        assertNotEquals(SO2, NOX);
        assertEquals("SO2/2025/north", SO2.toString());
        assertEquals("CNY", CNY.toString());
    }

    @Test
    void sortsPermitsBeforeMoneyThenByFields() {
        List<Asset> assets = new ArrayList<>(List.of(USD, SO2_SOUTH, CNY, SO2_2026, SO2, NOX));
        assets.sort(Asset.ORDER);
        assertEquals(List.of(NOX, SO2, SO2_SOUTH, SO2_2026, CNY, USD), assets);
    }

    @Test
    void rejectsBlankPaddedOrMissingNamesAndNegativeVintages() {
        assertMessage("pollutant", () -> new PermitAsset(" SO2", 2025, "north"));
        assertMessage("zone", () -> new PermitAsset("SO2", 2025, ""));
        assertMessage("-1", () -> new PermitAsset("SO2", -1, "north"));
        assertMessage("currency", () -> new Cash(null));
        assertMessage("currency", () -> new Cash("  "));
    }

    private static void assertMessage(String fragment, Runnable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call::run);
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
    }
}
