package org.airshed.market.ledger;

import static org.airshed.market.ledger.LedgerFixtures.CNY;
import static org.airshed.market.ledger.LedgerFixtures.SO2;
import static org.airshed.market.ledger.LedgerFixtures.SO2_2026;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountIdTest {
    @Test
    void systemHoldersHaveReservedNamesAndRoles() {
        assertEquals(new AccountId("@issuer", SO2), AccountId.issuer(SO2));
        assertEquals(AccountRole.ISSUER, AccountId.issuer(SO2).role());
        assertEquals(AccountRole.SURRENDERED, AccountId.surrendered(SO2).role());
        assertEquals(AccountRole.RETIRED, AccountId.retired(SO2).role());
        assertEquals(AccountRole.EXTERNAL, AccountId.external(CNY).role());
        assertEquals(AccountRole.PARTICIPANT, AccountId.of("AH", SO2).role());
        assertEquals("@issuer:SO2/2025/north", AccountId.issuer(SO2).toString());
    }

    @Test
    void systemHoldersHoldOnlyTheirKindOfAsset() {
        assertMessage("@issuer cannot hold CNY", () -> AccountId.of("@issuer", CNY));
        assertMessage("@external cannot hold SO2/2025/north", () -> AccountId.of("@external", SO2));
        assertMessage("reserved", () -> AccountId.of("@boss", SO2));
        assertMessage("holder", () -> AccountId.of("", SO2));
        assertMessage("asset", () -> AccountId.of("AH", null));
    }

    @Test
    void sortsByAssetThenHolder() {
        List<AccountId> accounts = new ArrayList<>(List.of(AccountId.of("ZJ", CNY), AccountId.of("AH", SO2_2026),
                AccountId.of("JS", SO2), AccountId.issuer(SO2), AccountId.of("AH", CNY)));
        accounts.sort(null);
        assertEquals(List.of(AccountId.issuer(SO2), AccountId.of("JS", SO2), AccountId.of("AH", SO2_2026),
                AccountId.of("AH", CNY), AccountId.of("ZJ", CNY)), accounts);
    }

    private static void assertMessage(String fragment, Runnable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call::run);
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
    }
}
