package org.airshed.core.allocation.multi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.airshed.core.allocation.AllocationStatus;
import org.junit.jupiter.api.Test;

/**
 * Caps and limits written in decimal exactly on a block boundary, several pollutants: seeded random
 * instances of two pollutants whose amounts are hundredths, unit costs hundredths and transfer
 * coefficients tenths, the requirements formed as the study forms them (total baseline − cap,
 * baseline concentration − limit, each parsed from its decimal text), so that they land some ulps
 * off the float sums of the blocks. The reported prices must be the smallest valid ones of the
 * decimal problem, computed by an independent route: with caps only, in exact integer arithmetic
 * per pollutant; with a cap and a limit, by the solver on a copy scaled to integers (where nothing
 * rounds) whose duals ojAlgo certifies as the lexicographically smallest ({@link MultiOjAlgoDualReference}).
 * Every answer also passes the KKT check at 1e-9 on the float problem.
 */
class MultiDecimalBoundaryPropertyTest {
    private static final int INSTANCES = 300;
    private static final int P = 2;

    /** Amounts and costs in hundredths, per source, pollutant and block; transfers in tenths, {@code [p * R + r]}. */
    private record Instance(int regions, int[] region, long[][][] amount, long[][][] cost, long[] transfer) {
        long baseline(int i, int p) {
            long sum = 0;
            for (long a : amount[i][p]) {
                sum += a;
            }
            return sum;
        }

        /** As a user's scenario becomes a problem; reductions exact (cap: hundredths, limit: thousandths), −1 for none. */
        MultiPollutantProblem asWritten(long[] capReduction, long limitReduction) {
            MultiPollutantProblemBuilder b = MultiPollutantProblem.builder(new String[] {"SO2", "NOx"}, regionIds());
            double[] total = new double[P];
            long[] totalExact = new long[P];
            double concentration = 0;
            long concentrationExact = 0;
            for (int i = 0; i < region.length; i++) {
                double[] e = new double[P];
                for (int p = 0; p < P; p++) {
                    e[p] = decimal(baseline(i, p), 2);
                    total[p] += e[p];
                    totalExact[p] += baseline(i, p);
                    concentration += decimal(transfer[p * regions + region[i]], 1) * e[p];
                    concentrationExact += transfer[p * regions + region[i]] * baseline(i, p);
                }
                b.curveSource(region[i], e);
                for (int p = 0; p < P; p++) {
                    b.steps(p, decimals(amount[i][p], 2), decimals(cost[i][p], 2));
                }
            }
            for (int p = 0; p < P; p++) {
                if (capReduction[p] >= 0) {
                    b.cap(p, total[p] - decimal(totalExact[p] - capReduction[p], 2));
                }
            }
            if (limitReduction >= 0) {
                double[] t = new double[transfer.length];
                for (int k = 0; k < t.length; k++) {
                    t[k] = decimal(transfer[k], 1);
                }
                b.receptor(t, concentration - decimal(concentrationExact - limitReduction, 3));
            }
            return b.build();
        }

        /** The same problem in hundredths of mass and tenths of transfer: integers, nothing rounds. */
        MultiPollutantProblem scaled(long[] capReduction, long limitReduction) {
            MultiPollutantProblemBuilder b = MultiPollutantProblem.builder(new String[] {"SO2", "NOx"}, regionIds());
            for (int i = 0; i < region.length; i++) {
                double[] e = new double[P];
                for (int p = 0; p < P; p++) {
                    e[p] = baseline(i, p);
                }
                b.curveSource(region[i], e);
                for (int p = 0; p < P; p++) {
                    double[] amounts = new double[amount[i][p].length];
                    for (int k = 0; k < amounts.length; k++) {
                        amounts[k] = amount[i][p][k];
                    }
                    b.steps(p, amounts, decimals(cost[i][p], 4)); // per hundredth of mass
                }
            }
            for (int p = 0; p < P; p++) {
                if (capReduction[p] >= 0) {
                    b.cap(p, capReduction[p]);
                }
            }
            if (limitReduction >= 0) {
                double[] t = new double[transfer.length];
                for (int k = 0; k < t.length; k++) {
                    t[k] = transfer[k];
                }
                b.receptor(t, limitReduction);
            }
            return b.build();
        }

        private String[] regionIds() {
            String[] ids = new String[regions];
            for (int r = 0; r < regions; r++) {
                ids[r] = "R" + r;
            }
            return ids;
        }
    }

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

    /** 1–30 sources in 1–4 regions, 1–3 blocks per pollutant of 0.01–3 (some costs from a palette, so tied). */
    private static Instance draw(SplittableRandom random) {
        int regions = 1 + random.nextInt(4);
        int n = 1 + random.nextInt(30);
        int[] region = new int[n];
        long[][][] amount = new long[n][P][];
        long[][][] cost = new long[n][P][];
        long[] palette = {500, 1250, 1803, 3620, 0, 7001};
        for (int i = 0; i < n; i++) {
            region[i] = random.nextInt(regions);
            for (int p = 0; p < P; p++) {
                int blocks = 1 + random.nextInt(3);
                amount[i][p] = new long[blocks];
                cost[i][p] = new long[blocks];
                for (int k = 0; k < blocks; k++) {
                    amount[i][p][k] = random.nextBoolean() ? 10 * (1 + random.nextInt(30)) : 1 + random.nextInt(300);
                    cost[i][p][k] = random.nextInt(3) == 0 ? palette[random.nextInt(palette.length)]
                            : random.nextInt(10_000);
                }
                java.util.Arrays.sort(cost[i][p]);
            }
        }
        long[] transfer = new long[P * regions];
        for (int k = 0; k < transfer.length; k++) {
            transfer[k] = 1 + random.nextInt(10);
        }
        return new Instance(regions, region, amount, cost, transfer);
    }

