package org.airshed.core.allocation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Caps and limits written in decimal exactly on a block boundary ({@link BoundaryRule}), on seeded
 * random instances whose amounts are multiples of 0.1 and 0.01 and whose transfer coefficients are
 * multiples of 0.1. The requirement is formed as the study forms it (total baseline − cap, baseline
 * concentration − limit, the cap or limit parsed from its decimal text), so it lands some ulps off
 * the float sum of the blocks. The reported duals must be the smallest valid ones of the decimal
 * problem, computed by an independent route: in exact integer arithmetic on hundredths (cap only,
 * one limit only), or, with a cap and a limit together, by the solver on a copy scaled to integers
 * (where nothing rounds) certified by ojAlgo ({@link IndependentCheck}). Every answer also passes
 * {@link OptimalityCheck} at 1e-9 on the float problem, so the rows are met to that tolerance.
 */
class DecimalBoundaryPropertyTest {
    private static final int INSTANCES = 400;
    private static final double PRICE_TOL = 1e-12;
    private static final int FAILURES_SHOWN = 5;

    /**
     * A decimal instance: amounts and baselines in hundredths, unit costs in hundredths (sorted per
     * source), transfers in tenths; the reductions asked of the cap and of each receptor, exactly
     * (hundredths for the cap, thousandths — tenths × hundredths — for a receptor), or −1 for none.
     */
    private record Instance(int regions, int[] region, long[] baseline, long[][] amount, long[][] cost,
                            long[][] transfer, int[] receptorRegion, long capReduction, long[] receptorReduction) {
        /** As a user's scenario becomes a problem: decimal text parsed, requirements from float sums. */
        AllocationProblem asWritten() {
            AllocationProblemBuilder b = AllocationProblem.builder();
            for (int r = 0; r < regions; r++) {
                b.addRegion("R" + r, 0);
            }
            double total = 0;
            double[] regionBaseline = new double[regions];
            long totalExact = 0;
            long[] regionExact = new long[regions];
            for (int i = 0; i < region.length; i++) {
                double base = decimal(baseline[i], 2);
                b.addStepSource(region[i], base, decimals(amount[i], 2), decimals(cost[i], 2));
                total += base;
                regionBaseline[region[i]] += base;
                totalExact += baseline[i];
                regionExact[region[i]] += baseline[i];
            }
            if (capReduction >= 0) {
                b.capRequirement(total - decimal(totalExact - capReduction, 2));
            }
            for (int k = 0; k < receptorRegion.length; k++) {
                double concentration = 0;
                long concentrationExact = 0;
                for (int r = 0; r < regions; r++) {
                    concentration += decimal(transfer[k][r], 1) * regionBaseline[r];
                    concentrationExact += transfer[k][r] * regionExact[r];
                }
                double limit = decimal(concentrationExact - receptorReduction[k], 3);
                b.addReceptor(receptorRegion[k], decimals(transfer[k], 1), concentration - limit);
            }
            return b.build();
        }

        /** The same problem in hundredths of mass and tenths of transfer: integers, nothing rounds. */
        AllocationProblem scaled() {
            AllocationProblemBuilder b = AllocationProblem.builder();
            for (int r = 0; r < regions; r++) {
                b.addRegion("R" + r, 0);
            }
            for (int i = 0; i < region.length; i++) {
                double[] amounts = new double[amount[i].length];
                for (int k = 0; k < amounts.length; k++) {
                    amounts[k] = amount[i][k];
                }
                b.addStepSource(region[i], baseline[i], amounts, decimals(cost[i], 2));
            }
            if (capReduction >= 0) {
                b.capRequirement(capReduction);
            }
            for (int k = 0; k < receptorRegion.length; k++) {
                double[] row = new double[regions];
                for (int r = 0; r < regions; r++) {
                    row[r] = transfer[k][r];
                }
                b.addReceptor(receptorRegion[k], row, receptorReduction[k]);
            }
            return b.build();
        }
    }

