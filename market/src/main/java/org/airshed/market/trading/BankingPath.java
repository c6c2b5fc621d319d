package org.airshed.market.trading;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.airshed.core.allocation.AllocationProblem;

/**
 * The competitive price path over several compliance periods with banking (Hotelling): firms
 * carry permits forward while the price rises more slowly than the discount rate, so in
 * equilibrium the present-value price π_t = p_t (1+r)^−t is constant while the bank carried is
 * above its lower bound (0, or −borrowing limit), and falls (p_{t+1} ≤ (1+r) p_t) where the bank
 * is at that bound. The bank ends at 0 unless the price is 0.
 *
 * <p>This is the dual of minimising the present value of abatement cost (plus ceiling purchases,
 * minus the floor value of withheld permits) subject to the bank's bounds: maximise Σ_t h_t(π_t)
 * over non-increasing π ≥ 0, a concave isotonic problem on a chain, solved exactly by pooling
 * adjacent violators: a pool of periods clears at the least PV price at which its supply, in PV
 * prices, covers its requirement. Each period's supply is exact (its sources' blocks and
 * quadratic ramps, the ceiling as an unlimited block, the floor as a block of the period's permits
 * released only at or above it), so the path is exact up to the rounding of one linear solve
 * per pool. Units priced exactly at a pool's price are taken earliest first.
 */
public final class BankingPath {
    private static final double TOLERANCE = 1e-12;

    private final List<CompliancePeriod> periods;
    private final BankingPolicy policy;
    private final int count;
    /** (1+r)^−t in doubles, for the solve; reported prices and values are compounded exactly by {@link #growth}. */
    private final double[] discount;
    private final CompoundGrowth growth;
    /** First owner index of period t's sources; its ceiling and floor reserves follow them. */
    private final int[] ownerBase;
    private final int owners;
    /** Abatement (plus releases and ceiling purchases) period t must supply, bank bounds folded in (mass). */
    private final double[] requirement;

    private BankingPath(List<CompliancePeriod> periods, BankingPolicy policy) {
        this.periods = List.copyOf(periods);
        this.policy = policy;
        this.count = periods.size();
        this.discount = new double[count];
        this.growth = CompoundGrowth.of(policy.discountRate());
        this.ownerBase = new int[count + 1];
        this.requirement = new double[count];
        double borrow = policy.banking() ? policy.borrowingLimit() : 0;
        for (int t = 0; t < count; t++) {
            CompliancePeriod period = periods.get(t);
            discount[t] = Math.pow(1 + policy.discountRate(), -t);
            ownerBase[t + 1] = ownerBase[t] + period.sources().sourceCount() + 2;
            double released = policy.hasFloor() ? period.allowances() : 0;
            requirement[t] = period.baselineEmissions() - period.allowances() + released;
            if (policy.banking() && count > 1) {
                // Bank bounds B_t ≥ −L (t < T−1), B_{T−1} ≥ 0, as differences of cumulative targets.
                if (t == 0) {
                    requirement[t] -= borrow;
                }
                if (t == count - 1) {
                    requirement[t] += borrow;
                }
            }
        }
        this.owners = ownerBase[count];
    }

    /**
     * @param periods the periods in order (at least one)
     * @param policy  discount rate, banking, borrowing, floor and ceiling
     * @throws IllegalArgumentException if some periods cannot cover their emissions even with every
     *                                  source at its maximum (and no ceiling to buy from)
     */
    public static BankingEquilibrium solve(List<CompliancePeriod> periods, BankingPolicy policy) {
        if (periods.isEmpty()) {
            throw new IllegalArgumentException("a banking path needs at least one period");
        }
        return new BankingPath(periods, policy).solve();
    }

    private BankingEquilibrium solve() {
        List<int[]> pools = new ArrayList<>();
        List<Double> poolPrice = new ArrayList<>();
        for (int t = 0; t < count; t++) {
            pools.add(new int[] {t, t});
            poolPrice.add(clearingPrice(t, t));
            // Adjacent violators: an earlier PV price below a later one means banking would pay.
            while (policy.banking() && pools.size() >= 2
                    && (poolPrice.get(pools.size() - 2) < poolPrice.get(pools.size() - 1)
                    || (poolPrice.get(pools.size() - 2) == 0 && poolPrice.get(pools.size() - 1) == 0))) {
                int[] last = pools.remove(pools.size() - 1);
                poolPrice.remove(poolPrice.size() - 1);
                int[] merged = {pools.get(pools.size() - 1)[0], last[1]};
                pools.set(pools.size() - 1, merged);
                poolPrice.set(poolPrice.size() - 1, clearingPrice(merged[0], merged[1]));
            }
        }
        double[] quantity = new double[owners];
        double[] grown = new double[count];
        boolean[] atBound = new boolean[count];
        for (int k = 0; k < pools.size(); k++) {
            int[] pool = pools.get(k);
            double pi = poolPrice.get(k);
            if (pi == Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException(shortage(pool[0], pool[1]));
            }
            fill(pool[0], pool[1], pi, quantity);
            exactPrices(pool[0], pool[1], anchor(pool[0], pool[1], pi), grown);
            // A pool priced above 0 supplies its whole requirement: the bank after it is at its bound.
            atBound[pool[1]] = pi > 0;
        }
        return report(grown, quantity, atBound);
    }

