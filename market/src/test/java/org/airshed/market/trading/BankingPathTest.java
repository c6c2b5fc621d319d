package org.airshed.market.trading;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.airshed.core.allocation.AllocationProblem;
import org.airshed.core.allocation.AllocationProblemBuilder;
import org.junit.jupiter.api.Test;

/** Banking (Hotelling): the price rises by (1+r) a period while the bank is positive (docs/DOMAIN.md §3). */
class BankingPathTest {
    /** One source, MC = a, at most 10 t, baseline 10 t. */
    private static AllocationProblem oneSource() {
        AllocationProblemBuilder b = AllocationProblem.builder();
        b.addQuadraticSource(b.addRegion("r", 0), 10, 0, 1, 10);
        return b.build();
    }

    private static List<CompliancePeriod> periods(double... allowances) {
        List<CompliancePeriod> out = new ArrayList<>();
        for (double cap : allowances) {
            out.add(new CompliancePeriod(oneSource(), cap));
        }
        return out;
    }

    @Test
    void handWorkedTwoPeriods() {
        // Caps 8 then 2, r = 0.1. Alone: p = (2, 8). Banking: p₁ = 1.1 p₀, A₀ + A₁ = 10 with A = p
        // ⇒ p₀ = 100/21, p₁ = 110/21, bank 100/21 − 2 = 58/21 carried, 0 at the end.
        BankingEquilibrium banked = BankingPath.solve(periods(8, 2), BankingPolicy.banking(0.1));
        assertArrayEquals(new double[] {100.0 / 21, 110.0 / 21}, banked.price(), 1e-12);
        assertArrayEquals(new double[] {100.0 / 21, 110.0 / 21}, banked.abatement(), 1e-12);
        assertArrayEquals(new double[] {58.0 / 21, 0}, banked.bank(), 1e-12);
        double pv = sq(100.0 / 21) / 2 + sq(110.0 / 21) / 2 / 1.1;
        assertEquals(pv, banked.presentValueCost(), 1e-12);
        BankingEquilibrium alone = BankingPath.solve(periods(8, 2), BankingPolicy.noBanking(0.1));
        assertArrayEquals(new double[] {2, 8}, alone.price(), 1e-12);
        assertArrayEquals(new double[] {0, 0}, alone.bank(), 1e-12);
        assertEquals(2 + 32 / 1.1, alone.presentValueCost(), 1e-12);
        assertTrue(banked.presentValueCost() < alone.presentValueCost());
    }

    @Test
    void withoutBorrowingTheBankStaysAtZeroAndThePriceFalls() {
        // Caps 2 then 8, r = 0: the early shortage cannot be covered by later permits.
        BankingEquilibrium none = BankingPath.solve(periods(2, 8), BankingPolicy.banking(0));
        assertArrayEquals(new double[] {8, 2}, none.price(), 1e-12);
        assertArrayEquals(new double[] {0, 0}, none.bank(), 1e-12);
        // Borrowing 3 equalises the price at 5; borrowing 1 only narrows the gap: (7, 3).
        BankingEquilibrium three = BankingPath.solve(periods(2, 8), BankingPolicy.banking(0).withBorrowing(3));
        assertArrayEquals(new double[] {5, 5}, three.price(), 1e-12);
        assertArrayEquals(new double[] {-3, 0}, three.bank(), 1e-12);
        BankingEquilibrium one = BankingPath.solve(periods(2, 8), BankingPolicy.banking(0).withBorrowing(1));
        assertArrayEquals(new double[] {7, 3}, one.price(), 1e-12);
        assertArrayEquals(new double[] {-1, 0}, one.bank(), 1e-12);
    }