    /** Decimal text {@code units}·10^−scale parsed as a user's number is. */
    private static double decimal(long units, int scale) {
        return Double.parseDouble(BigDecimal.valueOf(units, scale).toPlainString());
    }

    private static double[] decimals(long[] units, int scale) {
        double[] out = new double[units.length];
        for (int k = 0; k < units.length; k++) {
            out[k] = decimal(units[k], scale);
        }
        return out;
    }

    /** 1–40 sources in 1–4 regions, 1–3 blocks each of 0.1–3 or 0.01–3 (some costs tied across sources). */
    private static Instance sources(SplittableRandom random, int receptors) {
        int regions = 1 + random.nextInt(4);
        int n = 1 + random.nextInt(40);
        int[] region = new int[n];
        long[] baseline = new long[n];
        long[][] amount = new long[n][];
        long[][] cost = new long[n][];
        long[] palette = {500, 1250, 1803, 3620, 0, 7001};
        for (int i = 0; i < n; i++) {
            region[i] = random.nextInt(regions);
            int blocks = 1 + random.nextInt(3);
            amount[i] = new long[blocks];
            cost[i] = new long[blocks];
            long sum = 0;
            for (int k = 0; k < blocks; k++) {
                amount[i][k] = random.nextBoolean() ? 10 * (1 + random.nextInt(30)) : 1 + random.nextInt(300);
                cost[i][k] = random.nextInt(3) == 0 ? palette[random.nextInt(palette.length)] : random.nextInt(10_000);
                sum += amount[i][k];
            }
            java.util.Arrays.sort(cost[i]);
            baseline[i] = sum + 10L * random.nextInt(6);
        }
        long[][] transfer = new long[receptors][regions];
        int[] receptorRegion = new int[receptors];
        for (int k = 0; k < receptors; k++) {
            receptorRegion[k] = random.nextInt(regions);
            for (int r = 0; r < regions; r++) {
                transfer[k][r] = 1 + random.nextInt(10);
            }
        }
        return new Instance(regions, region, baseline, amount, cost, transfer, receptorRegion, -1, new long[receptors]);
    }

    /** Blocks as (source, block) pairs sorted by unit cost per unit of row, exactly: c_b / weight of its region. */
    private static List<int[]> byRatio(Instance x, long[] weight) {
        List<int[]> blocks = new ArrayList<>();
        for (int i = 0; i < x.region.length; i++) {
            for (int k = 0; k < x.amount[i].length; k++) {
                blocks.add(new int[] {i, k});
            }
        }
        blocks.sort((a, b) -> Long.compare(x.cost[a[0]][a[1]] * weight[x.region[b[0]]],
                x.cost[b[0]][b[1]] * weight[x.region[a[0]]]));
        return blocks;
    }

    /**
     * A reduction exactly on a boundary of the blocks in ratio order (never splitting a tie): the
     * blocks whose ratio is at most that of a random block, or none; in units of amount × weight.
     */
    private static long boundary(Instance x, long[] weight, SplittableRandom random) {
        List<int[]> blocks = byRatio(x, weight);
        int pick = random.nextInt(blocks.size() + 1) - 1;
        if (pick < 0) {
            return 0;
        }
        int[] cut = blocks.get(pick);
        long sum = 0;
        for (int[] b : blocks) {
            if (x.cost[b[0]][b[1]] * weight[x.region[cut[0]]] <= x.cost[cut[0]][cut[1]] * weight[x.region[b[0]]]) {
                sum += x.amount[b[0]][b[1]] * weight[x.region[b[0]]];
            }
        }
        return sum;
    }