    /** A pool's price in period {@code period}'s money, exactly {@code value}. */
    private record Anchor(int period, BigDecimal value) {
    }

    /**
     * What π is exactly, in the money of the period j whose unit sets it (the earliest such). A step, a
     * ramp's start, the ceiling or the floor of cost c with c·(1+r)^−j = π in the solve's doubles: c as
     * written (its shortest decimal), so π = c / (1+r)^j. Else π is inside (or at the end of) a ramp of
     * period j and no written number: the pool's price computed again in j's money, that double exactly,
     * so j prints its own marginal cost with no discount and growth round trip.
     */
    private Anchor anchor(int a, int b, double pi) {
        if (pi == 0) {
            return new Anchor(a, BigDecimal.ZERO);
        }
        for (int t = a; t <= b; t++) {
            AllocationProblem sources = periods.get(t).sources();
            for (int i = 0; i < sources.sourceCount(); i++) {
                if (sources.isQuadratic(i) && sources.quadLinear(i) * discount[t] == pi) {
                    return written(t, sources.quadLinear(i));
                }
                for (int k = 0; !sources.isQuadratic(i) && k < sources.blockCount(i); k++) {
                    if (sources.blockCost(i, k) * discount[t] == pi) {
                        return written(t, sources.blockCost(i, k));
                    }
                }
            }
            if (policy.hasCeiling() && policy.priceCeiling() * discount[t] == pi) {
                return written(t, policy.priceCeiling());
            }
            if (policy.hasFloor() && policy.priceFloor() * discount[t] == pi) {
                return written(t, policy.priceFloor());
            }
        }
        int j = rampPeriod(a, b, pi);
        double own = clearingPrice(a, b, j);
        // The solve found π, so j's money finds a price too; should rounding say +∞ there, π as main had it.
        return new Anchor(j, new BigDecimal(Double.isFinite(own) ? own : pi / discount[j]));
    }

    private static Anchor written(int period, double cost) {
        return new Anchor(period, CompoundGrowth.shortestDecimal(cost));
    }

    /** The earliest period of a..b with a ramp rising at PV price π (as the solve's curve has it); else a. */
    private int rampPeriod(int a, int b, double pi) {
        for (int t = a; t <= b; t++) {
            AllocationProblem sources = periods.get(t).sources();
            for (int i = 0; i < sources.sourceCount(); i++) {
                if (sources.isQuadratic(i)) {
                    double low = sources.quadLinear(i) * discount[t];
                    if (low < pi && pi <= low + sources.quadSlope(i) * discount[t] * sources.maxAbatement(i)) {
                        return t;
                    }
                }
            }
        }
        return a;
    }

    /** Periods a..b priced from the anchor: its value·(1+r)^(t−j), each the double nearest its exact value. */
    private void exactPrices(int a, int b, Anchor anchor, double[] price) {
        double[] path = growth.path(anchor.value(), anchor.period() - a, b - a + 1);
        System.arraycopy(path, 0, price, a, path.length);
    }

    /** Least PV price at which periods a..b together supply their requirement; +∞ if none does. */
    private double clearingPrice(int a, int b) {
        return clearingPrice(a, b, 0);
    }

    /** That price in period {@code money}'s money (0: present value; j: every price of period j as it is). */
    private double clearingPrice(int a, int b, int money) {
        SupplyCurve curve = curve(a, b, money);
        double target = 0;
        for (int t = a; t <= b; t++) {
            target += requirement[t];
        }
        double most = curve.maximum();
        if (target > most && target <= most + TOLERANCE * (1 + Math.abs(most) + Math.abs(target))) {
            target = most;
        }
        return curve.leastPrice(target);
    }

    /**
     * The pool's quantities at PV price π: everything priced below it, then units priced at it,
     * earliest first, as many as the most demanding prefix of the pool needs (at π &gt; 0 that is
     * the whole pool's requirement; at π = 0 surplus may be left banked).
     */
    private void fill(int a, int b, double pi, double[] quantity) {
        SupplyCurve curve = curve(a, b, 0);
        double[] strict = curve.strictByOwner(pi);
        double[] ties = curve.tiesByOwner(pi);
        double extra = 0;
        double needed = 0;
        double supplied = 0;
        double available = 0;
        for (int t = a; t <= b; t++) {
            needed += requirement[t];
            for (int o = ownerBase[t]; o < ownerBase[t + 1]; o++) {
                supplied += strict[o];
                available += ties[o];
            }
            extra = Math.max(extra, needed - supplied);
        }
        double[] fill = curve.fill(pi, Math.min(extra, available));
        for (int o = ownerBase[a]; o < ownerBase[b + 1]; o++) {
            quantity[o] = fill[o];
        }
    }

