package org.airshed.market.trading;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.PivotSelectionRule;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/**
 * The plain reference: a dense LP over non-negative variables, minimised by Commons Math's
 * simplex (Bland's rule, so it cannot cycle). For small step-curve instances only.
 */
public final class ReferenceLp {
    private final int variables;
    private final List<LinearConstraint> rows = new ArrayList<>();

    public ReferenceLp(int variables) {
        this.variables = variables;
    }

    public void atLeast(double[] row, double bound) {
        rows.add(new LinearConstraint(row.clone(), Relationship.GEQ, bound));
    }

    public void atMost(double[] row, double bound) {
        rows.add(new LinearConstraint(row.clone(), Relationship.LEQ, bound));
    }

    /** x_j ≤ bound. */
    public void upperBound(int j, double bound) {
        double[] row = new double[variables];
        row[j] = 1;
        atMost(row, bound);
    }

    /** The least value of c·x. */
    public double minimum(double[] objective) {
        PointValuePair optimum = new SimplexSolver(1e-10, 10, 1e-12).optimize(new MaxIter(1_000_000),
                new LinearObjectiveFunction(objective, 0), new LinearConstraintSet(rows), GoalType.MINIMIZE,
                new NonNegativeConstraint(true), PivotSelectionRule.BLAND);
        return optimum.getValue();
    }
}
