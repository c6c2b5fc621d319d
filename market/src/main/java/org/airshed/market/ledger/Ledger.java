package org.airshed.market.ledger;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Balances of permits and money, changed only by journaled {@link AccountOpening}s and
 * {@link Transaction}s. Amounts are {@code long} ledger units ({@link org.airshed.market.ledger.Quantum#PERMIT} for permits,
 * {@link org.airshed.market.ledger.Quantum#MONEY} for money); a balance is what the account holds, so a payer's falls and a
 * payee's rises. Every asset's balances sum to zero: the issuer's (permits) or the outside
 * world's (money) negative balance matches everything else.
 *
 * <p>Rejections are {@link ResultCode}s, never exceptions, and a rejected operation changes
 * nothing; only a null argument throws. Iteration is in sorted order everywhere, so identical
 * operations give identical journals and reports. Not thread-safe.
 */
public final class Ledger {
    private final TreeMap<AccountId, Long> balances = new TreeMap<>();
    private final Map<AccountId, Long> creditLimits = new HashMap<>();
    private final Map<String, Transaction> transactions = new HashMap<>();
    private final List<JournalEntry> journal = new ArrayList<>();

    /** An empty ledger. */
    public Ledger() {
    }

    /**
     * Replays {@code entries} in order into a new ledger.
     *
     * @throws JournalException naming the first entry (1-based) that is not applied as journaled
     */
    public static Ledger rebuild(List<? extends JournalEntry> entries) {
        return rebuild("journal", entries);
    }

    static Ledger rebuild(String source, List<? extends JournalEntry> entries) {
        Ledger ledger = new Ledger();
        for (int i = 0; i < entries.size(); i++) {
            JournalEntry entry = entries.get(i);
            LedgerResult result = ledger.replay(entry);
            if (!result.isApplied()) {
                throw new JournalException(source, i + 1, null, "entry does not replay: " + result);
            }
        }
        return ledger;
    }

    /** Opens a participant money or permit account without credit. */
    public LedgerResult open(AccountId account) {
        return open(AccountOpening.of(account));
    }

    /** Opens a participant money account that may go down to {@code -creditLimit} money units. */
    public LedgerResult open(AccountId account, long creditLimit) {
        return open(new AccountOpening(account, creditLimit));
    }

    /** Opens {@code opening.account()}, and with it the system accounts of its asset if new. */
    public LedgerResult open(AccountOpening opening) {
        AccountId account = opening.account();
        long limit = opening.creditLimit();
        if (account.role() != AccountRole.PARTICIPANT) {
            return reject(ResultCode.RESERVED_HOLDER, account + " is a system account; it opens with the first "
                    + "participant account of " + account.asset());
        }
        if (limit < 0 || (limit != 0 && account.asset() instanceof PermitAsset)) {
            return reject(ResultCode.INVALID_CREDIT_LIMIT, account + ": credit limit must be "
                    + (limit < 0 ? "≥ 0" : "0 on a permit account") + "; got " + limit);
        }
        Long existing = creditLimits.get(account);
        if (existing != null) {
            return existing == limit ? duplicate(account + " is already open")
                    : reject(ResultCode.ID_CONFLICT, account + " is already open with credit limit " + existing
                            + "; asked for " + limit);
        }
        openSystemAccounts(account.asset());
        balances.put(account, 0L);
        creditLimits.put(account, limit);
        journal.add(opening);
        return applied();
    }

    /** Shorthand for {@code apply(Transaction.of(id, movements))}. */
    public LedgerResult apply(String id, Movement... movements) {
        return apply(Transaction.of(id, movements));
    }

    /**
     * Applies every movement of {@code transaction} in order, or none: the first leg that fails
     * rejects the whole transaction. A transaction equal to one applied before is ignored.
     */
    public LedgerResult apply(Transaction transaction) {
        Transaction earlier = transactions.get(transaction.id());
        if (earlier != null) {
            return earlier.equals(transaction) ? duplicate("transaction " + transaction.id() + " was applied before")
                    : reject(ResultCode.ID_CONFLICT, "transaction " + transaction.id()
                            + " was applied before with other movements: " + earlier.movements());
        }
        List<Movement> legs = transaction.movements();
        if (legs.isEmpty()) {
            return reject(ResultCode.EMPTY_TRANSACTION, "transaction " + transaction.id() + " has no movements");
        }
        Map<AccountId, Long> pending = new HashMap<>();
        for (int leg = 0; leg < legs.size(); leg++) {
            LedgerResult failure = stage(legs.get(leg), pending);
            if (failure != null) {
                return reject(failure.code(), transaction.movementId(leg) + " (" + legs.get(leg) + "): "
                        + failure.message());
            }
        }
        balances.putAll(pending);
        transactions.put(transaction.id(), transaction);
        journal.add(transaction);
        return applied();
    }

    /** Whether {@code account} is open (system accounts open with their asset's first account). */
    public boolean isOpen(AccountId account) {
        return balances.containsKey(account);
    }

    /**
     * The balance of {@code account} in ledger units.
     *
     * @throws IllegalArgumentException if the account is not open
     */
    public long balance(AccountId account) {
        Long balance = balances.get(account);
        if (balance == null) {
            throw new IllegalArgumentException("unknown account " + account);
        }
        return balance;
    }

    /**
     * How far below zero {@code account} may go: a participant money account's credit limit, 0 for
     * participant permit accounts and the surrendered and retired accounts, and
     * {@link AccountOpening#UNLIMITED_CREDIT} for the issuer and external accounts.
     *
     * @throws IllegalArgumentException if the account is not open
     */
    public long creditLimit(AccountId account) {
        balance(account);
        return switch (account.role()) {
            case PARTICIPANT -> creditLimits.get(account);
            case ISSUER, EXTERNAL -> AccountOpening.UNLIMITED_CREDIT;
            case SURRENDERED, RETIRED -> 0;
        };
    }

    /** Every open account in order (by asset, then holder), system accounts included. */
    public List<AccountId> accounts() {
        return List.copyOf(balances.keySet());
    }

    /** A snapshot of every balance, sorted by account. */
    public SortedMap<AccountId, Long> balances() {
        return Collections.unmodifiableSortedMap(new TreeMap<>(balances));
    }

    /** The balances of {@code holder}'s accounts by asset, sorted; empty for an unknown holder. */
    public SortedMap<Asset, Long> holdings(String holder) {
        SortedMap<Asset, Long> holdings = new TreeMap<>(Asset.ORDER);
        balances.forEach((account, balance) -> {
            if (account.holder().equals(holder)) {
                holdings.put(account.asset(), balance);
            }
        });
        return Collections.unmodifiableSortedMap(holdings);
    }

    /** A snapshot of the journal: every applied opening and transaction, in order. */
    public List<JournalEntry> journal() {
        return List.copyOf(journal);
    }

    public int journalSize() {
        return journal.size();
    }

    /** The transaction applied under {@code id}, or null. */
    public Transaction transaction(String id) {
        return transactions.get(id);
    }

    /** Checks a leg against the balances as earlier legs left them; null when it may go ahead. */
    private LedgerResult stage(Movement m, Map<AccountId, Long> pending) {
        if (m.amount() <= 0) {
            return reject(ResultCode.NON_POSITIVE_AMOUNT, "amount must be ≥ 1 unit; got " + m.amount());
        }
        if (m.from().equals(m.to())) {
            return reject(ResultCode.SAME_ACCOUNT, "from and to are both " + m.from());
        }
        if (!m.from().asset().equals(m.to().asset())) {
            return reject(ResultCode.ASSET_MISMATCH, m.from() + " holds " + m.from().asset() + " but " + m.to()
                    + " holds " + m.to().asset());
        }
        for (AccountId account : List.of(m.from(), m.to())) {
            if (!balances.containsKey(account)) {
                return reject(ResultCode.UNKNOWN_ACCOUNT, "unknown account " + account);
            }
        }
        if (!m.kind().connects(m.from(), m.to())) {
            String asset = m.kind().movesPermits() ? "permits" : "money";
            return reject(ResultCode.KIND_MISMATCH, m.kind() + " goes from " + describe(m.kind().fromRole()) + " to "
                    + describe(m.kind().toRole()) + " " + asset + " accounts");
        }
        long from = pending.getOrDefault(m.from(), balances.get(m.from()));
        long to = pending.getOrDefault(m.to(), balances.get(m.to()));
        if (from < Long.MIN_VALUE + m.amount()) {
            return reject(ResultCode.BALANCE_OVERFLOW, m.from() + " balance " + from + " - " + m.amount()
                    + " leaves the range of a long");
        }
        long floor = floor(m.from());
        if (from - m.amount() < floor) {
            return reject(ResultCode.OVERDRAFT, m.from() + " has " + from + (floor == 0 ? ""
                    : " with credit down to " + floor) + "; cannot pay " + m.amount());
        }
        if (to > Long.MAX_VALUE - m.amount()) {
            return reject(ResultCode.BALANCE_OVERFLOW, m.to() + " balance " + to + " + " + m.amount()
                    + " leaves the range of a long");
        }
        pending.put(m.from(), from - m.amount());
        pending.put(m.to(), to + m.amount());
        return null;
    }

    /** The lowest balance {@code account} may reach; Long.MIN_VALUE when only the range of a long limits it. */
    private long floor(AccountId account) {
        long limit = creditLimit(account);
        return limit == AccountOpening.UNLIMITED_CREDIT ? Long.MIN_VALUE : -limit;
    }

    private LedgerResult replay(JournalEntry entry) {
        return entry instanceof AccountOpening opening ? open(opening) : apply((Transaction) entry);
    }

    private void openSystemAccounts(Asset asset) {
        for (AccountRole role : AccountRole.values()) {
            if (role != AccountRole.PARTICIPANT && role.holds(asset)) {
                balances.putIfAbsent(new AccountId(role.holder(), asset), 0L);
            }
        }
    }

    private static String describe(AccountRole role) {
        return role == AccountRole.PARTICIPANT ? "participant" : role.holder();
    }

    private static LedgerResult applied() {
        return new LedgerResult(ResultCode.APPLIED, "");
    }

    private static LedgerResult duplicate(String message) {
        return new LedgerResult(ResultCode.DUPLICATE_IGNORED, message);
    }

    private static LedgerResult reject(ResultCode code, String message) {
        return new LedgerResult(code, message);
    }
}
