package org.airshed.market.game;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;

/**
 * The nucleolus over the imputation set I(v) = {x : x(N) = v(N), x_i ≥ v({i})}: the imputation
 * whose coalition excesses v(S) − x(S), sorted decreasingly, are lexicographically least (money).
 * Computed by the sequential LPs of Maschler, Peleg and Shapley, each with row generation.
 */
public final class Nucleolus {
    /** The Kohlberg check enumerates and sorts all 2ⁿ excesses; above this it is skipped. */
    public static final int KOHLBERG_MAX_PLAYERS = 12;
    /** Tightness and feasibility slack, in units of {@link Game#scale()}. */
    private static final double TOLERANCE = 1e-9;
    /** Excess levels closer than this (units of {@link Game#scale()}) are one level for Kohlberg. */
    private static final double KOHLBERG_TOLERANCE = 1e-7;

    private final Game game;
    private final int players;
    private final int grand;
    private final double[] worth;
    /** Coalitions whose x(S) is not yet fixed by the coalitions fixed so far. */
    private final boolean[] unsettled;
    private final IndicatorSpan span;
    private final ExcessLinearProgram lp;
    private final List<Integer> fixedMasks = new ArrayList<>();
    private final List<Double> fixedValues = new ArrayList<>();

    private Nucleolus(Game game) {
        this.game = game;
        this.players = game.playerCount();
        this.grand = game.grandMask();
        double scale = game.scale();
        this.worth = new double[grand + 1];
        this.unsettled = new boolean[grand + 1];
        for (int mask = 1; mask <= grand; mask++) {
            worth[mask] = game.value(mask) / scale;
            unsettled[mask] = mask != grand;
        }
        this.span = new IndicatorSpan(players);
        this.lp = new ExcessLinearProgram(players, worth, unsettled, true, TOLERANCE);
        settle(grand, worth[grand]);
        for (int i = 0; i < players; i++) {
            lp.addToWorkingSet(1 << i);
            lp.addToWorkingSet(grand ^ (1 << i));
        }
    }

    /** The nucleolus, or {@link NucleolusResult.Undefined} when the imputation set is empty. */
    public static NucleolusResult of(Game game) {
        int n = game.playerCount();
        double slack = TOLERANCE * game.scale();
        double standAlone = 0;
        for (int i = 0; i < n; i++) {
            standAlone += game.singletonValue(i);
        }
        double surplus = game.grandValue() - standAlone;
        if (surplus < -slack) {
            return new NucleolusResult.Undefined("the imputation set is empty: the players' stand-alone values sum to "
                    + format(standAlone) + ", more than v(N) = " + format(game.grandValue())
                    + ", so no allocation gives every player at least what it gets alone");
        }
        double[] payoff;
        int stages;
        if (n == 1 || surplus <= slack) {
            // I(v) is one point (up to rounding): nothing to optimise.
            payoff = new double[n];
            for (int i = 0; i < n; i++) {
                payoff[i] = game.singletonValue(i) + surplus / n;
            }
            stages = 0;
        } else {
            Nucleolus run = new Nucleolus(game);
            stages = run.solve();
            payoff = run.payoff();
        }
        boolean verified = n <= KOHLBERG_MAX_PLAYERS
                && KohlbergCriterion.holds(game, payoff, KOHLBERG_TOLERANCE * game.scale());
        return new NucleolusResult.Defined(payoff, stages, verified);
    }

    /** Runs the stages until the fixed coalitions determine x; returns how many there were. */
    private int solve() {
        int stages = 0;
        while (span.rank() < players) {
            stages++;
            ExcessLinearProgram.Point optimum = lp.minimizeLargestExcess();
            double level = optimum.epsilon();
            List<Integer> tightEverywhere = tightInEveryOptimum(tightAt(optimum.payoff(), level), level);
            for (int mask : tightEverywhere) {
                settle(mask, worth[mask] - level);
            }
            // x(S) is constant on the new face for S in the span: its excess is final and leaves ε.
            for (int mask = 1; mask < grand; mask++) {
                if (unsettled[mask] && span.contains(mask)) {
                    unsettled[mask] = false;
                }
            }
            lp.refreshWorkingSet(optimum.payoff());
        }
        return stages;
    }

