package org.airshed.market.ledger;

/** Assets and accounts shared by the ledger tests. */
final class LedgerFixtures {
    static final PermitAsset SO2 = new PermitAsset("SO2", 2025, "north");
    static final PermitAsset SO2_2026 = new PermitAsset("SO2", 2026, "north");
    static final PermitAsset SO2_SOUTH = new PermitAsset("SO2", 2025, "south");
    static final PermitAsset NOX = new PermitAsset("NOx", 2025, "north");
    static final Cash CNY = new Cash("CNY");
    static final Cash USD = new Cash("USD");

    static final AccountId AH_SO2 = AccountId.of("AH", SO2);
    static final AccountId JS_SO2 = AccountId.of("JS", SO2);
    static final AccountId ZJ_SO2 = AccountId.of("ZJ", SO2);
    static final AccountId AH_CNY = AccountId.of("AH", CNY);
    static final AccountId JS_CNY = AccountId.of("JS", CNY);
    static final AccountId EXCHANGE_CNY = AccountId.of("exchange", CNY);

    private LedgerFixtures() {
    }

    /** A ledger with AH, JS, ZJ holding SO2 accounts, AH, JS and the exchange CNY accounts, all without credit. */
    static Ledger openLedger() {
        Ledger ledger = new Ledger();
        for (AccountId account : new AccountId[] {AH_SO2, JS_SO2, ZJ_SO2, AH_CNY, JS_CNY, EXCHANGE_CNY}) {
            if (!ledger.open(account).isApplied()) {
                throw new IllegalStateException("cannot open " + account);
            }
        }
        return ledger;
    }
}