    @Test
    void ceilingSellsPermitsAndFloorWithholdsThem() {
        // No permits: 10 t to cover. A ceiling of 4 stops abatement at 4 t and sells 6 permits.
        BankingEquilibrium capped = BankingPath.solve(periods(0), BankingPolicy.noBanking(0).withCeiling(4));
        assertEquals(4, capped.price()[0], 1e-12);
        assertEquals(4, capped.abatement()[0], 1e-12);
        assertEquals(6, capped.ceilingSales()[0], 1e-12);
        assertEquals(24, capped.presentValueCeilingPayments(), 1e-12);
        // Permits for all 10 t: the price would be 0; a floor of 3 withholds 3 permits, so 3 t are abated.
        BankingEquilibrium floored = BankingPath.solve(periods(10), BankingPolicy.noBanking(0).withFloor(3));
        assertEquals(3, floored.price()[0], 1e-12);
        assertEquals(3, floored.abatement()[0], 1e-12);
        assertEquals(3, floored.floorWithheld()[0], 1e-12);
        assertEquals(0, floored.bank()[0], 1e-12);
        // RECLAIM 2000: without a valve, a tight year prices at the marginal cost of the last tonne.
        BankingEquilibrium tight = BankingPath.solve(periods(10, 10, 0.5), BankingPolicy.noBanking(0));
        assertEquals(9.5, tight.price()[2], 1e-12);
        BankingEquilibrium banked = BankingPath.solve(periods(10, 10, 0.5), BankingPolicy.banking(0));
        assertEquals(9.5 / 3, banked.price()[2], 1e-12);
    }

    @Test
    void bankingConditionHoldsOnRandomPaths() {
        int carried = 0;
        int atBound = 0;
        for (long seed = 0; seed < 200; seed++) {
            SplittableRandom random = new SplittableRandom(7000 + seed);
            Path x = Path.draw(random, 0.6, true);
            BankingEquilibrium e = BankingPath.solve(x.periods, x.policy);
            String at = "seed " + seed;
            assertEquilibrium(x, e, at);
            if (!x.policy.banking()) {
                continue;
            }
            double r = x.policy.discountRate();
            double lower = -x.policy.borrowingLimit();
            double[] p = e.price();
            double[] bank = e.bank();
            for (int t = 0; t + 1 < p.length; t++) {
                double tol = 1e-9 * Math.max(1, p[t + 1]);
                if (bank[t] > lower + x.massTol()) {
                    carried++;
                    assertEquals((1 + r) * p[t], p[t + 1], tol, at + " period " + t + ": bank carried, price must rise by 1+r");
                } else {
                    atBound++;
                    assertTrue(p[t + 1] <= (1 + r) * p[t] + tol, at + " period " + t + ": bank at its bound");
                }
            }
        }
        assertTrue(carried > 100 && atBound > 100, "carried " + carried + ", at bound " + atBound);
    }

    /**
     * Review s7 (revB): a period priced at the ceiling reported 15.000000000000002 for a ceiling of 15
     * (its present value divided back by the discount factor). A price a valve sets is the valve's, exactly.
     */
    @Test
    void aPriceAtTheCeilingOrTheFloorIsExactlyThatValve() {
        int atCeiling = 0;
        int atFloor = 0;
        for (long seed = 0; seed < 400; seed++) {
            SplittableRandom random = new SplittableRandom(9100 + seed);
            Path x = Path.draw(random, 0.6, true);
            BankingPolicy policy = x.policy;
            if (policy.discountRate() == 0) {
                policy = BankingPolicy.banking(0.05 + 0.1 * random.nextDouble());
                if (x.policy.hasFloor()) {
                    policy = policy.withFloor(x.policy.priceFloor());
                }
                if (x.policy.hasCeiling()) {
                    policy = policy.withCeiling(x.policy.priceCeiling());
                }
            }
            BankingEquilibrium e = BankingPath.solve(x.periods, policy);
            double tol = x.massTol();
            for (int t = 0; t < e.price().length; t++) {
                if (policy.hasCeiling() && e.ceilingSales()[t] > tol) {
                    atCeiling++;
                    assertEquals(policy.priceCeiling(), e.price()[t], 0, "seed " + seed + " period " + t);
                }
                double withheld = e.floorWithheld()[t];
                if (policy.hasFloor() && withheld > tol && withheld < x.periods.get(t).allowances() - tol) {
                    atFloor++;
                    assertEquals(policy.priceFloor(), e.price()[t], 0, "seed " + seed + " period " + t);
                }
            }
        }
        assertTrue(atCeiling > 20 && atFloor > 20, "at the ceiling " + atCeiling + ", at the floor " + atFloor);
    }