    /** Unsettled coalitions whose excess at {@code payoff} reaches {@code level}. */
    private List<Integer> tightAt(double[] payoff, double level) {
        double[] sums = new double[grand + 1];
        PayoffSumsByMask.fill(payoff, sums);
        List<Integer> tight = new ArrayList<>();
        for (int mask = 1; mask < grand; mask++) {
            if (unsettled[mask] && worth[mask] - sums[mask] >= level - TOLERANCE) {
                tight.add(mask);
            }
        }
        return tight;
    }

    /**
     * The candidates tight in every optimal solution of the stage, not merely at the vertex the
     * simplex returned (fixing those is the classic bug). Maximising Σ_{S∈C} x(S) over the optimal
     * face keeps every S ∈ C tight iff each is tight on the whole face (x(S) ≥ v(S) − ε holds
     * there); a candidate left slack at the maximiser is not, so drop it and ask again.
     */
    private List<Integer> tightInEveryOptimum(List<Integer> candidates, double level) {
        List<Integer> remaining = new ArrayList<>(candidates);
        double[] largestSlack = new double[grand + 1];
        double[] sums = new double[grand + 1];
        while (!remaining.isEmpty()) {
            double[] coefficients = new double[players];
            for (int mask : remaining) {
                for (int i = 0; i < players; i++) {
                    if ((mask & (1 << i)) != 0) {
                        coefficients[i]++;
                    }
                }
            }
            double[] x = lp.maximizeWithExcessAt(coefficients, level).payoff();
            PayoffSumsByMask.fill(x, sums);
            List<Integer> stillTight = new ArrayList<>();
            for (int mask : remaining) {
                double slack = sums[mask] - (worth[mask] - level);
                largestSlack[mask] = Math.max(largestSlack[mask], slack);
                if (slack <= TOLERANCE) {
                    stillTight.add(mask);
                }
            }
            if (stillTight.size() == remaining.size()) {
                return remaining;
            }
            remaining = stillTight;
        }
        // Theory guarantees one always-tight candidate; if rounding hid it, take the least slack one.
        int best = candidates.get(0);
        for (int mask : candidates) {
            if (largestSlack[mask] < largestSlack[best]) {
                best = mask;
            }
        }
        return List.of(best);
    }

    /** Fixes x(S) = value if 1_S is not yet in the span (otherwise x(S) is already determined). */
    private void settle(int mask, double value) {
        if (span.add(mask)) {
            lp.fix(mask, value);
            fixedMasks.add(mask);
            fixedValues.add(value);
        }
        unsettled[mask] = false;
    }

    /** The unique x of the n independent fixed equations, solved directly for full precision, in money. */
    private double[] payoff() {
        double[][] a = new double[players][players];
        double[] b = new double[players];
        for (int k = 0; k < players; k++) {
            int mask = fixedMasks.get(k);
            for (int i = 0; i < players; i++) {
                a[k][i] = (mask & (1 << i)) != 0 ? 1 : 0;
            }
            b[k] = fixedValues.get(k);
        }
        double[] x = new LUDecomposition(new Array2DRowRealMatrix(a, false)).getSolver()
                .solve(new ArrayRealVector(b, false)).toArray();
        double scale = game.scale();
        for (int i = 0; i < players; i++) {
            x[i] *= scale;
        }
        return x;
    }

    /** A number for a message: ten significant digits, no trailing zeros, no exponent. */
    static String format(double value) {
        return new BigDecimal(value).round(new MathContext(10)).stripTrailingZeros().toPlainString();
    }
}
