package org.airshed.market.game;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Kohlberg's characterisation of the nucleolus: an imputation x is the nucleolus iff, for every
 * level t, the coalitions D(t) = {S ∉ {∅, N} : v(S) − x(S) ≥ t}, if any, together with the
 * singletons B₀ = {{i} : x_i = v({i})}, are balanced with positive weights on D(t):
 * Σ_{S∈D(t)} λ_S 1_S + Σ_{i∈B₀} μ_i 1_{i} = 1_N with every λ_S > 0 and μ ≥ 0.
 */
public final class KohlbergCriterion {
    /** Weights are normalised so the best least weight is at most 1; below this it counts as 0. */
    private static final double POSITIVE = 1e-7;
    /** How many coalitions a message names before it says "and k more". */
    private static final int NAMED = 6;

    private KohlbergCriterion() {
    }

    /**
     * True when {@code payoff} is the nucleolus of {@code game}; {@code tolerance} (money) merges
     * excess levels closer than it and bounds the rounding allowed in x(N) = v(N) and x_i ≥ v({i}).
     */
    public static boolean holds(Game game, double[] payoff, double tolerance) {
        return violation(game, payoff, tolerance).isEmpty();
    }

    /** Why {@code payoff} is not the nucleolus (the first failing level), or empty when it is. */
    public static Optional<String> violation(Game game, double[] payoff, double tolerance) {
        int n = game.playerCount();
        if (payoff.length != n) {
            throw new IllegalArgumentException("a payoff for " + n + " players has " + n + " entries; got "
                    + payoff.length);
        }
        if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
            throw new IllegalArgumentException("tolerance must be finite and ≥ 0; got " + tolerance);
        }
        Optional<String> notImputation = notAnImputation(game, payoff, tolerance);
        if (notImputation.isPresent()) {
            return notImputation;
        }
        int grand = game.grandMask();
        double[] sums = new double[grand + 1];
        PayoffSumsByMask.fill(payoff, sums);
        double[] excess = new double[grand + 1];
        Integer[] byExcess = new Integer[Math.max(0, grand - 1)];
        for (int mask = 1; mask < grand; mask++) {
            excess[mask] = game.value(mask) - sums[mask];
            byExcess[mask - 1] = mask;
        }
        Arrays.sort(byExcess, (a, b) -> Double.compare(excess[b], excess[a]));
        boolean[] atStandAlone = new boolean[n];
        for (int i = 0; i < n; i++) {
            atStandAlone[i] = payoff[i] <= game.singletonValue(i) + tolerance;
        }
        IndicatorSpan span = new IndicatorSpan(n);
        List<Integer> level = new ArrayList<>();
        int next = 0;
        // Only levels that enlarge span(D(t)) need an LP: once D(t) is balanced, adding coalitions
        // in its span keeps it balanced (shift a little weight onto them), so stop at rank n.
        while (next < byExcess.length && span.rank() < n) {
            double top = excess[byExcess[next]];
            boolean grows = false;
            while (next < byExcess.length && excess[byExcess[next]] >= top - tolerance) {
                int mask = byExcess[next++];
                level.add(mask);
                grows |= span.add(mask);
            }
            if (grows && !balanced(level, atStandAlone, n)) {
                return Optional.of(describe(game, level, atStandAlone, excess[level.get(level.size() - 1)]));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> notAnImputation(Game game, double[] payoff, double tolerance) {
        double total = 0;
        for (double x : payoff) {
            total += x;
        }
        if (Math.abs(total - game.grandValue()) > tolerance) {
            return Optional.of("not an imputation: the payoffs sum to " + Nucleolus.format(total)
                    + ", not v(N) = " + Nucleolus.format(game.grandValue()));
        }
        for (int i = 0; i < payoff.length; i++) {
            if (payoff[i] < game.singletonValue(i) - tolerance) {
                return Optional.of("not an imputation: " + game.players().get(i) + " gets "
                        + Nucleolus.format(payoff[i]) + ", less than its stand-alone value "
                        + Nucleolus.format(game.singletonValue(i)));
            }
        }
        return Optional.empty();
    }

    /**
     * Maximises the least weight τ: λ_S = τ + ν_S, with Σ_S λ_S 1_S + Σ_{B₀} μ_i e_i = r·1_N and
     * r = Σ_S |S| / n, so τ ≤ 1 and equal weights give τ = 1 when they fit. Balanced iff τ* > 0.
     */
    private static boolean balanced(List<Integer> coalitions, boolean[] atStandAlone, int n) {
        int free = 0;
        for (boolean b : atStandAlone) {
            free += b ? 1 : 0;
        }
        int variables = 1 + coalitions.size() + free;
        double[][] rows = new double[n][variables];
        double totalSize = 0;
        for (int k = 0; k < coalitions.size(); k++) {
            int mask = coalitions.get(k);
            totalSize += Integer.bitCount(mask);
            for (int i = 0; i < n; i++) {
                if ((mask & (1 << i)) != 0) {
                    rows[i][0]++;
                    rows[i][1 + k] = 1;
                }
            }
        }
        int column = 1 + coalitions.size();
        for (int i = 0; i < n; i++) {
            if (atStandAlone[i]) {
                rows[i][column++] = 1;
            }
        }
        DenseLinearProgram lp = new DenseLinearProgram(variables, true);
        for (int i = 0; i < n; i++) {
            lp.equal(rows[i], totalSize / n);
        }
        double[] objective = new double[variables];
        objective[0] = 1;
        return lp.maximize(objective).map(z -> z[0] > POSITIVE).orElse(false);
    }

    private static String describe(Game game, List<Integer> level, boolean[] atStandAlone, double floor) {
        StringBuilder names = new StringBuilder();
        for (int k = 0; k < Math.min(NAMED, level.size()); k++) {
            names.append(k == 0 ? "" : ", ").append(game.members(level.get(k)));
        }
        if (level.size() > NAMED) {
            names.append(" and ").append(level.size() - NAMED).append(" more");
        }
        List<String> held = new ArrayList<>();
        for (int i = 0; i < atStandAlone.length; i++) {
            if (atStandAlone[i]) {
                held.add(game.players().get(i));
            }
        }
        return "not the nucleolus: the " + level.size() + " coalitions with excess ≥ " + Nucleolus.format(floor)
                + " (" + names + ") are not balanced with positive weights, even with the players held at "
                + "their stand-alone value " + held + ": another imputation lowers one of these excesses without "
                + "raising the others";
    }
}
