package org.airshed.market.ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Balances of permits and money, changed only by journaled {@link AccountOpening}s and
 * {@link Transaction}s. Amounts are {@code long} ledger units ({@link org.airshed.market.ledger.Quantum#PERMIT} for permits,
 * {@link org.airshed.market.ledger.Quantum#MONEY} for money); a balance is what the account holds, so a payer's falls and a
 * payee's rises. Every asset's balances sum to zero: the issuer's (permits) or the outside
 * world's (money) negative balance matches everything else.
 *
 * <p>Rejections are {@link ResultCode}s, never exceptions, and a rejected operation changes
 * nothing; only a null argument throws. Iteration is in sorted order everywhere, so identical
 * operations give identical journals and reports. Postings are O(1) (accounts are hashed and
 * indexed by holder); the sorted views are sorted when asked for. Not thread-safe.
 *
 * <p>The journal is kept as its file's bytes, written once as each entry is journaled, in memory up
 * to a limit and beyond it in a spool file ({@link JournalSpool}); the ledger holds its balances and
 * a 12-byte slot per transaction id, not its journal. A ledger replayed from entries
 * ({@link #rebuild}) holds those entries instead.
 */
public final class Ledger {
    /** Every open account by id: O(1) per posting, whatever the number of accounts. */
    private final Map<AccountId, Account> accounts = new HashMap<>();
    /** Each holder's accounts in asset order: a holder's holdings without scanning every account. */
    private final Map<String, List<AccountId>> byHolder = new HashMap<>();
    private final Map<PermitAsset, CapRecord> caps = new HashMap<>();
    private final List<CapRecord> capRecords = new ArrayList<>();
    /** Assets whose system accounts are open: they open once, with the asset's first account. */
    private final Set<Asset> systemAccountsOpen = new HashSet<>();
    private final JournalStore journal;
    /** Each transaction id's place in the journal: a repeated id is read back from there. */
    private final TransactionIds transactionIds = new TransactionIds();
    /** Sees every entry as it is journaled (an audit running alongside); null for none. */
    private final Consumer<JournalEntry> observer;
    private boolean closed;

    /** An empty ledger. */
    public Ledger() {
        this(null);
    }

    /**
     * An empty ledger that hands every entry to {@code observer} as it is journaled, in journal
     * order: a check that reads the whole journal without reading it back from its bytes.
     */
    public Ledger(Consumer<JournalEntry> observer) {
        this(observer, JournalSpool.newJournal());
    }

    private Ledger(Consumer<JournalEntry> observer, JournalStore journal) {
        this.observer = observer;
        this.journal = journal;
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
        Ledger ledger = new Ledger(null, new ListJournal());
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
        if (closed) {
            return closedResult();
        }
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
        Account existing = accounts.get(account);
        if (existing != null) {
            return existing.creditLimit == limit ? duplicate(account + " is already open")
                    : reject(ResultCode.ID_CONFLICT, account + " is already open with credit limit "
                            + existing.creditLimit + "; asked for " + limit);
        }
        openSystemAccounts(account.asset());
        put(account, limit);
        journal(opening);
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
        if (closed) {
            return closedResult();
        }
        Transaction earlier = transaction(transaction.id());
        if (earlier != null) {
            return earlier.equals(transaction) ? duplicate("transaction " + transaction.id() + " was applied before")
                    : reject(ResultCode.ID_CONFLICT, "transaction " + transaction.id()
                            + " was applied before with other movements: " + earlier.movements());
        }
        List<Movement> legs = transaction.movements();
        if (legs.isEmpty()) {
            return reject(ResultCode.EMPTY_TRANSACTION, "transaction " + transaction.id() + " has no movements");
        }
        Staged pending = new Staged(2 * legs.size());
        for (int leg = 0; leg < legs.size(); leg++) {
            LedgerResult failure = stage(legs.get(leg), pending);
            if (failure != null) {
                return reject(failure.code(), transaction.movementId(leg) + " (" + legs.get(leg) + "): "
                        + failure.message());
            }
        }
        pending.commit();
        transactionIds.add(transaction.id(), journal(transaction));
        return applied();
    }

    /**
     * Journals a {@link Declaration}: it moves nothing. A cap record is one per pollutant and vintage
     * (the same again is a no-op, another is {@code ID_CONFLICT}); a closing record closes the ledger,
     * after which every operation is {@code LEDGER_CLOSED}. {@link JournalAudit} checks the postings
     * against what was declared.
     */
    public LedgerResult declare(Declaration declaration) {
        if (closed) {
            return closedResult();
        }
        if (declaration instanceof CapRecord cap) {
            PermitAsset key = new PermitAsset(cap.pollutant(), cap.vintage(), "all");
            CapRecord earlier = caps.get(key);
            if (earlier != null) {
                return earlier.equals(cap) ? duplicate("the cap of " + cap.pollutant() + "/" + cap.vintage()
                        + " was declared before") : reject(ResultCode.ID_CONFLICT, "the cap of " + cap.pollutant()
                        + "/" + cap.vintage() + " was declared before as " + earlier);
            }
            caps.put(key, cap);
            capRecords.add(cap);
        }
        closed = declaration instanceof ClosingRecord;
        journal(declaration);
        return applied();
    }

    /** Whether a closing record ended the journal. */
    public boolean isClosed() {
        return closed;
    }

    /** Whether {@code account} is open (system accounts open with their asset's first account). */
    public boolean isOpen(AccountId account) {
        return accounts.containsKey(account);
    }

    /**
     * The balance of {@code account} in ledger units.
     *
     * @throws IllegalArgumentException if the account is not open
     */
    public long balance(AccountId account) {
        return open(account, "unknown account ").balance;
    }

    /**
     * How far below zero {@code account} may go: a participant money account's credit limit, 0 for
     * participant permit accounts and the surrendered and retired accounts, and
     * {@link AccountOpening#UNLIMITED_CREDIT} for the issuer and external accounts.
     *
     * @throws IllegalArgumentException if the account is not open
     */
    public long creditLimit(AccountId account) {
        return open(account, "unknown account ").creditLimit;
    }

    /** Every open account in order (by asset, then holder), system accounts included; sorted on each call. */
    public List<AccountId> accounts() {
        List<AccountId> sorted = new ArrayList<>(accounts.keySet());
        Collections.sort(sorted);
        return Collections.unmodifiableList(sorted);
    }

    /**
     * The ledger's own instance of {@code account} when it is open, else {@code account}: movements
     * built from it share one object per account, which keeps a long journal small.
     */
    public AccountId canonical(AccountId account) {
        Account open = accounts.get(account);
        return open == null ? account : open.id;
    }

    /** How many accounts are open, system accounts included. */
    public int accountCount() {
        return accounts.size();
    }

    /** A snapshot of every balance, sorted by account. */
    public SortedMap<AccountId, Long> balances() {
        TreeMap<AccountId, Long> snapshot = new TreeMap<>();
        accounts.forEach((id, account) -> snapshot.put(id, account.balance));
        return Collections.unmodifiableSortedMap(snapshot);
    }

    /** Calls {@code visitor} with every account, its balance and credit limit, in no particular order. */
    public void forEachAccount(AccountVisitor visitor) {
        accounts.forEach((id, account) -> visitor.visit(id, account.balance, account.creditLimit));
    }

    /** The balances of {@code holder}'s accounts by asset, sorted; empty for an unknown holder. */
    public SortedMap<Asset, Long> holdings(String holder) {
        SortedMap<Asset, Long> holdings = new TreeMap<>(Asset.ORDER);
        for (AccountId id : accountsOf(holder)) {
            holdings.put(id.asset(), accounts.get(id).balance);
        }
        return Collections.unmodifiableSortedMap(holdings);
    }

    /** {@code holder}'s accounts in asset order (a read-only view; empty for an unknown holder). */
    public List<AccountId> accountsOf(String holder) {
        List<AccountId> own = byHolder.get(holder);
        return own == null ? List.of() : Collections.unmodifiableList(own);
    }

    /**
     * A snapshot of the journal: every applied opening and transaction, in order. Read back from the
     * journal's bytes (a replayed ledger's are its entries): for a long journal, {@link #writeJournal}
     * or {@link LedgerJournal#forEachLine} on the file.
     */
    public List<JournalEntry> journal() {
        return List.copyOf(journal.entries());
    }

    public int journalSize() {
        return journal.size();
    }

    /** The hash of the journal's last line ({@link JournalChain#GENESIS} when empty), chained as entries were journaled. */
    public String journalHead() {
        return journal.head();
    }

    /** Writes the journal file ({@link LedgerJournal}'s bytes, hashes included), as it was written when each entry was journaled. */
    public void writeJournal(OutputStream out) throws IOException {
        journal.writeTo(out);
    }

    /** The cap records declared, in journal order. */
    public List<CapRecord> capRecords() {
        return Collections.unmodifiableList(capRecords);
    }

    /** The transaction applied under {@code id}, or null (read back from the journal). */
    public Transaction transaction(String id) {
        long position = transactionIds.find(id, journal::entryAt);
        return position < 0 ? null : (Transaction) journal.entryAt(position);
    }

    /** Journals {@code entry}; returns its position in the journal. */
    private long journal(JournalEntry entry) {
        long position = journal.append(entry);
        if (observer != null) {
            observer.accept(entry);
        }
        return position;
    }

    /** Checks a leg against the balances as earlier legs left them; null when it may go ahead. */
    private LedgerResult stage(Movement m, Staged pending) {
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
        Account payer = accounts.get(m.from());
        Account payee = accounts.get(m.to());
        if (payer == null || payee == null) {
            return reject(ResultCode.UNKNOWN_ACCOUNT, "unknown account " + (payer == null ? m.from() : m.to()));
        }
        if (!m.kind().connects(m.from(), m.to())) {
            String asset = m.kind().movesPermits() ? "permits" : "money";
            return reject(ResultCode.KIND_MISMATCH, m.kind() + " goes from " + describe(m.kind().fromRole()) + " to "
                    + describe(m.kind().toRole()) + " " + asset + " accounts");
        }
        long from = pending.balance(payer);
        long to = pending.balance(payee);
        if (from < Long.MIN_VALUE + m.amount()) {
            return reject(ResultCode.BALANCE_OVERFLOW, m.from() + " balance " + from + " - " + m.amount()
                    + " leaves the range of a long");
        }
        long floor = floor(payer);
        if (from - m.amount() < floor) {
            return reject(ResultCode.OVERDRAFT, m.from() + " has " + from + (floor == 0 ? ""
                    : " with credit down to " + floor) + "; cannot pay " + m.amount());
        }
        if (to > Long.MAX_VALUE - m.amount()) {
            return reject(ResultCode.BALANCE_OVERFLOW, m.to() + " balance " + to + " + " + m.amount()
                    + " leaves the range of a long");
        }
        pending.put(payer, from - m.amount());
        pending.put(payee, to + m.amount());
        return null;
    }

    /** The lowest balance {@code account} may reach; Long.MIN_VALUE when only the range of a long limits it. */
    private static long floor(Account account) {
        return account.creditLimit == AccountOpening.UNLIMITED_CREDIT ? Long.MIN_VALUE : -account.creditLimit;
    }

    private LedgerResult replay(JournalEntry entry) {
        if (entry instanceof AccountOpening opening) {
            return open(opening);
        }
        return entry instanceof Transaction transaction ? apply(transaction) : declare((Declaration) entry);
    }

    private static LedgerResult closedResult() {
        return new LedgerResult(ResultCode.LEDGER_CLOSED, "the journal was closed; nothing may follow its closing"
                + " record");
    }

    private void openSystemAccounts(Asset asset) {
        if (!systemAccountsOpen.add(asset)) {
            return;
        }
        for (AccountRole role : AccountRole.values()) {
            if (role != AccountRole.PARTICIPANT && role.holds(asset)) {
                AccountId id = new AccountId(role.holder(), asset);
                if (!accounts.containsKey(id)) {
                    put(id, switch (role) {
                        case ISSUER, EXTERNAL -> AccountOpening.UNLIMITED_CREDIT;
                        default -> 0;
                    });
                }
            }
        }
    }

    /** Opens {@code id} at zero and files it under its holder, in asset order. */
    private void put(AccountId id, long creditLimit) {
        accounts.put(id, new Account(id, creditLimit));
        List<AccountId> own = byHolder.computeIfAbsent(id.holder(), h -> new ArrayList<>(2));
        int at = own.size();
        while (at > 0 && Asset.ORDER.compare(own.get(at - 1).asset(), id.asset()) > 0) {
            at--;
        }
        own.add(at, id);
    }

    private Account open(AccountId id, String unknown) {
        Account account = accounts.get(id);
        if (account == null) {
            throw new IllegalArgumentException(unknown + id);
        }
        return account;
    }

    private static String describe(AccountRole role) {
        return role == AccountRole.PARTICIPANT ? "participant" : role.holder();
    }

    /** A balance and how far below zero it may go; mutated only by a transaction that applies whole. */
    private static final class Account {
        private final AccountId id;
        private final long creditLimit;
        private long balance;

        private Account(AccountId id, long creditLimit) {
            this.id = id;
            this.creditLimit = creditLimit;
        }
    }

    /**
     * Balances as a transaction's earlier legs leave them, applied only when every leg passes: a
     * transaction touches a few accounts, so two short arrays beat a hash map.
     */
    private static final class Staged {
        private final Account[] accounts;
        private final long[] balances;
        private int size;

        Staged(int capacity) {
            accounts = new Account[capacity];
            balances = new long[capacity];
        }

        long balance(Account account) {
            for (int k = 0; k < size; k++) {
                if (accounts[k] == account) {
                    return balances[k];
                }
            }
            return account.balance;
        }

        void put(Account account, long balance) {
            for (int k = 0; k < size; k++) {
                if (accounts[k] == account) {
                    balances[k] = balance;
                    return;
                }
            }
            accounts[size] = account;
            balances[size++] = balance;
        }

        void commit() {
            for (int k = 0; k < size; k++) {
                accounts[k].balance = balances[k];
            }
        }
    }

    /** What {@link #forEachAccount} hands over. */
    @FunctionalInterface
    public interface AccountVisitor {
        void visit(AccountId account, long balance, long creditLimit);
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