    /** Pollutant p's blocks with unit cost ≤ {@code threshold} (hundredths), as the reduction they give (hundredths). */
    private static long reductionUpTo(Instance x, int p, long threshold) {
        long sum = 0;
        for (int i = 0; i < x.region.length; i++) {
            for (int k = 0; k < x.amount[i][p].length; k++) {
                sum += x.cost[i][p][k] <= threshold ? x.amount[i][p][k] : 0;
            }
        }
        return sum;
    }

    /** The smallest price (money per unit) at which pollutant p's blocks with cost ≤ it give {@code reduction}: exact. */
    private static double smallestCapPrice(Instance x, int p, long reduction) {
        List<Long> costs = new ArrayList<>();
        for (int i = 0; i < x.region.length; i++) {
            for (long c : x.cost[i][p]) {
                costs.add(c);
            }
        }
        costs.add(0L);
        costs.sort(null);
        for (long c : costs) {
            if (reductionUpTo(x, p, c) >= reduction) {
                return decimal(c, 2);
            }
        }
        throw new IllegalStateException("reduction " + reduction + " beyond every block");
    }

    /** A random block's cost of pollutant p (hundredths), or −1 (nothing asked): the boundary's threshold. */
    private static long threshold(Instance x, int p, SplittableRandom random) {
        int i = random.nextInt(x.region.length);
        long[] costs = x.cost[i][p];
        return random.nextInt(costs.length + 1) == 0 ? -1 : costs[random.nextInt(costs.length)];
    }

    @Test
    void capsOnRandomBoundariesArePricedAtTheSmallestValidPrice() {
        List<String> failures = new ArrayList<>();
        for (long seed = 1_600_000; seed < 1_600_000 + INSTANCES; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            Instance x = draw(random);
            long[] reduction = new long[P];
            for (int p = 0; p < P; p++) {
                long t = threshold(x, p, random);
                reduction[p] = t < 0 ? 0 : reductionUpTo(x, p, t);
            }
            MultiPollutantProblem q = x.asWritten(reduction, -1);
            MultiPollutantSolution s = MultiPollutantSolvers.exact().solve(q);
            String failure = s.status() != AllocationStatus.OPTIMAL ? s.reasons().toString()
                    : MultiPollutantCertificate.violation(q, s, 1e-9);
            for (int p = 0; p < P && failure == null; p++) {
                double expected = smallestCapPrice(x, p, reduction[p]);
                if (Math.abs(s.capPrices()[p] - expected) > 1e-12 * Math.max(1, expected)) {
                    failure = "cap price of pollutant " + p + ": " + s.capPrices()[p] + ", smallest valid " + expected;
                }
            }
            if (failure != null && failures.size() < 5) {
                failures.add("seed " + seed + ": " + failure);
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void aCapAndALimitOnBoundariesArePricedAsTheIntegerCopyIs() {
        List<String> failures = new ArrayList<>();
        int compared = 0;
        for (long seed = 1_700_000; seed < 1_700_000 + INSTANCES; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            Instance x = draw(random);
            // Both rows on the boundary of one set of blocks: those of pollutant p with cost ≤ its threshold.
            long[] threshold = {threshold(x, 0, random), threshold(x, 1, random)};
            long[] cap = {-1, -1};
            int capped = random.nextInt(P);
            cap[capped] = threshold[capped] < 0 ? 0 : reductionUpTo(x, capped, threshold[capped]);
            long limit = 0;
            for (int i = 0; i < x.region.length; i++) {
                for (int p = 0; p < P; p++) {
                    for (int k = 0; k < x.amount[i][p].length; k++) {
                        limit += x.cost[i][p][k] <= threshold[p] ? x.transfer[p * x.regions + x.region[i]]
                                * x.amount[i][p][k] : 0;
                    }
                }
            }
            MultiPollutantProblem q = x.asWritten(cap, limit);
            MultiPollutantProblem integers = x.scaled(cap, limit);
            MultiPollutantSolution s = MultiPollutantSolvers.exact().solve(q);
            MultiPollutantSolution t = MultiPollutantSolvers.exact().solve(integers);
            String failure = s.status() != AllocationStatus.OPTIMAL || t.status() != AllocationStatus.OPTIMAL
                    ? s.reasons() + " " + t.reasons() : MultiPollutantCertificate.violation(q, s, 1e-9);
            if (failure == null) {
                failure = MultiOjAlgoDualReference.lexicographicViolation(integers,
                        MultiLexicographicDualsTest.duals(integers, t), MultiLexicographicDualsTest.objective(integers, t));
            }
            if (failure == null) {
                compared++;
                // Scaled prices: per hundredth of mass (cap) and per thousandth of concentration (limit).
                double capExpected = 100 * t.capPrices()[capped];
                double limitExpected = 1000 * t.receptorPrices()[0];
                if (Math.abs(s.capPrices()[capped] - capExpected) > 1e-9 * Math.max(1, capExpected)
                        || Math.abs(s.receptorPrices()[0] - limitExpected) > 1e-9 * Math.max(1, limitExpected)) {
                    failure = "prices " + s.capPrices()[capped] + ", " + s.receptorPrices()[0] + "; integer copy's "
                            + capExpected + ", " + limitExpected;
                }
            }
            if (failure != null && failures.size() < 5) {
                failures.add("seed " + seed + ": " + failure);
            }
        }
        assertEquals(List.of(), failures);
        assertTrue(compared == INSTANCES, "compared " + compared);
    }
}
