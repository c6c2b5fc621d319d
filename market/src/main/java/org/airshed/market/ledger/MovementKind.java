package org.airshed.market.ledger;

/**
 * What a movement does, and so which accounts it may connect: the roles of its payer and payee
 * and, between participants, whether it moves permits or money. A movement whose accounts do not
 * fit its kind is rejected with {@link ResultCode#KIND_MISMATCH}.
 */
public enum MovementKind {
    /** New permits from the issuer to a participant (free allocation, auction, offsets). */
    ISSUE(AccountRole.ISSUER, AccountRole.PARTICIPANT, true),
    /** Permits between participants (a trade's permit leg). */
    TRANSFER(AccountRole.PARTICIPANT, AccountRole.PARTICIPANT, true),
    /** Permits handed in against emissions. */
    SURRENDER(AccountRole.PARTICIPANT, AccountRole.SURRENDERED, true),
    /** Permits withdrawn from use without covering emissions. */
    RETIRE(AccountRole.PARTICIPANT, AccountRole.RETIRED, true),
    /** Money into the market from outside. */
    DEPOSIT(AccountRole.EXTERNAL, AccountRole.PARTICIPANT, false),
    /** Money out of the market. */
    WITHDRAWAL(AccountRole.PARTICIPANT, AccountRole.EXTERNAL, false),
    /** Money between participants (a trade's price, a compensation transfer). */
    PAYMENT(AccountRole.PARTICIPANT, AccountRole.PARTICIPANT, false),
    /** A transaction cost paid by one participant to another (broker, exchange, regulator). */
    FEE(AccountRole.PARTICIPANT, AccountRole.PARTICIPANT, false);

    private final AccountRole from;
    private final AccountRole to;
    private final boolean permits;

    MovementKind(AccountRole from, AccountRole to, boolean permits) {
        this.from = from;
        this.to = to;
        this.permits = permits;
    }

    /** The role of the paying account. */
    public AccountRole fromRole() {
        return from;
    }

    /** The role of the receiving account. */
    public AccountRole toRole() {
        return to;
    }

    /** True for kinds that move permits, false for money. */
    public boolean movesPermits() {
        return permits;
    }

    /** Whether a movement of this kind may go from {@code payer} to {@code payee}. */
    public boolean connects(AccountId payer, AccountId payee) {
        return payer.role() == from && payee.role() == to && (payer.asset() instanceof PermitAsset) == permits;
    }
}