    /**
     * The smallest price p ≥ 0 at which the blocks with c_b ≤ p·weight_r give the reduction: exact
     * comparisons in integers, the price returned as c_b / weight_r of the block that completes it.
     */
    private static double smallestPrice(Instance x, long[] weight, double weightUnit, long reduction) {
        long sum = 0;
        for (int i = 0; i < x.region.length; i++) {
            for (int k = 0; k < x.amount[i].length; k++) {
                sum += x.cost[i][k] <= 0 ? x.amount[i][k] * weight[x.region[i]] : 0;
            }
        }
        if (sum >= reduction) {
            return 0;
        }
        for (int[] b : byRatio(x, weight)) {
            sum += x.cost[b[0]][b[1]] > 0 ? x.amount[b[0]][b[1]] * weight[x.region[b[0]]] : 0;
            if (sum >= reduction) {
                return decimal(x.cost[b[0]][b[1]], 2) / (weight[x.region[b[0]]] * weightUnit);
            }
        }
        throw new IllegalStateException("reduction " + reduction + " beyond every block");
    }

    @Test
    void capOnARandomBoundaryIsPricedAtTheSmallestValidPrice() {
        List<String> failures = new ArrayList<>();
        for (int seed = 0; seed < INSTANCES; seed++) {
            SplittableRandom random = new SplittableRandom(1_300_000 + seed);
            Instance base = sources(random, 0);
            long[] one = new long[base.regions];
            java.util.Arrays.fill(one, 1);
            long reduction = boundary(base, one, random);
            Instance x = new Instance(base.regions, base.region, base.baseline, base.amount, base.cost, base.transfer,
                    base.receptorRegion, reduction, base.receptorReduction);
            AllocationProblem p = x.asWritten();
            double expected = smallestPrice(x, one, 1, reduction);
            // Through the plain selection, and through the sampled bracket and chunked passes.
            for (AllocationSolver solver : List.of(new ExactAllocationSolver(seed),
                    new ExactAllocationSolver(seed, Workers.sequential(), 1))) {
                AllocationSolution s = solver.solve(p);
                String where = "cap-only seed " + (1_300_000 + seed) + " (requirement " + p.capRequirement()
                        + ", decimal " + BigDecimal.valueOf(reduction, 2) + "): ";
                if (s.capPrice() != expected) {
                    failures.add(where + "λ " + s.capPrice() + ", smallest valid " + expected);
                }
                List<String> kkt = OptimalityCheck.verify(p, s, 1e-9);
                if (!kkt.isEmpty()) {
                    failures.add(where + "KKT " + kkt);
                }
                failures.addAll(slivers(p, s, where));
            }
        }
        assertTrue(failures.isEmpty(), summary(failures));
    }

    /** One receptor's limit on a random boundary, and the smallest valid μ of the decimal problem. */
    record LimitCase(AllocationProblem problem, double smallestPrice, String where) {
    }

    static LimitCase limitOnABoundary(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Instance base = sources(random, 1);
        long reduction = boundary(base, base.transfer[0], random);
        Instance x = new Instance(base.regions, base.region, base.baseline, base.amount, base.cost, base.transfer,
                base.receptorRegion, -1, new long[] {reduction});
        AllocationProblem p = x.asWritten();
        return new LimitCase(p, smallestPrice(x, x.transfer[0], 0.1, reduction), "receptor seed " + seed
                + " (requirement " + p.receptorRequirement(0) + ", decimal " + BigDecimal.valueOf(reduction, 3) + "): ");
    }

    /** What is wrong with the solver's answer to a {@link LimitCase}: μ, KKT at 1e-9, slivers. */
    static List<String> check(LimitCase c, AllocationSolver solver) {
        List<String> failures = new ArrayList<>();
        AllocationProblem p = c.problem();
        AllocationSolution s = solver.solve(p);
        double mu = s.receptorPrices().length == 1 ? s.receptorPrices()[0] : Double.NaN;
        if (!(Math.abs(mu - c.smallestPrice()) <= PRICE_TOL * Math.max(1, c.smallestPrice()))) {
            failures.add(c.where() + "μ " + mu + ", smallest valid " + c.smallestPrice() + " " + s.status());
        }
        List<String> kkt = OptimalityCheck.verify(p, s, 1e-9);
        if (!kkt.isEmpty()) {
            failures.add(c.where() + "KKT " + kkt);
        }
        failures.addAll(slivers(p, s, c.where()));
        return failures;
    }