    /** Periods a..b's supply in period {@code money}'s money: period t's prices times (1+r)^(money−t), 1 at t = money. */
    private SupplyCurve curve(int a, int b, int money) {
        SupplyCurve.Builder builder = SupplyCurve.builder(owners);
        for (int t = a; t <= b; t++) {
            // For money 0 this is discount[t], the same double: the solve's curve.
            double scale = Math.pow(1 + policy.discountRate(), money - t);
            AllocationProblem sources = periods.get(t).sources();
            for (int i = 0; i < sources.sourceCount(); i++) {
                SourcePieces.add(builder, ownerBase[t] + i, sources, i, 0, 0, scale);
            }
            int reserves = ownerBase[t + 1] - 2;
            if (policy.hasCeiling()) {
                builder.block(reserves, policy.priceCeiling() * scale, Double.POSITIVE_INFINITY);
            }
            if (policy.hasFloor()) {
                builder.block(reserves + 1, policy.priceFloor() * scale, periods.get(t).allowances());
            }
        }
        return builder.build();
    }

    /**
     * The path at the pools' quantities; {@code grown} the prices off the valves ({@link #exactPrices}).
     * The bank after a period {@code atBound} is its bound exactly (0, or −borrowing limit before the
     * last period): the sum of the period's doubles left 7e-15 there (revG defect 4).
     */
    private BankingEquilibrium report(double[] grown, double[] quantity, boolean[] atBound) {
        double[] price = new double[count];
        double[][] sourceAbatement = new double[count][];
        double[] abatement = new double[count];
        double[] emissions = new double[count];
        double[] bank = new double[count];
        double[] sales = new double[count];
        double[] withheld = new double[count];
        double[] periodCost = new double[count];
        double[] ceilingPaid = new double[count];
        double carried = 0;
        for (int t = 0; t < count; t++) {
            CompliancePeriod period = periods.get(t);
            AllocationProblem sources = period.sources();
            int reserves = ownerBase[t + 1] - 2;
            price[t] = valvePrice(t, quantity[reserves], quantity[reserves + 1], grown[t]);
            sourceAbatement[t] = new double[sources.sourceCount()];
            for (int i = 0; i < sources.sourceCount(); i++) {
                double a = quantity[ownerBase[t] + i];
                sourceAbatement[t][i] = a;
                abatement[t] += a;
                periodCost[t] += sources.cost(i, a);
            }
            sales[t] = quantity[reserves];
            withheld[t] = policy.hasFloor() ? period.allowances() - quantity[reserves + 1] : 0;
            emissions[t] = period.baselineEmissions() - abatement[t];
            bank[t] = atBound[t] ? lowerBound(t) : carried + period.allowances() - withheld[t] + sales[t] - emissions[t];
            carried = policy.banking() ? bank[t] : 0;
            ceilingPaid[t] = sales[t] > 0 ? policy.priceCeiling() * sales[t] : 0;
        }
        return new BankingEquilibrium(price, sourceAbatement, abatement, emissions, bank, sales, withheld,
                sum(growth.discount(periodCost)), sum(growth.discount(ceilingPaid)));
    }

    /** The least bank after period t: −borrowing limit while later periods can repay it, else 0. */
    private double lowerBound(int t) {
        return policy.banking() && count > 1 && t < count - 1 && policy.borrowingLimit() > 0
                ? -policy.borrowingLimit() : 0;
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double v : values) {
            total += v;
        }
        return total;
    }

    /**
     * Period t's price: the ceiling's or the floor's own value when that valve is at the margin (some
     * but not all of its block taken: the ceiling's is unlimited), else {@code grown} ({@link #anchor}).
     * Dividing π by the double (1+r)^−t instead gave 24.150000000000002 for π = 23 at r = 0.05,
     * and 15.000000000000002 for a ceiling of 15.
     */
    private double valvePrice(int t, double ceilingSold, double floorReleased, double grown) {
        if (policy.hasCeiling() && ceilingSold > 0) {
            return policy.priceCeiling();
        }
        if (policy.hasFloor() && floorReleased > 0 && floorReleased < periods.get(t).allowances()) {
            return policy.priceFloor();
        }
        return grown;
    }

    private String shortage(int a, int b) {
        double need = 0;
        double most = 0;
        for (int t = a; t <= b; t++) {
            need += requirement[t] - (policy.hasFloor() ? periods.get(t).allowances() : 0);
            AllocationProblem sources = periods.get(t).sources();
            for (int i = 0; i < sources.sourceCount(); i++) {
                most += sources.maxAbatement(i);
            }
        }
        String which = a == b ? "period " + a : "periods " + a + ".." + b;
        return which + " must abate " + need + " beyond their permits" + (policy.banking() ? " and bank" : "")
                + ", but can abate at most " + most + " (short by " + (need - most) + ")";
    }
}
