package org.airshed.core.discrete.multi;

import org.ojalgo.concurrent.Parallelism;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;
import org.ojalgo.optimisation.integer.IntegerStrategy;
import org.ojalgo.type.context.NumberContext;

/**
 * The independent reference: discrete mode as a 0-1 MIP solved by ojAlgo's own branch and bound
 * (its simplex, its cuts, its tree). One binary per (source, option), at most one per source, cost
 * Σ annualCost·x; the rows are written from the base problem's emissions, removals and transfer
 * coefficients (not from {@link MultiDiscreteProblem}'s table), at the same tolerance R − tol, each
 * divided by its scale so that its coefficients are about 1. Gap tolerance 1e-12 relative, one thread.
 */
final class MultiMipReference {
    static {
        System.setProperty("shut.up.ojAlgo", "true");
    }

    private static final IntegerStrategy STRATEGY = IntegerStrategy.DEFAULT
            .withGapTolerance(NumberContext.of(12, 14))
            .withParallelism(Parallelism.ONE);

    /** @param choice the optimal choice, null when ojAlgo found the problem infeasible */
    record Optimum(int[] choice, Optimisation.State state) {
    }

    private MultiMipReference() {
    }

    static Optimum solve(MultiDiscreteProblem d) {
        var base = d.base();
        int pCount = base.pollutantCount();
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        model.options.integer(STRATEGY);
        Expression[] rows = new Expression[d.rowCount()];
        double[] scale = new double[rows.length];
        for (int j = 0; j < rows.length; j++) {
            scale[j] = d.tolerance(j) / MultiDiscreteProblem.ROW_TOLERANCE;
            scale[j] = scale[j] > 0 ? scale[j] : 1;
            rows[j] = model.addExpression("row" + j).lower((d.required(j) - d.tolerance(j)) / scale[j]);
        }
        Variable[][] x = new Variable[d.sourceCount()][];
        for (int i = 0; i < d.sourceCount(); i++) {
            x[i] = new Variable[d.optionCount(i)];
            Expression one = model.addExpression("choose" + i).upper(1);
            int r = base.sourceRegion(i);
            for (int k = 1; k < d.optionCount(i); k++) {
                int o = base.optionStart(i) + k - 1;
                x[i][k] = model.addVariable("x" + i + "_" + k).binary().weight(base.optionCost(o));
                one.set(x[i][k], 1);
                for (int j = 0; j < rows.length; j++) {
                    double u = 0;
                    if (j < d.capRowCount()) {
                        int p = d.rowPollutant(j);
                        u = base.optionRemoval(o, p) * base.emission(i, p);
                    } else {
                        for (int p = 0; p < pCount; p++) {
                            u += base.transfer(j - d.capRowCount(), p, r) * base.optionRemoval(o, p) * base.emission(i, p);
                        }
                    }
                    if (u != 0) {
                        rows[j].set(x[i][k], u / scale[j]);
                    }
                }
            }
        }
        Optimisation.Result result = model.minimise();
        if (!result.getState().isFeasible()) {
            return new Optimum(null, result.getState());
        }
        int[] choice = new int[d.sourceCount()];
        for (int i = 0; i < d.sourceCount(); i++) {
            for (int k = 1; k < d.optionCount(i); k++) {
                if (x[i][k].getValue().doubleValue() > 0.5) {
                    choice[i] = k;
                }
            }
        }
        return new Optimum(choice, result.getState());
    }
}
