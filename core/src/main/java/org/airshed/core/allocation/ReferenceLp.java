package org.airshed.core.allocation;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NoFeasibleSolutionException;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/**
 * One dense LP over explicit columns (a column is a slice of one source's abatement with a
 * constant unit cost), solved twice with Commons Math's {@link SimplexSolver}: once as the primal
 *
 * <pre>
 * minimise Σ_b c_b x_b   s.t.  G x ≥ b (cap row, receptor rows),  0 ≤ x_b ≤ u_b (as rows)
 * </pre>
 * with {@code c_b = unitCost_b − w_{r(b)}}, and once as its dual
 *
 * <pre>
 * maximise b·y − Σ_b u_b s_b   s.t.  G_b·y − s_b ≤ c_b,  y, s ≥ 0
 * </pre>
 * because {@link SimplexSolver} returns the primal point only, never the row duals. G holds only
 * the rows that require more than 0: the others hold at every x ≥ 0 and are priced 0.
 * Package-private: the reference solver's plumbing.
 */
final class ReferenceLp {
    /**
     * Reduced-cost tolerance of the simplex on the scaled LP (costs and amounts scaled to at most
     * 1). Commons Math's default (1e-6) stops up to 1e-6 of the cost scale short of the optimum,
     * far too coarse for a reference that must agree with an exact solver to about 1e-9.
     */
    private static final double EPSILON = 1e-11;
    private static final int MAX_ULPS = 10;
    /** Smallest pivot element accepted (Commons Math's default). */
    private static final double CUT_OFF = 1e-10;

    /** A slice of source {@code source}'s abatement: up to {@code amount} (mass) at {@code unitCost} (money/mass). */
    record Column(int source, double amount, double unitCost) {
    }

    /**
     * The LP's answer in the problem's units.
     *
     * @param x              amount taken from each column (mass), clamped into [0, amount]
     * @param capPrice       λ ≥ 0 (money per mass; 0 without a cap)
     * @param receptorPrices μ_k ≥ 0 (money per concentration unit)
     * @param primalValue    Σ c_b x_b (money)
     * @param dualValue      b·y − Σ u_b s_b at the dual optimum (money)
     * @param termMagnitude  Σ |c_b x_b| + Σ |b_k y_k| + Σ u_b s_b + C·(Σ x_b + U), C and U the
     *                       largest |cost| and amount: the scale on which both values are rounded
     */
    record Result(double[] x, double capPrice, double[] receptorPrices, double primalValue, double dualValue,
                  double termMagnitude) {
    }

    private ReferenceLp() {
    }

    /**
     * Solves the LP over {@code columns}.
     *
     * @throws NoFeasibleSolutionException when no x in the bounds meets every row
     */
    static Result solve(AllocationProblem p, List<Column> columns) {
        int n = columns.size();
        int receptors = p.receptorCount();
        // Only rows that can bind: with x ≥ 0 and every coefficient ≥ 0 (the cap's 1s, transfers),
        // a row requiring ≤ 0 always holds and has price 0. Kept, a row requiring exactly 0 that one
        // column reaches has a price column equal to a slack's unit column, and Commons Math's
        // simplex (which finds its basis by unit columns) returned a dual point breaking its own rows.
        boolean capRow = p.hasCap() && p.capRequirement() > 0;
        int[] receptorRow = new int[receptors];
        int rows = capRow ? 1 : 0;
        for (int k = 0; k < receptors; k++) {
            receptorRow[k] = p.receptorRequirement(k) > 0 ? rows++ : -1;
        }
        double[][] g = new double[rows][n];
        double[] b = new double[rows];
        double[] c = new double[n];
        double[] u = new double[n];
        for (int j = 0; j < n; j++) {
            Column col = columns.get(j);
            int r = p.sourceRegion(col.source());
            c[j] = col.unitCost() - p.regionWeight(r);
            u[j] = col.amount();
            if (capRow) {
                g[0][j] = 1;
            }
            for (int k = 0; k < receptors; k++) {
                if (receptorRow[k] >= 0) {
                    g[receptorRow[k]][j] = p.transfer(k, r);
                }
            }
        }
        if (capRow) {
            b[0] = p.capRequirement();
        }
        for (int k = 0; k < receptors; k++) {
            if (receptorRow[k] >= 0) {
                b[receptorRow[k]] = p.receptorRequirement(k);
            }
        }
        if (n == 0) {
            return withoutColumns(p, b);
        }

        // SimplexSolver's tolerances are absolute, so put costs, amounts and every row on a unit
        // scale first: x = U x', c = C c', G_k = ρ_k G'_k.
        double amountScale = positiveMax(u);
        double costScale = positiveMax(c);
        double[] rowScale = new double[rows];
        double[][] gs = new double[rows][n];
        double[] bs = new double[rows];
        for (int k = 0; k < rows; k++) {
            rowScale[k] = positiveMax(g[k]);
            for (int j = 0; j < n; j++) {
                gs[k][j] = g[k][j] / rowScale[k];
            }
            bs[k] = b[k] / (rowScale[k] * amountScale);
        }
        double[] cs = new double[n];
        double[] us = new double[n];
        for (int j = 0; j < n; j++) {
            cs[j] = c[j] / costScale;
            us[j] = u[j] / amountScale;
        }

        double[] xs = solvePrimal(gs, bs, cs, us);
        double[] ys;
        try {
            ys = solveDual(gs, bs, cs, us);
        } catch (NoFeasibleSolutionException e) {
            // The primal is feasible and bounded, so its dual has an optimum; only the simplex's
            // tolerances can say otherwise, and that must not pass for an infeasible problem.
            throw new IllegalStateException("dual LP reported infeasible although the primal LP is feasible", e);
        }

        double[] x = new double[n];
        double primal = 0;
        double magnitude = 0;
        for (int j = 0; j < n; j++) {
            // The simplex may leave rounding noise just outside a column's bounds.
            x[j] = Math.min(Math.max(xs[j] * amountScale, 0), u[j]);
            primal += c[j] * x[j];
            magnitude += Math.abs(c[j] * x[j]);
        }
        double dual = 0;
        double[] y = new double[rows];
        for (int k = 0; k < rows; k++) {
            // y_k = C·y'_k/ρ_k: the scaled Lagrangian times C·U is the original one.
            y[k] = Math.max(0, costScale * ys[k] / rowScale[k]);
            dual += b[k] * y[k];
            magnitude += Math.abs(b[k] * y[k]);
        }
        for (int j = 0; j < n; j++) {
            double bound = u[j] * Math.max(0, costScale * ys[rows + j]);
            dual -= bound;
            magnitude += bound;
            // Rounding x_j moves the objective by up to C per unit even where c_j x_j is zero.
            magnitude += costScale * x[j];
        }
        magnitude += costScale * amountScale;
        double capPrice = capRow ? y[0] : 0;
        double[] receptorPrices = new double[receptors];
        for (int k = 0; k < receptors; k++) {
            receptorPrices[k] = receptorRow[k] >= 0 ? y[receptorRow[k]] : 0;
        }
        return new Result(x, capPrice, receptorPrices, primal, dual, magnitude);
    }

