package org.airshed.core.discrete.multi;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.airshed.core.allocation.multi.MultiPollutantProblem;
import org.airshed.core.allocation.multi.MultiPollutantProblemBuilder;
import org.junit.jupiter.api.Test;

/**
 * Caps and receptor limits at a decimal distance of 0.001 or less from a reachable sum, against
 * exact decimal brute force (review 16, finding 1). Tiny seeded instances whose data are decimals as
 * a file gives them (emissions to 0.001 t up to 1e6 t, removals to 0.001, transfer coefficients to
 * 1e-6, whole costs); every requirement is a target choice's exact row total moved by δ ∈ {0, ±1e-5,
 * ±5e-4, ±1e-3}. Rows are summed in {@link BigDecimal} from the decimals, never from the doubles:
 * {@link MultiDiscreteProblem#meets} must agree with the exact test on every choice, the solver must
 * prove the exact least cost (or infeasibility), and a greedy that says "met" must be.
 */
class NearBoundaryRowsPropertyTest {
    private static final BigDecimal[] SHIFTS = {BigDecimal.ZERO, new BigDecimal("0.00001"),
        new BigDecimal("-0.00001"), new BigDecimal("0.0005"), new BigDecimal("-0.0005"), new BigDecimal("0.001"),
        new BigDecimal("-0.001")};

    /** One tiny instance: the doubles for the solver, the decimals and the exact rows for brute force. */
    private record Instance(MultiPollutantProblem problem, int[] optionCounts, long[][] costs,
                            BigDecimal[][][] units, BigDecimal[] required) {
    }