    @Test
    void limitOnARandomBoundaryIsPricedAtTheSmallestValidPrice() {
        List<String> failures = new ArrayList<>();
        for (int seed = 0; seed < INSTANCES; seed++) {
            failures.addAll(check(limitOnABoundary(1_400_000 + seed), new ExactAllocationSolver(seed)));
        }
        assertTrue(failures.isEmpty(), summary(failures));
    }

    @Test
    void capAndLimitOnBoundariesMatchTheIntegerCopyCertifiedByOjAlgo() {
        List<String> failures = new ArrayList<>();
        for (int seed = 0; seed < INSTANCES / 2; seed++) {
            SplittableRandom random = new SplittableRandom(1_500_000 + seed);
            Instance base = sources(random, 1);
            long[] one = new long[base.regions];
            java.util.Arrays.fill(one, 1);
            long capReduction = boundary(base, one, random);
            long limitReduction = boundary(base, base.transfer[0], random);
            Instance x = new Instance(base.regions, base.region, base.baseline, base.amount, base.cost, base.transfer,
                    base.receptorRegion, capReduction, new long[] {limitReduction});
            String where = "cap and receptor seed " + (1_500_000 + seed) + ": ";
            AllocationProblem exact = x.scaled();
            AllocationSolution reference = new ExactAllocationSolver(seed).solve(exact);
            List<String> certified = IndependentCheck.of(exact, reference);
            if (!certified.isEmpty()) {
                failures.add(where + "the integer copy's answer fails ojAlgo's check: " + certified);
                continue;
            }
            AllocationProblem p = x.asWritten();
            AllocationSolution s = new ExactAllocationSolver(seed).solve(p);
            // Amounts in hundredths leave the duals alone; the receptor row, ×10 in its transfers, divides μ by 10.
            double[] expected = {reference.capPrice(), 10 * reference.receptorPrices()[0]};
            double[] got = {s.capPrice(), s.receptorPrices()[0]};
            for (int j = 0; j < 2; j++) {
                if (!(Math.abs(got[j] - expected[j]) <= PRICE_TOL * Math.max(1, Math.abs(expected[j])))) {
                    failures.add(where + (j == 0 ? "λ " : "μ ") + got[j] + ", smallest valid " + expected[j]);
                }
            }
            List<String> kkt = OptimalityCheck.verify(p, s, 1e-9);
            if (!kkt.isEmpty()) {
                failures.add(where + "KKT " + kkt);
            }
            failures.addAll(slivers(p, s, where));
        }
        assertTrue(failures.isEmpty(), summary(failures));
    }

    /** Sources abating beyond their blocks priced at or below their region's price: a sliver taken. */
    private static List<String> slivers(AllocationProblem p, AllocationSolution s, String where) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < p.sourceCount(); i++) {
            // λ + μ·T rounds: a block within PRICE_TOL of the price is at it.
            double g = s.regionPrice(p, p.sourceRegion(i));
            double upTo = 0;
            for (int k = 0; k < p.blockCount(i); k++) {
                upTo += p.blockCost(i, k) <= g + PRICE_TOL * Math.max(1, Math.abs(g)) ? p.blockAmount(i, k) : 0;
            }
            if (s.abatement()[i] > upTo) {
                out.add(where + "source " + i + " abates " + s.abatement()[i] + " beyond its blocks at its price " + g
                        + ", " + upTo);
            }
        }
        return out;
    }

    private static String summary(List<String> failures) {
        return failures.size() + " failures, first: " + String.join("\n", failures.subList(0,
                Math.min(FAILURES_SHOWN, failures.size())));
    }
}
