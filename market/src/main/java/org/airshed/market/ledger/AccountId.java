package org.airshed.market.ledger;

import java.util.Comparator;

/**
 * One account: a holder's balance of one asset. Holders are participants (any name not starting
 * with {@code @}) or the system holders of {@link AccountRole}. Sorted by asset, then holder.
 */
public record AccountId(String holder, Asset asset) implements Comparable<AccountId> {
    private static final Comparator<AccountId> ORDER = Comparator.comparing(AccountId::asset, Asset.ORDER)
            .thenComparing(AccountId::holder);

    public AccountId {
        Asset.requireName(holder, "holder");
        if (asset == null) {
            throw new IllegalArgumentException("asset must not be null");
        }
        AccountRole role = AccountRole.ofHolder(holder);
        if (!role.holds(asset)) {
            throw new IllegalArgumentException("holder " + holder + " cannot hold " + asset + " ("
                    + (asset instanceof Cash ? "money" : "permits") + ")");
        }
    }

    /** A participant's account; {@code holder} must not start with {@code @}. */
    public static AccountId of(String holder, Asset asset) {
        return new AccountId(holder, asset);
    }

    /** The issuer of {@code permits}: its balance is minus the total issued. */
    public static AccountId issuer(PermitAsset permits) {
        return new AccountId(AccountRole.ISSUER.holder(), permits);
    }

    /** Where {@code permits} surrendered against emissions go. */
    public static AccountId surrendered(PermitAsset permits) {
        return new AccountId(AccountRole.SURRENDERED.holder(), permits);
    }

    /** Where retired {@code permits} go. */
    public static AccountId retired(PermitAsset permits) {
        return new AccountId(AccountRole.RETIRED.holder(), permits);
    }

    /** The outside world's account for {@code money}. */
    public static AccountId external(Cash money) {
        return new AccountId(AccountRole.EXTERNAL.holder(), money);
    }

    public AccountRole role() {
        return AccountRole.ofHolder(holder);
    }

    @Override
    public int compareTo(AccountId other) {
        return ORDER.compare(this, other);
    }

    /** {@code holder:asset}, e.g. {@code AH:SO2/2025/north} or {@code @external:CNY}. */
    @Override
    public String toString() {
        return holder + ":" + asset;
    }
}
