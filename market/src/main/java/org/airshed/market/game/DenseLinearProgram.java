package org.airshed.market.game;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
import org.apache.commons.math3.exception.TooManyIterationsException;

/**
 * A small dense linear program solved by Commons Math's simplex; the caller scales data to about
 * unit size, because the solver's tolerances are absolute.
 */
final class DenseLinearProgram {
    /**
     * Reduced costs above −1e-9 count as optimal. The library default (1e-6) can stop short of the
     * optimum by that much, which is visible in a nucleolus pinned to 1e-9.
     */
    private static final double OPTIMALITY = 1e-9;
    private static final int ULPS = 10;
    /** Pivot elements below this are rounding noise (the library default). */
    private static final double CUT_OFF = 1e-10;

    private final int variables;
    private final boolean nonNegative;
    private final List<LinearConstraint> constraints = new ArrayList<>();

    /** {@code nonNegative}: every variable ≥ 0; otherwise every variable is free. */
    DenseLinearProgram(int variables, boolean nonNegative) {
        this.variables = variables;
        this.nonNegative = nonNegative;
    }

    void atLeast(double[] coefficients, double bound) {
        constraints.add(new LinearConstraint(check(coefficients), Relationship.GEQ, bound));
    }

    void equal(double[] coefficients, double value) {
        constraints.add(new LinearConstraint(check(coefficients), Relationship.EQ, value));
    }

    /** An optimal point, or empty when the program is infeasible. */
    Optional<double[]> minimize(double[] objective) {
        return optimize(objective, GoalType.MINIMIZE);
    }

    /** An optimal point, or empty when the program is infeasible. */
    Optional<double[]> maximize(double[] objective) {
        return optimize(objective, GoalType.MAXIMIZE);
    }

    private Optional<double[]> optimize(double[] objective, GoalType goal) {
        LinearObjectiveFunction function = new LinearObjectiveFunction(check(objective), 0);
        LinearConstraintSet set = new LinearConstraintSet(constraints);
        int size = constraints.size() + variables;
        try {
            try {
                return Optional.of(run(function, set, goal, PivotSelectionRule.DANTZIG, 50 * size + 1000));
            } catch (TooManyIterationsException e) {
                // Dantzig's rule can cycle on the degenerate programs of game theory; Bland's cannot.
                return Optional.of(run(function, set, goal, PivotSelectionRule.BLAND, 5000 * size + 100_000));
            }
        } catch (NoFeasibleSolutionException e) {
            return Optional.empty();
        } catch (UnboundedSolutionException e) {
            throw new IllegalStateException("an LP of " + variables + " variables and " + constraints.size()
                    + " constraints is unbounded, which its formulation rules out", e);
        }
    }

    private double[] run(LinearObjectiveFunction function, LinearConstraintSet set, GoalType goal,
            PivotSelectionRule rule, int iterations) {
        PointValuePair optimum = new SimplexSolver(OPTIMALITY, ULPS, CUT_OFF).optimize(new MaxIter(iterations),
                function, set, goal, new NonNegativeConstraint(nonNegative), rule);
        return optimum.getPoint();
    }

    private double[] check(double[] coefficients) {
        if (coefficients.length != variables) {
            throw new IllegalArgumentException("a row of an LP in " + variables + " variables has "
                    + coefficients.length + " coefficients");
        }
        return coefficients;
    }
}
