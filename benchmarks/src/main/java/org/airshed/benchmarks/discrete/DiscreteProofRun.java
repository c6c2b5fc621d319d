package org.airshed.benchmarks.discrete;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.airshed.core.discrete.DiscreteInstanceGenerator;
import org.airshed.core.discrete.DiscreteInstanceSpec;
import org.airshed.core.discrete.DiscreteProblem;
import org.airshed.core.discrete.DiscreteSettings;
import org.airshed.core.discrete.ScaledProblem;
import org.airshed.core.discrete.bound.HullBound;
import org.airshed.core.discrete.exact.BranchAndBound;
import org.airshed.core.discrete.exact.BranchAndBoundResult;
import org.airshed.core.discrete.heuristic.RoundedHull;

/**
 * Up to which size branch and bound proves optimality: random instances of growing size
 * ({@link DiscreteInstanceGenerator}: 6 options per source, half with fixed costs, cap at 50 %
 * of the largest reduction, K receptor limits a little tighter, 10 regions), each solved with
 * the default node limit. Per instance it times the hull relaxation (the reference, one exact
 * continuous solve of the whole problem, in the same process) and then branch and bound from the
 * rounded hull, and prints per size: instances proven, nodes, time, time as a multiple of the
 * reference, and the gap left where the node limit stopped the tree. Node counts and gaps are
 * deterministic; times are wall-clock on whatever else the machine is doing.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.airshed.benchmarks.discrete.DiscreteProofRun [seeds] [K,...] [N,...]</pre>
 * Defaults: 5 seeds; K = 0, 1, 3; N = 100, 300, 1000, 3000, 10000 (10,000 for K = 0 only).
 */
public final class DiscreteProofRun {
    private static final int REGIONS = 10;

    private DiscreteProofRun() {
    }

    /** One instance's outcome. */
    private record Outcome(boolean proven, long nodes, double seconds, double ratio, double gap, double hullGap) {
    }

    public static void main(String[] args) {
        int seeds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int[] receptors = args.length > 1 ? ints(args[1]) : new int[] {0, 1, 3};
        int[] sizes = args.length > 2 ? ints(args[2]) : new int[] {100, 300, 1_000, 3_000, 10_000};
        System.out.printf(Locale.ROOT, "node limit %d, %d seeds per size, %d cores%n", DiscreteSettings.DEFAULT_NODE_LIMIT,
                seeds, Runtime.getRuntime().availableProcessors());
        System.out.println("| K | sources | proven | nodes (median, max) | time s (median, max) | time / hull solve (median) "
                + "| gap left (max) | hull gap of the optimum (median) |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (int k : receptors) {
            for (int n : sizes) {
                if (k > 0 && n > 3_000 && args.length <= 2) {
                    continue; // minutes per instance: the node limit, not a proof, ends these
                }
                List<Outcome> outcomes = new ArrayList<>();
                for (long seed = 1; seed <= seeds; seed++) {
                    outcomes.add(run(new DiscreteInstanceSpec(n, REGIONS, k, 6, 0.5), seed));
                }
                print(k, n, outcomes);
            }
        }
    }

    private static Outcome run(DiscreteInstanceSpec spec, long seed) {
        DiscreteProblem problem = DiscreteInstanceGenerator.generate(spec, seed);
        ScaledProblem scaled = ScaledProblem.of(problem);
        long start = System.nanoTime();
        HullBound hull = HullBound.compute(problem);
        long bounded = System.nanoTime();
        int[] construction = RoundedHull.construct(scaled, hull);
        long constructed = System.nanoTime();
        BranchAndBoundResult r = BranchAndBound.solve(scaled, hull, construction, DiscreteSettings.DEFAULT_NODE_LIMIT,
                null);
        long searched = System.nanoTime();
        double seconds = (searched - constructed) / 1e9;
        double gap = (r.cost() - r.bound()) / Math.max(1, Math.abs(r.cost()));
        double hullGap = (r.cost() - hull.bound()) / Math.max(1, Math.abs(r.cost()));
        return new Outcome(r.proven(), r.nodes(), seconds, (searched - constructed) / (double) (bounded - start),
                gap, hullGap);
    }

    private static void print(int k, int n, List<Outcome> outcomes) {
        long proven = outcomes.stream().filter(Outcome::proven).count();
        double[] nodes = outcomes.stream().mapToDouble(Outcome::nodes).toArray();
        double[] seconds = outcomes.stream().mapToDouble(Outcome::seconds).toArray();
        double[] ratios = outcomes.stream().mapToDouble(Outcome::ratio).toArray();
        double worstGap = outcomes.stream().mapToDouble(Outcome::gap).max().orElse(0);
        double[] hullGaps = outcomes.stream().filter(Outcome::proven).mapToDouble(Outcome::hullGap).toArray();
        System.out.printf(Locale.ROOT, "| %d | %,d | %d of %d | %,.0f, %,.0f | %.2f, %.2f | %,.0f | %s | %s |%n", k, n, proven,
                outcomes.size(), median(nodes), max(nodes), median(seconds), max(seconds), median(ratios),
                worstGap == 0 ? "0" : String.format(Locale.ROOT, "%.1e", worstGap),
                hullGaps.length == 0 ? "–" : String.format(Locale.ROOT, "%.1e", median(hullGaps)));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int m = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(0);
    }

    private static int[] ints(String list) {
        return Arrays.stream(list.split(",")).mapToInt(Integer::parseInt).toArray();
    }
}