    @Test
    void withoutDiscountingThePriceIsConstantWhileBanking() {
        for (long seed = 0; seed < 100; seed++) {
            SplittableRandom random = new SplittableRandom(8000 + seed);
            Path x = Path.draw(random, 0.5, false).withPolicy(BankingPolicy.banking(0));
            BankingEquilibrium e = BankingPath.solve(x.periods, x.policy);
            assertEquilibrium(x, e, "seed " + seed);
            for (int t = 0; t + 1 < e.periods(); t++) {
                if (e.bank()[t] > x.massTol()) {
                    assertEquals(e.price()[t], e.price()[t + 1], 1e-9 * Math.max(1, e.price()[t]), "seed " + seed);
                }
            }
        }
    }

    @Test
    void bankingNeverCostsMoreThanNoBanking() {
        for (long seed = 0; seed < 200; seed++) {
            SplittableRandom random = new SplittableRandom(9000 + seed);
            Path x = Path.draw(random, 0.5, false);
            double r = x.policy.discountRate();
            BankingEquilibrium banked = BankingPath.solve(x.periods, BankingPolicy.banking(r));
            BankingEquilibrium alone = BankingPath.solve(x.periods, BankingPolicy.noBanking(r));
            assertTrue(banked.presentValueCost() <= alone.presentValueCost() + 1e-9 * Math.max(1, alone.presentValueCost()),
                    "seed " + seed);
            for (double b : banked.bank()) {
                assertTrue(b >= -x.massTol(), "seed " + seed + ": negative bank without borrowing");
            }
        }
    }

    @Test
    void matchesTheLinearProgramOnStepCurves() {
        for (long seed = 0; seed < 100; seed++) {
            SplittableRandom random = new SplittableRandom(10_000 + seed);
            Path x = Path.draw(random, 0, true);
            BankingEquilibrium e = BankingPath.solve(x.periods, x.policy);
            double reference = referenceObjective(x);
            double objective = objective(x, e);
            assertEquals(reference, objective, 1e-7 * Math.max(1, Math.abs(reference)), "seed " + seed + " " + x.policy);
            assertEquilibrium(x, e, "seed " + seed);
        }
    }

    /**
     * revG defect 4 (repro/bk24.json): where the bank is empty (the price falls 22 → 6 → 4.4) it printed
     * 7.1e-15 and 1.4e-14, the residue of summing the period's doubles. A pool priced above 0 ends with
     * the bank at its bound, exactly.
     */
    @Test
    void anEmptyBankIsExactlyZero() {
        AllocationProblemBuilder b = AllocationProblem.builder();
        int r = b.addRegion("A", 0);
        b.addStepSource(r, 10, new double[] {5}, new double[] {6});
        b.addStepSource(r, 27, new double[] {11}, new double[] {22});
        b.addStepSource(r, 19, new double[] {8.29, 5.15}, new double[] {4.4, 29.91});
        b.addStepSource(r, 20, new double[] {7}, new double[] {25.5});
        AllocationProblem p = b.build();
        List<CompliancePeriod> periods = new ArrayList<>();
        for (double cap : new double[] {53.7, 73.557, 64, 45.7, 64.884, 74}) {
            periods.add(new CompliancePeriod(p, cap));
        }
        BankingEquilibrium e = BankingPath.solve(periods, BankingPolicy.banking(0.05));
        assertArrayEquals(new double[] {22, 6, 4.4}, java.util.Arrays.copyOfRange(e.price(), 3, 6), 0);
        assertArrayEquals(new double[] {0, 0, 0, 0}, new double[] {e.bank()[0], e.bank()[3], e.bank()[4], e.bank()[5]}, 0);
        assertEquals(10.847, e.bank()[1], 1e-12);
        BankingEquilibrium borrowing = BankingPath.solve(periods, BankingPolicy.banking(0.05).withBorrowing(2));
        double[] bank = borrowing.bank();
        for (int t = 0; t < bank.length; t++) {
            assertTrue(bank[t] >= -2, "period " + t + ": " + bank[t]);
            if (t < bank.length - 1 && borrowing.price()[t + 1] < borrowing.price()[t] * 1.05 * (1 - 1e-12)) {
                assertEquals(-2, bank[t], 0, "period " + t + " ends a pool: the bank at its bound");
            }
        }
        assertEquals(0, bank[bank.length - 1], 0);
    }

