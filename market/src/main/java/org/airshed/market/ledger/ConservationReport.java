package org.airshed.market.ledger;

import java.math.BigInteger;
import java.util.ArrayList;
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

    /** The report for {@code ledger}'s current balances. */
    public static ConservationReport of(Ledger ledger) {
        Map<AccountId, Long> limits = new TreeMap<>();
        for (AccountId account : ledger.accounts()) {
            limits.put(account, ledger.creditLimit(account));
        }
        return of(ledger.balances(), limits);
    }

    /**
     * The report for {@code balances} (ledger units), with the credit limits of participant money
     * accounts in {@code creditLimits} (absent means 0).
     */
    public static ConservationReport of(Map<AccountId, Long> balances, Map<AccountId, Long> creditLimits) {
        Map<Asset, Map<AccountId, Long>> byAsset = new TreeMap<>(Asset.ORDER);
        new TreeMap<>(balances).forEach((account, balance) ->
                byAsset.computeIfAbsent(account.asset(), a -> new TreeMap<>()).put(account, balance));
        List<PermitTotals> permits = new ArrayList<>();
        List<MoneyTotals> money = new ArrayList<>();
        List<String> violations = new ArrayList<>();
        byAsset.forEach((asset, accounts) -> {
            if (asset instanceof PermitAsset permit) {
                permits.add(permitTotals(permit, accounts, violations));
            } else {
                money.add(moneyTotals((Cash) asset, accounts, creditLimits, violations));
            }
        });
        return new ConservationReport(permits, money, violations);
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

    private static PermitTotals permitTotals(PermitAsset asset, Map<AccountId, Long> accounts,
                                             List<String> violations) {
        BigInteger issued = BigInteger.ZERO;
        BigInteger held = BigInteger.ZERO;
        BigInteger surrendered = BigInteger.ZERO;
        BigInteger retired = BigInteger.ZERO;
        for (Map.Entry<AccountId, Long> e : accounts.entrySet()) {
            long balance = e.getValue();
            BigInteger amount = BigInteger.valueOf(balance);
            AccountRole role = e.getKey().role();
            if (role == AccountRole.ISSUER) {
                if (balance > 0) {
                    violations.add(e.getKey() + " is " + balance + "; the issuer's balance must be ≤ 0");
                }
                issued = issued.subtract(amount);
                continue;
            }
            if (balance < 0) {
                violations.add(e.getKey() + " holds " + balance + "; permit holdings must be ≥ 0");
            }
            switch (role) {
                case SURRENDERED -> surrendered = surrendered.add(amount);
                case RETIRED -> retired = retired.add(amount);
                default -> held = held.add(amount);
            }
        }
        PermitTotals totals = new PermitTotals(asset, issued, held, surrendered, retired);
        if (!totals.isConserved()) {
            violations.add(asset + ": issued " + issued + " ≠ held " + held + " + surrendered " + surrendered
                    + " + retired " + retired);
        }
        return totals;
    }

    private static MoneyTotals moneyTotals(Cash currency, Map<AccountId, Long> accounts,
                                           Map<AccountId, Long> creditLimits, List<String> violations) {
        BigInteger participants = BigInteger.ZERO;
        BigInteger external = BigInteger.ZERO;
        for (Map.Entry<AccountId, Long> e : accounts.entrySet()) {
            long balance = e.getValue();
            if (e.getKey().role() == AccountRole.EXTERNAL) {
                external = external.add(BigInteger.valueOf(balance));
                continue;
            }
            participants = participants.add(BigInteger.valueOf(balance));
            long limit = creditLimits.getOrDefault(e.getKey(), 0L);
            if (limit != AccountOpening.UNLIMITED_CREDIT && balance < -limit) {
                violations.add(e.getKey() + " is " + balance + ", below its credit limit " + limit);
            }
        }
        MoneyTotals totals = new MoneyTotals(currency, participants, external);
        if (!totals.isConserved()) {
            violations.add(currency + ": balances sum to " + participants.add(external) + ", not 0 (participants "
                    + participants + ", external " + external + ")");
        }
        return totals;
    }
}
