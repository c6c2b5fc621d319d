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
            lp.anchor(1 << i);
            lp.anchor(grand ^ (1 << i));
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
        double[] reference = ExcessLinearProgram.compromise(players, worth);
        while (span.rank() < players) {
            stages++;
            ExcessLinearProgram.Point optimum = lp.minimizeLargestExcess(reference);
            double level = optimum.epsilon();
            List<Integer> candidates = tightAt(optimum.payoff(), level);
            List<Integer> tightEverywhere = tightInEveryOptimum(optimum.payoff(), candidates, level);
            int rank = span.rank();
            for (int mask : tightEverywhere) {
                settle(mask, worth[mask] - level);
            }
            if (span.rank() == rank) {
                // Candidates are outside the span, so this cannot happen; fail rather than loop.
                throw new IllegalStateException("stage " + stages + " fixed no new coalition");
            }
            // x(S) is constant on the new face for S in the span: its excess is final and leaves ε.
            for (int mask = 1; mask < grand; mask++) {
                if (unsettled[mask] && span.contains(mask)) {
                    unsettled[mask] = false;
                }
            }
            lp.refreshWorkingSet(optimum.payoff());
            reference = optimum.payoff();
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
     * simplex returned (fixing those is the classic bug): see
     * {@link ExcessLinearProgram#tightOnWholeFace}, anchored at the stage's optimum.
     */
    private List<Integer> tightInEveryOptimum(double[] optimum, List<Integer> candidates, double level) {
        if (candidates.isEmpty()) {
            // The least ε is some coalition's excess; none within tolerance means the LP misled us.
            throw new IllegalStateException("no coalition has the stage's least largest excess " + level
                    + " (scaled) at its optimum");
        }
        return lp.tightOnWholeFace(optimum, level, candidates);
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