    @Test
    void explainsAShortfall() {
        // Baseline 12, at most 10 abated: with no permits a period is 2 t short.
        AllocationProblemBuilder b = AllocationProblem.builder();
        b.addQuadraticSource(b.addRegion("r", 0), 12, 0, 1, 10);
        AllocationProblem high = b.build();
        List<CompliancePeriod> fiveThenNone = List.of(new CompliancePeriod(high, 5), new CompliancePeriod(high, 0));
        IllegalArgumentException alone = assertThrows(IllegalArgumentException.class,
                () -> BankingPath.solve(fiveThenNone, BankingPolicy.noBanking(0)));
        assertTrue(alone.getMessage().contains("period 1 must abate 12.0") && alone.getMessage().contains("at most 10.0"),
                alone.getMessage());
        // Banking 3 of period 0's permits rescues period 1.
        BankingEquilibrium banked = BankingPath.solve(fiveThenNone, BankingPolicy.banking(0));
        assertEquals(0, banked.bank()[1], 1e-12);
        assertTrue(banked.bank()[0] >= 2 - 1e-12);
        List<CompliancePeriod> none = List.of(new CompliancePeriod(high, 0), new CompliancePeriod(high, 0));
        IllegalArgumentException both = assertThrows(IllegalArgumentException.class,
                () -> BankingPath.solve(none, BankingPolicy.banking(0).withBorrowing(5)));
        assertTrue(both.getMessage().contains("short"), both.getMessage());
        assertThrows(IllegalArgumentException.class, () -> BankingPolicy.noBanking(0).withBorrowing(1));
        assertThrows(IllegalArgumentException.class, () -> BankingPolicy.banking(0).withFloor(5).withCeiling(4));
    }

    /**
     * Every source's abatement supported by its period's price; the bank within its bounds and
     * following the flows; ceiling and floor respected; the bank empty at the end unless the
     * price is 0.
     */
    private static void assertEquilibrium(Path x, BankingEquilibrium e, String at) {
        BankingPolicy policy = x.policy;
        double[] p = e.price();
        double[][] a = e.sourceAbatement();
        double carried = 0;
        double tol = x.massTol();
        for (int t = 0; t < p.length; t++) {
            CompliancePeriod period = x.periods.get(t);
            AllocationProblem s = period.sources();
            double slack = 1e-9 * Math.max(1, p[t]);
            for (int i = 0; i < s.sourceCount(); i++) {
                assertTrue(Subgradient.supports(s, i, a[t][i], p[t], slack), at + " period " + t + " source " + i);
            }
            double bank = carried + period.allowances() - e.floorWithheld()[t] + e.ceilingSales()[t] - e.emissions()[t];
            assertEquals(bank, e.bank()[t], tol, at + " period " + t + " bank");
            double bound = t + 1 < p.length && policy.banking() ? -policy.borrowingLimit() : 0;
            assertTrue(e.bank()[t] >= bound - tol, at + " period " + t + " bank below " + bound);
            carried = policy.banking() ? e.bank()[t] : 0;
            assertTrue(p[t] <= policy.priceCeiling() * (1 + 1e-12), at + " above the ceiling");
            if (e.ceilingSales()[t] > tol) {
                assertEquals(policy.priceCeiling(), p[t], slack, at + " sold below the ceiling");
            }
            assertTrue(e.floorWithheld()[t] >= -tol && e.floorWithheld()[t] <= period.allowances() + tol, at);
            if (e.floorWithheld()[t] < period.allowances() - tol) {
                assertTrue(p[t] >= policy.priceFloor() * (1 - 1e-12), at + " period " + t + " below the floor");
            }
            if (e.floorWithheld()[t] > tol) {
                // Withholding stops at the floor; only a period whose permits are all withheld may price below it.
                assertTrue(p[t] <= policy.priceFloor() + slack, at + " period " + t + " withheld above the floor");
            }
            if (!policy.banking() && p[t] > slack) {
                assertEquals(0, e.bank()[t], tol, at + " period " + t + " permits left at a positive price");
            }
        }
        int last = p.length - 1;
        if (p[last] > 1e-9) {
            assertEquals(0, e.bank()[last], tol, at + " bank left at the end at a positive price");
        }
    }

    /** Σ_t (1+r)^−t (abatement cost + ceiling · sales − floor · withheld): what the path minimises. */
    private static double objective(Path x, BankingEquilibrium e) {
        double value = e.presentValueCost() + e.presentValueCeilingPayments();
        for (int t = 0; t < e.periods(); t++) {
            value -= Math.pow(1 + x.policy.discountRate(), -t) * x.policy.priceFloor() * e.floorWithheld()[t];
        }
        return value;
    }