    @Test
    void discreteSolverAgreesWithExactDecimalBruteForceNearTheBoundary() {
        List<String> failures = new ArrayList<>();
        int feasible = 0;
        int infeasible = 0;
        int choices = 0;
        for (long seed = 0; seed < 400; seed++) {
            Instance in = draw(new SplittableRandom(seed ^ 0x5eedL));
            MultiDiscreteProblem d = MultiDiscreteProblem.of(in.problem);
            String at = "seed " + seed + ": ";
            int n = in.optionCounts.length;
            int[] choice = new int[n];
            long least = Long.MAX_VALUE;
            while (true) {
                choices++;
                boolean exact = meetsExactly(in, choice);
                if (exact != d.meets(choice)) {
                    failures.add(at + "choice " + Arrays.toString(choice) + " meets exactly: " + exact
                            + ", meets(): " + !exact);
                }
                if (exact) {
                    least = Math.min(least, cost(in, choice));
                }
                int i = 0;
                while (i < n && ++choice[i] == in.optionCounts[i]) {
                    choice[i++] = 0;
                }
                if (i == n) {
                    break;
                }
            }
            MultiDiscreteResult r = MultiDiscreteSolver.solve(d, 20_000, null, seed);
            if (least == Long.MAX_VALUE) {
                infeasible++;
                if (r.status() != MultiDiscreteStatus.INFEASIBLE) {
                    failures.add(at + "no choice meets every row exactly, the solver says " + r.status() + " "
                            + r.cost());
                }
            } else {
                feasible++;
                if (!r.isOptimal() || r.cost() != least || !meetsExactly(in, r.choice())) {
                    failures.add(at + r.status() + " " + r.cost() + ", exact least " + least);
                }
            }
            if (r.greedy().met() && !meetsExactly(in, r.greedy().choice())) {
                failures.add(at + "the greedy says met, its choice breaks a row exactly");
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " failures:\n" + String.join("\n", failures));
        assertTrue(feasible >= 100 && infeasible >= 50, "a poor mix: " + feasible + " feasible, " + infeasible
                + " infeasible (" + choices + " choices)");
    }

    private static Instance draw(SplittableRandom random) {
        int pCount = 2 + random.nextInt(2);
        int rCount = 1 + random.nextInt(2);
        int n = 2 + random.nextInt(4);
        String[] pollutants = MultiDiscreteInstances.names("P", pCount);
        String[] regions = MultiDiscreteInstances.names("R", rCount);
        MultiPollutantProblemBuilder b = MultiPollutantProblem.builder(pollutants, regions);
        int[] region = new int[n];
        int[] optionCounts = new int[n];
        long[][] costs = new long[n][];
        BigDecimal[][] emission = new BigDecimal[n][pCount];
        BigDecimal[][][] removal = new BigDecimal[n][][];
        for (int i = 0; i < n; i++) {
            region[i] = random.nextInt(rCount);
            double[] e = new double[pCount];
            for (int p = 0; p < pCount; p++) {
                emission[i][p] = random.nextInt(5) == 0 ? BigDecimal.ZERO
                        : BigDecimal.valueOf(random.nextLong(1, 1_000_000_001L), 3);
                e[p] = emission[i][p].doubleValue();
            }
            b.optionSource(region[i], e);
            int options = 1 + random.nextInt(3);
            optionCounts[i] = options + 1;
            costs[i] = new long[options + 1];
            removal[i] = new BigDecimal[options + 1][pCount];
            for (int p = 0; p < pCount; p++) {
                removal[i][0][p] = BigDecimal.ZERO;
            }
            for (int k = 1; k <= options; k++) {
                double[] rho = new double[pCount];
                for (int p = 0; p < pCount; p++) {
                    removal[i][k][p] = random.nextInt(3) == 0 ? BigDecimal.ZERO
                            : BigDecimal.valueOf(random.nextInt(1, 1001), 3);
                    rho[p] = removal[i][k][p].doubleValue();
                }
                costs[i][k] = random.nextLong(1, 100_001);
                b.option(costs[i][k], rho);
            }
        }
        int[] target = new int[n];
        for (int i = 0; i < n; i++) {
            target[i] = random.nextInt(optionCounts[i]);
        }
        List<BigDecimal[][]> rowUnits = new ArrayList<>();
        List<BigDecimal> required = new ArrayList<>();
        for (int p = 0; p < pCount; p++) {
            if (random.nextInt(3) == 0) {
                continue;
            }
            BigDecimal[][] u = new BigDecimal[n][];
            for (int i = 0; i < n; i++) {
                u[i] = new BigDecimal[optionCounts[i]];
                for (int k = 0; k < optionCounts[i]; k++) {
                    u[i][k] = removal[i][k][p].multiply(emission[i][p]);
                }
            }
            BigDecimal req = total(u, target).add(SHIFTS[random.nextInt(SHIFTS.length)]);
            if (req.signum() <= 0) {
                continue; // a cap the baseline meets is no row
            }
            b.cap(p, req.doubleValue());
            rowUnits.add(u);
            required.add(req);
        }
        int receptors = random.nextInt(3);
        for (int kk = 0; kk < receptors; kk++) {
            double[] row = new double[pCount * rCount];
            BigDecimal[] t = new BigDecimal[pCount * rCount];
            for (int p = 0; p < pCount; p++) {
                for (int r = 0; r < rCount; r++) {
                    int micro = p == pCount - 1 && random.nextInt(3) == 0 ? -random.nextInt(0, 3001)
                            : random.nextInt(0, 10_001);
                    t[p * rCount + r] = BigDecimal.valueOf(micro, 6);
                    row[p * rCount + r] = t[p * rCount + r].doubleValue();
                }
            }
            BigDecimal[][] u = new BigDecimal[n][];
            for (int i = 0; i < n; i++) {
                u[i] = new BigDecimal[optionCounts[i]];
                for (int k = 0; k < optionCounts[i]; k++) {
                    BigDecimal sum = BigDecimal.ZERO;
                    for (int p = 0; p < pCount; p++) {
                        sum = sum.add(t[p * rCount + region[i]].multiply(removal[i][k][p]).multiply(emission[i][p]));
                    }
                    u[i][k] = sum;
                }
            }
            BigDecimal req = total(u, target).add(SHIFTS[random.nextInt(SHIFTS.length)]);
            b.receptor(row, req.doubleValue());
            rowUnits.add(u);
            required.add(req);
        }
        return new Instance(b.build(), optionCounts, costs, rowUnits.toArray(new BigDecimal[0][][]),
                required.toArray(new BigDecimal[0]));
    }

    private static BigDecimal total(BigDecimal[][] u, int[] choice) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < choice.length; i++) {
            sum = sum.add(u[i][choice[i]]);
        }
        return sum;
    }

    private static boolean meetsExactly(Instance in, int[] choice) {
        for (int j = 0; j < in.required.length; j++) {
            if (total(in.units[j], choice).compareTo(in.required[j]) < 0) {
                return false;
            }
        }
        return true;
    }

    private static long cost(Instance in, int[] choice) {
        long sum = 0;
        for (int i = 0; i < choice.length; i++) {
            sum += in.costs[i][choice[i]];
        }
        return sum;
    }
}
