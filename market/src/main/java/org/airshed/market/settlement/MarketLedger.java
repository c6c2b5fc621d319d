package org.airshed.market.settlement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.airshed.market.ledger.AccountId;
import org.airshed.market.ledger.AccountOpening;
import org.airshed.market.ledger.CapRecord;
import org.airshed.market.ledger.Cash;
import org.airshed.market.ledger.ClosingRecord;
import org.airshed.market.ledger.ComplianceRecord;
import org.airshed.market.ledger.ConservationReport;
import org.airshed.market.ledger.JournalAudit;
import org.airshed.market.ledger.JournalFinding;
import org.airshed.market.ledger.Ledger;
import org.airshed.market.ledger.LedgerResult;
import org.airshed.market.ledger.Movement;
import org.airshed.market.ledger.MovementKind;
import org.airshed.market.ledger.PermitAsset;
import org.airshed.market.ledger.Quantum;
import org.airshed.market.ledger.ResultCode;
import org.airshed.market.ledger.Transaction;

/**
 * The market's view of the {@link Ledger}: participants (sources, the regulator that sells at
 * auction, the brokers who collect transaction costs) with a money account each, permits issued
 * by vintage and zone, trades settled delivery-versus-payment in one transaction, compliance by
 * surrender. Participants' money accounts have unlimited credit: a payment is a net flow, so
 * money sums to zero across participants.
 */
public final class MarketLedger {
    /** Sells auctioned permits and receives the revenue. */
    public static final String REGULATOR = "regulator";
    /** Receives the transaction costs buyers pay. */
    public static final String BROKERS = "brokers";
    public static final List<String> RESERVED = List.of(REGULATOR, BROKERS);

    /** Audits the journal as it is written, so that a journal kept as bytes is never read back. */
    private final JournalAudit.Pass audit = JournalAudit.running();
    private final Ledger ledger = new Ledger(audit::accept);
    private int complying;
    private final String pollutant;
    private final Cash cash;
    /** One instance per permit asset, so that millions of accounts and movements share it. */
    private final Map<PermitAsset, PermitAsset> assets = new HashMap<>();

    public MarketLedger(String pollutant, String currency) {
        this.pollutant = pollutant;
        this.cash = new Cash(currency);
        open(REGULATOR);
        open(BROKERS);
    }

    /** Opens {@code holder}'s money account (a no-op when it is open). */
    public void open(String holder) {
        LedgerResult opened = ledger.open(AccountId.of(holder, cash), AccountOpening.UNLIMITED_CREDIT);
        require(opened, () -> "open " + holder);
        if (opened.isApplied() && !RESERVED.contains(holder)) {
            complying++;
        }
    }

    /**
     * Journals the cap of {@code vintage} before any of it is issued: the cap (mass) rounded down to
     * the quantum may be issued, plus {@code released} (PERMIT counts) that the rules sell above it.
     */
    public void declareCap(int vintage, double cap, long released) {
        declareCap(pollutant, vintage, cap, released);
    }

    /** {@link #declareCap(int, double, long)} for the permits of {@code pollutantId} (a market with several). */
    public void declareCap(String pollutantId, int vintage, double cap, long released) {
        require(ledger.declare(CapRecord.of(pollutantId, vintage, cap, released)), "cap of vintage " + vintage);
    }

    /** Journals the closing record after {@code periods} compliance periods: nothing may follow it. */
    public void close(int periods) {
        List<String> exempt = new ArrayList<>(RESERVED);
        Collections.sort(exempt);
        require(ledger.declare(new ClosingRecord(ledger.journalSize(), periods, exempt, complying)), "close");
    }

    public PermitAsset asset(int vintage, String zone) {
        return asset(pollutant, vintage, zone);
    }

    /** The permits of {@code pollutantId}, {@code vintage} and {@code zone} (a market with several pollutants). */
    public PermitAsset asset(String pollutantId, int vintage, String zone) {
        return assets.computeIfAbsent(new PermitAsset(pollutantId, vintage, zone), a -> a);
    }

    /** New permits to {@code holder}. */
    public void issue(String id, String holder, PermitAsset asset, long units) {
        if (units == 0) {
            return;
        }
        AccountId account = openPermits(holder, asset);
        require(ledger.apply(id, new Movement(MovementKind.ISSUE, system(AccountId.issuer(asset)), account, units)),
                id);
    }

    /**
     * Settles a trade in one transaction: permits from the seller's holdings (oldest vintage first,
     * then zone order), the payment to the seller, the fee to the brokers. Returns the ledger's
     * result: a seller without enough permits is {@code OVERDRAFT} and nothing moves.
     */
    public LedgerResult settle(Trade trade) {
        return settle(trade, pollutant);
    }