    /** The same minimisation as a dense LP over blocks, ceiling sales and withheld permits. */
    private static double referenceObjective(Path x) {
        BankingPolicy policy = x.policy;
        int periods = x.periods.size();
        int[] first = new int[periods + 1];
        for (int t = 0; t < periods; t++) {
            RandomSources s = x.sources.get(t);
            int blocks = 0;
            for (double[] amounts : s.amounts) {
                blocks += amounts.length;
            }
            first[t + 1] = first[t] + blocks + 2;
        }
        int variables = first[periods];
        ReferenceLp lp = new ReferenceLp(variables);
        double[] objective = new double[variables];
        double[] cumulative = new double[variables];
        double need = 0;
        for (int t = 0; t < periods; t++) {
            double discount = Math.pow(1 + policy.discountRate(), -t);
            RandomSources s = x.sources.get(t);
            int k = first[t];
            if (!policy.banking()) {
                cumulative = new double[variables];
                need = 0;
            }
            for (int i = 0; i < s.size(); i++) {
                for (int b = 0; b < s.amounts[i].length; b++, k++) {
                    objective[k] = discount * s.costs[i][b];
                    lp.upperBound(k, s.amounts[i][b]);
                    cumulative[k] = 1;
                }
            }
            int sale = k;
            int withhold = k + 1;
            if (policy.hasCeiling()) {
                objective[sale] = discount * policy.priceCeiling();
                cumulative[sale] = 1;
            } else {
                lp.upperBound(sale, 0);
            }
            objective[withhold] = -discount * policy.priceFloor();
            lp.upperBound(withhold, policy.hasFloor() ? x.periods.get(t).allowances() : 0);
            cumulative[withhold] = -1;
            need += x.periods.get(t).baselineEmissions() - x.periods.get(t).allowances();
            double bound = t + 1 < periods && policy.banking() ? -policy.borrowingLimit() : 0;
            lp.atLeast(cumulative, need + bound);
        }
        return lp.minimum(objective);
    }

    private static double sq(double v) {
        return v * v;
    }

    /** Random periods (same or fresh sources), allowances around the need, and a random policy. */
    private record Path(List<RandomSources> sources, List<CompliancePeriod> periods, BankingPolicy policy) {
        double massTol() {
            double total = 1;
            for (CompliancePeriod p : periods) {
                total += p.baselineEmissions() + p.allowances();
            }
            return 1e-9 * total;
        }

        Path withPolicy(BankingPolicy other) {
            return new Path(sources, periods, other);
        }

        static Path draw(SplittableRandom random, double quadraticShare, boolean valves) {
            int count = 2 + random.nextInt(5);
            List<RandomSources> sources = new ArrayList<>();
            List<CompliancePeriod> periods = new ArrayList<>();
            RandomSources same = RandomSources.draw(random, 1 + random.nextInt(5), 1, quadraticShare, random.nextDouble() < 0.2);
            boolean fresh = random.nextBoolean();
            for (int t = 0; t < count; t++) {
                RandomSources s = fresh ? RandomSources.draw(random, 1 + random.nextInt(5), 1, quadraticShare, false) : same;
                sources.add(s);
                // Need between −10 % and 90 % of the most the period can abate: tight and slack years.
                double need = (-0.1 + random.nextDouble()) * s.totalMax();
                periods.add(new CompliancePeriod(s.build(), Math.max(s.totalBaseline() - need, 0)));
            }
            double r = random.nextDouble() < 0.3 ? 0 : 0.2 * random.nextDouble();
            BankingPolicy policy = random.nextDouble() < 0.8 ? BankingPolicy.banking(r) : BankingPolicy.noBanking(r);
            if (valves && policy.banking() && random.nextDouble() < 0.3) {
                policy = policy.withBorrowing(random.nextDouble() * same.totalMax() * 0.5);
            }
            if (valves && random.nextDouble() < 0.3) {
                policy = policy.withFloor(0.5 + 2 * random.nextDouble());
            }
            if (valves && random.nextDouble() < 0.3) {
                policy = policy.withCeiling(policy.priceFloor() + 1 + 6 * random.nextDouble());
            }
            return new Path(sources, periods, policy);
        }
    }
}
