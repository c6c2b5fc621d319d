package org.airshed.market.ledger;

/**
 * One double entry: {@code amount} units of the accounts' asset leave {@code from} (its balance
 * falls) and reach {@code to} (its balance rises). Units are {@link org.airshed.market.ledger.Quantum#PERMIT} for permits and
 * {@link org.airshed.market.ledger.Quantum#MONEY} for money. Only nulls are rejected here; everything else (amount ≤ 0,
 * different assets, accounts that do not fit the kind) is the ledger's to reject with a result
 * code, so that bad market input never throws. Its id is the transaction id and its leg index.
 */
public record Movement(MovementKind kind, AccountId from, AccountId to, long amount) {
    public Movement {
        if (kind == null || from == null || to == null) {
            throw new IllegalArgumentException("a movement needs a kind, a from and a to account; got " + kind + ", "
                    + from + ", " + to);
        }
    }

    /** New permits from the issuer to {@code to}. */
    public static Movement issue(AccountId to, long amount) {
        return new Movement(MovementKind.ISSUE, AccountId.issuer(permits(to)), to, amount);
    }

    /** Permits from one participant to another. */
    public static Movement transfer(AccountId from, AccountId to, long amount) {
        return new Movement(MovementKind.TRANSFER, from, to, amount);
    }

    /** Permits surrendered by {@code from} against its emissions. */
    public static Movement surrender(AccountId from, long amount) {
        return new Movement(MovementKind.SURRENDER, from, AccountId.surrendered(permits(from)), amount);
    }

    /** Permits retired by {@code from}. */
    public static Movement retire(AccountId from, long amount) {
        return new Movement(MovementKind.RETIRE, from, AccountId.retired(permits(from)), amount);
    }

    /** Money from outside the market into {@code to}. */
    public static Movement deposit(AccountId to, long amount) {
        return new Movement(MovementKind.DEPOSIT, AccountId.external(cash(to)), to, amount);
    }

    /** Money from {@code from} out of the market. */
    public static Movement withdrawal(AccountId from, long amount) {
        return new Movement(MovementKind.WITHDRAWAL, from, AccountId.external(cash(from)), amount);
    }

    /** Money from one participant to another. */
    public static Movement payment(AccountId from, AccountId to, long amount) {
        return new Movement(MovementKind.PAYMENT, from, to, amount);
    }

    /** A transaction cost from one participant to another. */
    public static Movement fee(AccountId from, AccountId to, long amount) {
        return new Movement(MovementKind.FEE, from, to, amount);
    }

    /** E.g. {@code TRANSFER 1500 SO2/2025/north AH -> ZJ}. */
    @Override
    public String toString() {
        return kind + " " + amount + " " + from.asset() + " " + from.holder() + " -> " + to.holder();
    }

    private static PermitAsset permits(AccountId account) {
        if (account == null || !(account.asset() instanceof PermitAsset permits)) {
            throw new IllegalArgumentException("a permit account is needed; got " + account);
        }
        return permits;
    }

    private static Cash cash(AccountId account) {
        if (account == null || !(account.asset() instanceof Cash money)) {
            throw new IllegalArgumentException("a money account is needed; got " + account);
        }
        return money;
    }
}