    /** {@link #settle(Trade)} of permits of {@code pollutantId} (a market with several pollutants). */
    public LedgerResult settle(Trade trade, String pollutantId) {
        long held = permitsHeld(trade.seller(), pollutantId);
        if (held < trade.quantity()) {
            // Checked before any account is opened, so a refused trade leaves no trace in the journal.
            return new LedgerResult(ResultCode.OVERDRAFT, "trade " + trade.id() + ": " + trade.seller() + " holds "
                    + Quantum.PERMIT.toPlainString(held) + " permits, not the " + Quantum.PERMIT.toPlainString(trade.quantity())
                    + " it sells");
        }
        AccountId buyerCash = AccountId.of(trade.buyer(), cash);
        if (!ledger.isOpen(buyerCash)) {
            return new LedgerResult(ResultCode.UNKNOWN_ACCOUNT, "trade " + trade.id() + ": no account " + buyerCash);
        }
        buyerCash = ledger.canonical(buyerCash);
        List<Movement> legs = new ArrayList<>(permitLegs(trade.seller(), trade.buyer(), trade.quantity(),
                pollutantId));
        if (trade.payment() > 0) {
            legs.add(Movement.payment(buyerCash, cashOf(trade.seller()), trade.payment()));
        }
        if (trade.fee() > 0) {
            legs.add(Movement.fee(buyerCash, cashOf(BROKERS), trade.fee()));
        }
        return ledger.apply(new Transaction(trade.id(), legs));
    }

    /**
     * Compliance of {@code holder} in {@code period}: hands in up to {@code due} permits of vintage ≤
     * {@code maxVintage}, oldest first, under transaction {@code id}, and journals the compliance
     * record (what was due, handed in, and short beyond rounding). Returns how many were handed in.
     */
    public long comply(String id, String holder, int period, int maxVintage, long due) {
        return comply(id, holder, pollutant, null, period, maxVintage, due);
    }

    /** Hands in up to {@code units} permits of vintage ≤ {@code maxVintage}, oldest first; returns how many. */
    public long surrender(String id, String holder, int maxVintage, long units) {
        return surrender(id, holder, maxVintage, units, pollutant);
    }

    /**
     * Compliance of {@code holder} with one pollutant's permits in a market with several: hands in up to
     * {@code due} permits of {@code pollutantId} of vintage ≤ {@code maxVintage} (oldest first) under
     * transaction {@code id}, and journals a compliance record naming the pollutant. One surrender and one
     * record per pollutant, so the audit matches each record to one transaction, as with one pollutant.
     * Returns how many were handed in (PERMIT counts).
     */
    public long comply(String id, String holder, String pollutantId, int period, int maxVintage, long due) {
        return comply(id, holder, pollutantId, pollutantId, period, maxVintage, due);
    }

    /** The surrender of {@code permitPollutant}'s permits and its record, naming {@code recordPollutant} (null: a one-pollutant journal). */
    private long comply(String id, String holder, String permitPollutant, String recordPollutant, int period,
                        int maxVintage, long due) {
        long handed = surrender(id, holder, maxVintage, due, permitPollutant);
        require(ledger.declare(new ComplianceRecord(holder, recordPollutant, period, maxVintage, due, handed,
                ComplianceRecord.shortfall(due, handed), handed > 0 ? id : null)),
                () -> "compliance of " + holder + (recordPollutant == null ? "" : " (" + recordPollutant + ")"));
        return handed;
    }

    private long surrender(String id, String holder, int maxVintage, long units, String pollutantId) {
        List<Movement> legs = new ArrayList<>();
        long handed = surrenderLegs(holder, maxVintage, units, pollutantId, legs);
        if (!legs.isEmpty()) {
            require(ledger.apply(new Transaction(id, legs)), id);
        }
        return handed;
    }

    /** Adds to {@code legs} the surrender of up to {@code units} of {@code holder}'s permits of one pollutant; returns how many. */
    private long surrenderLegs(String holder, int maxVintage, long units, String pollutantId, List<Movement> legs) {
        long left = units;
        for (Map.Entry<PermitAsset, Long> e : permits(holder, maxVintage, pollutantId)) {
            long q = Math.min(left, e.getValue());
            if (q > 0) {
                legs.add(new Movement(MovementKind.SURRENDER, ledger.canonical(AccountId.of(holder, e.getKey())),
                        system(AccountId.surrendered(e.getKey())), q));
                left -= q;
            }
        }
        return units - left;
    }

