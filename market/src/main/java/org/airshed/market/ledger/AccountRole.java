package org.airshed.market.ledger;

/**
 * What an account is for, read from its holder name: participants have ordinary names; the
 * system holders are reserved names starting with {@code @}, one account per asset each.
 */
public enum AccountRole {
    /** A region, firm or market operator; permit balance ≥ 0, money ≥ −credit limit. */
    PARTICIPANT(null),
    /** Permits only: the source of every permit. Its balance is ≤ 0 and its negative is the total issued. */
    ISSUER("@issuer"),
    /** Permits only: handed in against emissions. Receives, never pays; balance ≥ 0. */
    SURRENDERED("@surrendered"),
    /** Permits only: withdrawn from use unsurrendered (cancelled, offset ratios). Receives, never pays. */
    RETIRED("@retired"),
    /**
     * Money only: the world outside the market. Money enters by deposits from it and leaves by
     * withdrawals to it, so its balance is minus the money in the market and money sums to zero.
     */
    EXTERNAL("@external");

    /** Marks a reserved holder name. */
    public static final char SYSTEM_PREFIX = '@';

    private final String holder;

    AccountRole(String holder) {
        this.holder = holder;
    }

    /** The reserved holder name; null for {@link #PARTICIPANT}. */
    public String holder() {
        return holder;
    }

    /** Whether accounts in this role may hold {@code asset}. */
    public boolean holds(Asset asset) {
        return switch (this) {
            case PARTICIPANT -> true;
            case ISSUER, SURRENDERED, RETIRED -> asset instanceof PermitAsset;
            case EXTERNAL -> asset instanceof Cash;
        };
    }

    /** The role of {@code holder}; an unknown name starting with {@code @} is an error. */
    static AccountRole ofHolder(String holder) {
        if (holder.isEmpty() || holder.charAt(0) != SYSTEM_PREFIX) {
            return PARTICIPANT;
        }
        for (AccountRole role : values()) {
            if (holder.equals(role.holder)) {
                return role;
            }
        }
        throw new IllegalArgumentException("holder \"" + holder + "\" starts with " + SYSTEM_PREFIX
                + ", which is reserved for @issuer, @surrendered, @retired and @external");
    }
}
