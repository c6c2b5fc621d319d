package org.airshed.market.ledger;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

/**
 * The ledger's rules written as plainly as possible, for the differential test: a map of
 * balances, a copy of it per transaction, BigInteger arithmetic, and the account rules spelled
 * out by holder name rather than through {@link AccountRole} and {@link MovementKind}.
 */
final class ReferenceLedger {
    private static final BigInteger MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger MAX = BigInteger.valueOf(Long.MAX_VALUE);

    final Map<AccountId, Long> balances = new HashMap<>();
    final Map<AccountId, Long> creditLimits = new HashMap<>();
    private final Map<String, Transaction> applied = new HashMap<>();
    private int journalSize;
    private boolean closed;

    int journalSize() {
        return journalSize;
    }

    /** A declaration moves nothing; a closing record closes the journal to everything after it. */
    ResultCode declare(Declaration declaration) {
        if (closed) {
            return ResultCode.LEDGER_CLOSED;
        }
        closed = declaration instanceof ClosingRecord;
        journalSize++;
        return ResultCode.APPLIED;
    }

    ResultCode open(AccountId account, long creditLimit) {
        if (closed) {
            return ResultCode.LEDGER_CLOSED;
        }
        if (account.holder().startsWith("@")) {
            return ResultCode.RESERVED_HOLDER;
        }
        boolean permits = account.asset() instanceof PermitAsset;
        if (creditLimit < 0 || (permits && creditLimit != 0)) {
            return ResultCode.INVALID_CREDIT_LIMIT;
        }
        if (creditLimits.containsKey(account)) {
            return creditLimits.get(account) == creditLimit ? ResultCode.DUPLICATE_IGNORED : ResultCode.ID_CONFLICT;
        }
        creditLimits.put(account, creditLimit);
        balances.put(account, 0L);
        String[] system = permits ? new String[] {"@issuer", "@surrendered", "@retired"} : new String[] {"@external"};
        for (String holder : system) {
            balances.putIfAbsent(new AccountId(holder, account.asset()), 0L);
        }
        journalSize++;
        return ResultCode.APPLIED;
    }

    ResultCode apply(Transaction transaction) {
        if (closed) {
            return ResultCode.LEDGER_CLOSED;
        }
        if (applied.containsKey(transaction.id())) {
            return applied.get(transaction.id()).equals(transaction) ? ResultCode.DUPLICATE_IGNORED
                    : ResultCode.ID_CONFLICT;
        }
        if (transaction.movements().isEmpty()) {
            return ResultCode.EMPTY_TRANSACTION;
        }
        Map<AccountId, Long> after = new HashMap<>(balances);
        for (Movement m : transaction.movements()) {
            if (m.amount() <= 0) {
                return ResultCode.NON_POSITIVE_AMOUNT;
            }
            if (m.from().equals(m.to())) {
                return ResultCode.SAME_ACCOUNT;
            }
            if (!m.from().asset().equals(m.to().asset())) {
                return ResultCode.ASSET_MISMATCH;
            }
            if (!after.containsKey(m.from()) || !after.containsKey(m.to())) {
                return ResultCode.UNKNOWN_ACCOUNT;
            }
            if (!fits(m.kind(), m.from(), m.to())) {
                return ResultCode.KIND_MISMATCH;
            }
            BigInteger amount = BigInteger.valueOf(m.amount());
            BigInteger from = BigInteger.valueOf(after.get(m.from())).subtract(amount);
            BigInteger to = BigInteger.valueOf(after.get(m.to())).add(amount);
            if (from.compareTo(MIN) < 0) {
                return ResultCode.BALANCE_OVERFLOW;
            }
            if (from.compareTo(lowest(m.from())) < 0) {
                return ResultCode.OVERDRAFT;
            }
            if (to.compareTo(MAX) > 0) {
                return ResultCode.BALANCE_OVERFLOW;
            }
            after.put(m.from(), from.longValueExact());
            after.put(m.to(), to.longValueExact());
        }
        balances.putAll(after);
        applied.put(transaction.id(), transaction);
        journalSize++;
        return ResultCode.APPLIED;
    }

    private BigInteger lowest(AccountId account) {
        String holder = account.holder();
        if (holder.equals("@issuer") || holder.equals("@external")) {
            return MIN;
        }
        if (holder.startsWith("@") || account.asset() instanceof PermitAsset) {
            return BigInteger.ZERO;
        }
        long limit = creditLimits.get(account);
        return limit == AccountOpening.UNLIMITED_CREDIT ? MIN : BigInteger.valueOf(limit).negate();
    }

    private static boolean fits(MovementKind kind, AccountId from, AccountId to) {
        boolean permits = from.asset() instanceof PermitAsset;
        boolean fromParticipant = !from.holder().startsWith("@");
        boolean toParticipant = !to.holder().startsWith("@");
        return switch (kind) {
            case ISSUE -> permits && from.holder().equals("@issuer") && toParticipant;
            case TRANSFER -> permits && fromParticipant && toParticipant;
            case SURRENDER -> permits && fromParticipant && to.holder().equals("@surrendered");
            case RETIRE -> permits && fromParticipant && to.holder().equals("@retired");
            case DEPOSIT -> !permits && from.holder().equals("@external") && toParticipant;
            case WITHDRAWAL -> !permits && fromParticipant && to.holder().equals("@external");
            case PAYMENT, FEE -> !permits && fromParticipant && toParticipant;
        };
    }
}
