package org.airshed.market.ledger;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Whether nothing was created or lost: for every permit asset, issued = held + surrendered +
 * retired and no holding is negative; for every currency, the balances sum to zero and no
 * participant is below its credit limit. Computed from balances alone, independently of how the
 * ledger enforces its rules, so a test can check the ledger (or a reference model) against it.
 */
public record ConservationReport(List<PermitTotals> permits, List<MoneyTotals> money, List<String> violations) {
    public ConservationReport {
        if (permits == null || money == null || violations == null) {
            throw new IllegalArgumentException("report parts must not be null");
        }
        permits = List.copyOf(permits);
        money = List.copyOf(money);
        violations = List.copyOf(violations);
    }

    /** The report for {@code ledger}'s current balances: one pass over its accounts, whatever their number. */
    public static ConservationReport of(Ledger ledger) {
        Tally tally = new Tally();
        ledger.forEachAccount(tally::add);
        return tally.report();
    }

    /**
     * The report for {@code balances} (ledger units), with the credit limits of participant money
     * accounts in {@code creditLimits} (absent means 0).
     */
    public static ConservationReport of(Map<AccountId, Long> balances, Map<AccountId, Long> creditLimits) {
        Tally tally = new Tally();
        balances.forEach((account, balance) -> tally.add(account, balance, creditLimits.getOrDefault(account, 0L)));
        return tally.report();
    }

    public boolean isConserved() {
        return violations.isEmpty();
    }

    /** Throws IllegalStateException listing the violations, if any. */
    public void requireConserved() {
        if (!isConserved()) {
            throw new IllegalStateException("ledger is not conserved:\n  " + String.join("\n  ", violations));
        }
    }

    /** Sums per asset in any order; the report comes out sorted by asset, violations by account. */
    private static final class Tally {
        private final Map<Asset, Sums> byAsset = new HashMap<>();

        void add(AccountId account, long balance, long creditLimit) {
            Sums sums = byAsset.computeIfAbsent(account.asset(), a -> new Sums());
            AccountRole role = account.role();
            if (account.asset() instanceof PermitAsset) {
                if (role == AccountRole.ISSUER) {
                    if (balance > 0) {
                        sums.flag(account, account + " is " + balance + "; the issuer's balance must be ≤ 0");
                    }
                    sums.first.subtract(balance);
                    return;
                }
                if (balance < 0) {
                    sums.flag(account, account + " holds " + balance + "; permit holdings must be ≥ 0");
                }
                switch (role) {
                    case SURRENDERED -> sums.third.add(balance);
                    case RETIRED -> sums.fourth.add(balance);
                    default -> sums.second.add(balance);
                }
                return;
            }
            if (role == AccountRole.EXTERNAL) {
                sums.second.add(balance);
                return;
            }
            sums.first.add(balance);
            if (creditLimit != AccountOpening.UNLIMITED_CREDIT && balance < -creditLimit) {
                sums.flag(account, account + " is " + balance + ", below its credit limit " + creditLimit);
            }
        }

        ConservationReport report() {
            List<Asset> assets = new ArrayList<>(byAsset.keySet());
            assets.sort(Asset.ORDER);
            List<PermitTotals> permits = new ArrayList<>();
            List<MoneyTotals> money = new ArrayList<>();
            List<String> violations = new ArrayList<>();
            for (Asset asset : assets) {
                Sums sums = byAsset.get(asset);
                violations.addAll(sums.flagged.values());
                if (asset instanceof PermitAsset permit) {
                    PermitTotals totals = new PermitTotals(permit, sums.first.value(), sums.second.value(),
                            sums.third.value(), sums.fourth.value());
                    permits.add(totals);
                    if (!totals.isConserved()) {
                        violations.add(asset + ": issued " + totals.issued() + " ≠ held " + totals.held()
                                + " + surrendered " + totals.surrendered() + " + retired " + totals.retired());
                    }
                } else {
                    MoneyTotals totals = new MoneyTotals((Cash) asset, sums.first.value(), sums.second.value());
                    money.add(totals);
                    if (!totals.isConserved()) {
                        violations.add(asset + ": balances sum to " + totals.participants().add(totals.external())
                                + ", not 0 (participants " + totals.participants() + ", external "
                                + totals.external() + ")");
                    }
                }
            }
            return new ConservationReport(permits, money, violations);
        }
    }

    /** Permits: issued, held, surrendered, retired. Money: participants, external. */
    private static final class Sums {
        final ExactSum first = new ExactSum();
        final ExactSum second = new ExactSum();
        final ExactSum third = new ExactSum();
        final ExactSum fourth = new ExactSum();
        final TreeMap<AccountId, String> flagged = new TreeMap<>();

        void flag(AccountId account, String violation) {
            flagged.put(account, violation);
        }
    }

    /** A sum of longs kept in a long until it would overflow, then in a BigInteger: exact either way. */
    private static final class ExactSum {
        private long small;
        private BigInteger big;

        void add(long value) {
            if (big == null) {
                long sum = small + value;
                // Overflow exactly when both operands have a sign the sum lacks.
                if (((small ^ sum) & (value ^ sum)) >= 0) {
                    small = sum;
                    return;
                }
                big = BigInteger.valueOf(small);
            }
            big = big.add(BigInteger.valueOf(value));
        }

        void subtract(long value) {
            if (value == Long.MIN_VALUE) {
                big = value().subtract(BigInteger.valueOf(value));
            } else {
                add(-value);
            }
        }

        BigInteger value() {
            return big == null ? BigInteger.valueOf(small) : big;
        }
    }
}