    /** Moves {@code units} permits from {@code from} to {@code to}, oldest vintage first, with no money: a reserve's flow. */
    public void move(String id, String from, String to, long units) {
        if (units > 0) {
            require(ledger.apply(new Transaction(id, permitLegs(from, to, units, pollutant))), id);
        }
    }

    /** Withdraws {@code units} of {@code asset} from use (a withheld reserve, an offset's loss). */
    public void retire(String id, String holder, PermitAsset asset, long units) {
        if (units > 0) {
            require(ledger.apply(id, new Movement(MovementKind.RETIRE, ledger.canonical(AccountId.of(holder, asset)),
                    system(AccountId.retired(asset)), units)), id);
        }
    }

    /** Permits {@code holder} holds, every vintage and zone (PERMIT counts). */
    public long permitsHeld(String holder) {
        return permitsHeld(holder, pollutant);
    }

    /** Permits of {@code pollutantId} {@code holder} holds, every vintage and zone (PERMIT counts). */
    public long permitsHeld(String holder, String pollutantId) {
        long total = 0;
        for (AccountId account : ledger.accountsOf(holder)) {
            if (account.asset() instanceof PermitAsset p && p.pollutant().equals(pollutantId)) {
                total += ledger.balance(account);
            }
        }
        return total;
    }

    /** {@code holder}'s money balance (MONEY counts; negative: paid out more than received). */
    public long money(String holder) {
        AccountId account = AccountId.of(holder, cash);
        return ledger.isOpen(account) ? ledger.balance(account) : 0;
    }

    public Ledger ledger() {
        return ledger;
    }

    /** {@link JournalAudit#of} on the journal so far, computed as it was written. */
    public List<JournalFinding> audit() {
        return audit.findings();
    }

    public ConservationReport conservation() {
        return ConservationReport.of(ledger);
    }

    /** Legs taking {@code units} from {@code from}'s holdings, oldest vintage first; the caller checked there are enough. */
    private List<Movement> permitLegs(String from, String to, long units, String pollutantId) {
        List<Movement> legs = new ArrayList<>();
        long left = units;
        for (Map.Entry<PermitAsset, Long> e : permits(from, Integer.MAX_VALUE, pollutantId)) {
            long q = Math.min(left, e.getValue());
            if (q > 0) {
                legs.add(Movement.transfer(ledger.canonical(AccountId.of(from, e.getKey())),
                        openPermits(to, e.getKey()), q));
                left -= q;
            }
        }
        return legs;
    }

    /** {@code holder}'s positive permit balances of vintage ≤ {@code maxVintage}, oldest first: O(its own accounts). */
    private List<Map.Entry<PermitAsset, Long>> permits(String holder, int maxVintage, String pollutantId) {
        List<Map.Entry<PermitAsset, Long>> out = new ArrayList<>(2);
        for (AccountId account : ledger.accountsOf(holder)) {
            if (account.asset() instanceof PermitAsset p && p.pollutant().equals(pollutantId)
                    && p.vintage() <= maxVintage) {
                long balance = ledger.balance(account);
                if (balance > 0) {
                    out.add(Map.entry(p, balance));
                }
            }
        }
        return out;
    }

    /** {@code holder}'s account of {@code asset}, opened if new; the ledger's own instance. */
    private AccountId openPermits(String holder, PermitAsset asset) {
        AccountId account = ledger.canonical(AccountId.of(holder, asset));
        if (!ledger.isOpen(account)) {
            LedgerResult opened = ledger.open(account);
            if (!opened.isApplied()) {
                throw new IllegalStateException("ledger rejected opening " + account + ": " + opened);
            }
            account = ledger.canonical(account);
        }
        return account;
    }

    private AccountId cashOf(String holder) {
        return ledger.canonical(AccountId.of(holder, cash));
    }

    /** A system account of a permit asset; the ledger's own instance once the asset has accounts. */
    private AccountId system(AccountId account) {
        return ledger.canonical(account);
    }

    private static void require(LedgerResult result, Supplier<String> what) {
        if (!result.isApplied() && result.code() != ResultCode.DUPLICATE_IGNORED) {
            throw new IllegalStateException("ledger rejected " + what.get() + ": " + result);
        }
    }

    private static void require(LedgerResult result, String what) {
        if (!result.isApplied() && result.code() != ResultCode.DUPLICATE_IGNORED) {
            throw new IllegalStateException("ledger rejected " + what + ": " + result);
        }
    }
}