    private static double[] solvePrimal(double[][] g, double[] b, double[] c, double[] u) {
        int n = c.length;
        List<LinearConstraint> constraints = new ArrayList<>();
        for (int k = 0; k < g.length; k++) {
            constraints.add(new LinearConstraint(g[k], Relationship.GEQ, b[k]));
        }
        for (int j = 0; j < n; j++) {
            double[] unit = new double[n];
            unit[j] = 1;
            constraints.add(new LinearConstraint(unit, Relationship.LEQ, u[j]));
        }
        return run(new LinearObjectiveFunction(c, 0), constraints, GoalType.MINIMIZE, n);
    }

    /** Variables: y (one per row), then s (one per column). */
    private static double[] solveDual(double[][] g, double[] b, double[] c, double[] u) {
        int rows = g.length;
        int n = c.length;
        int width = rows + n;
        double[] objective = new double[width];
        System.arraycopy(b, 0, objective, 0, rows);
        for (int j = 0; j < n; j++) {
            objective[rows + j] = -u[j];
        }
        List<LinearConstraint> constraints = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            double[] coefficients = new double[width];
            for (int k = 0; k < rows; k++) {
                coefficients[k] = g[k][j];
            }
            coefficients[rows + j] = -1;
            constraints.add(new LinearConstraint(coefficients, Relationship.LEQ, c[j]));
        }
        return run(new LinearObjectiveFunction(objective, 0), constraints, GoalType.MAXIMIZE, width);
    }

    private static double[] run(LinearObjectiveFunction f, List<LinearConstraint> constraints, GoalType goal,
                                int variables) {
        // Generous: a dense tableau this size needs a few passes over its columns at most.
        int maxIterations = 50 * (constraints.size() + variables) + 1000;
        PointValuePair solution = new SimplexSolver(EPSILON, MAX_ULPS, CUT_OFF).optimize(
                new MaxIter(maxIterations), f, new LinearConstraintSet(constraints), goal,
                new NonNegativeConstraint(true));
        return solution.getPoint();
    }

    /** No column can abate: the point is a = 0, feasible iff every requirement is ≤ 0. */
    private static Result withoutColumns(AllocationProblem p, double[] b) {
        for (double required : b) {
            if (required > 0) {
                throw new NoFeasibleSolutionException();
            }
        }
        return new Result(new double[0], 0, new double[p.receptorCount()], 0, 0, 0);
    }

    private static double positiveMax(double[] values) {
        double max = 0;
        for (double v : values) {
            max = Math.max(max, Math.abs(v));
        }
        return max > 0 ? max : 1;
    }
}
