package org.airshed.market.game;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.commons.math3.exception.TooManyIterationsException;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NoFeasibleSolutionException;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.PivotSelectionRule;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.linear.UnboundedSolutionException;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/**
 * A small dense linear program solved by Commons Math's simplex; the caller scales data to about
 * unit size, because the solver's tolerances are absolute.
 */
final class DenseLinearProgram {
    /**
     * Solver settings tried in turn until one returns a point that satisfies every row: reduced
     * costs above −optimality count as optimal (the library default, 1e-6, can stop short by that
     * much, visible in a nucleolus pinned to 1e-9); pivot elements below the cut-off count as zero.
     * Coalition matrices are 0/1, so their inverses have genuinely small entries and a small cut-off
     * is right, but on degenerate programs rounding noise above it can be pivoted on and the
     * tableau ruined (a bounded program reported unbounded); a larger cut-off then recovers.
     * Dantzig's rule is fast but can cycle; Bland's cannot.
     */
    private record Setting(double optimality, double cutOff, PivotSelectionRule rule) {
    }

    private static final List<Setting> SETTINGS = List.of(
            new Setting(1e-9, 1e-10, PivotSelectionRule.DANTZIG),
            new Setting(1e-9, 1e-10, PivotSelectionRule.BLAND),
            new Setting(1e-9, 1e-8, PivotSelectionRule.DANTZIG),
            new Setting(1e-9, 1e-8, PivotSelectionRule.BLAND),
            new Setting(1e-7, 1e-7, PivotSelectionRule.BLAND));
    private static final int ULPS = 10;
    /** A returned point must satisfy every row to this (relative to the row's size). */
    private static final double FEASIBLE = 1e-7;

    private final int variables;
    private final boolean nonNegative;
    private final List<double[]> rows = new ArrayList<>();
    private final List<Relationship> relationships = new ArrayList<>();
    private final List<Double> bounds = new ArrayList<>();

    /** {@code nonNegative}: every variable ≥ 0; otherwise every variable is free. */
    DenseLinearProgram(int variables, boolean nonNegative) {
        this.variables = variables;
        this.nonNegative = nonNegative;
    }

    void atLeast(double[] coefficients, double bound) {
        add(coefficients, Relationship.GEQ, bound);
    }

    void equal(double[] coefficients, double value) {
        add(coefficients, Relationship.EQ, value);
    }

    /** An optimal point, or empty when the program is infeasible. */
    Optional<double[]> minimize(double[] objective) {
        return optimize(objective, GoalType.MINIMIZE);
    }

    /** An optimal point, or empty when the program is infeasible. */
    Optional<double[]> maximize(double[] objective) {
        return optimize(objective, GoalType.MAXIMIZE);
    }

    private void add(double[] coefficients, Relationship relationship, double bound) {
        rows.add(check(coefficients));
        relationships.add(relationship);
        bounds.add(bound);
    }

    private Optional<double[]> optimize(double[] objective, GoalType goal) {
        // Free variables go in as differences of two non-negative ones rather than through the
        // library's single shared offset column, which couples every free variable in the tableau.
        LinearObjectiveFunction function = new LinearObjectiveFunction(split(check(objective)), 0);
        List<LinearConstraint> constraints = new ArrayList<>();
        for (int k = 0; k < rows.size(); k++) {
            constraints.add(new LinearConstraint(split(rows.get(k)), relationships.get(k), bounds.get(k)));
        }
        LinearConstraintSet set = new LinearConstraintSet(constraints);
        int size = constraints.size() + 2 * variables;
        boolean reportedInfeasible = false;
        for (Setting setting : SETTINGS) {
            try {
                // Dantzig's rule gets few pivots before it counts as cycling; Bland's finishes.
                int iterations = setting.rule() == PivotSelectionRule.DANTZIG ? 50 * size + 1000
                        : 5000 * size + 100_000;
                PointValuePair optimum = new SimplexSolver(setting.optimality(), ULPS, setting.cutOff()).optimize(
                        new MaxIter(iterations), function, set, goal, new NonNegativeConstraint(true), setting.rule());
                double[] point = merge(optimum.getPoint());
                if (satisfiesEveryRow(point)) {
                    return Optional.of(point);
                }
            } catch (NoFeasibleSolutionException e) {
                reportedInfeasible = true;
            } catch (TooManyIterationsException | UnboundedSolutionException e) {
                // try the next setting
            }
        }
        if (reportedInfeasible) {
            return Optional.empty();
        }
        throw new IllegalStateException("the simplex failed on an LP of " + variables + " variables and "
                + rows.size() + " constraints under every setting (unbounded or cycling), which its "
                + "formulation rules out");
    }

    private boolean satisfiesEveryRow(double[] point) {
        for (int k = 0; k < rows.size(); k++) {
            double[] row = rows.get(k);
            double lhs = 0;
            double size = Math.abs(bounds.get(k));
            for (int j = 0; j < variables; j++) {
                lhs += row[j] * point[j];
                size += Math.abs(row[j] * point[j]);
            }
            double shortfall = bounds.get(k) - lhs;
            double allowed = FEASIBLE * (1 + size);
            boolean holds = relationships.get(k) == Relationship.EQ ? Math.abs(shortfall) <= allowed
                    : shortfall <= allowed;
            if (!holds) {
                return false;
            }
        }
        return true;
    }

    /** The point in the caller's variables: z⁺ − z⁻ when variables are free. */
    private double[] merge(double[] z) {
        if (nonNegative) {
            return z;
        }
        double[] x = new double[variables];
        for (int j = 0; j < variables; j++) {
            x[j] = z[j] - z[variables + j];
        }
        return x;
    }

    /** Coefficients over (z⁺, z⁻) for z = z⁺ − z⁻ when variables are free; unchanged otherwise. */
    private double[] split(double[] coefficients) {
        if (nonNegative) {
            return coefficients;
        }
        double[] both = new double[2 * variables];
        for (int j = 0; j < variables; j++) {
            both[j] = coefficients[j];
            both[variables + j] = -coefficients[j];
        }
        return both;
    }

    private double[] check(double[] coefficients) {
        if (coefficients.length != variables) {
            throw new IllegalArgumentException("a row of an LP in " + variables + " variables has "
                    + coefficients.length + " coefficients");
        }
        return coefficients;
    }
}
