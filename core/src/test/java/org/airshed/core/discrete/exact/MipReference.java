package org.airshed.core.discrete.exact;

import org.airshed.core.discrete.DiscreteProblem;
import org.airshed.core.discrete.ScaledProblem;
import org.ojalgo.concurrent.Parallelism;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;
import org.ojalgo.optimisation.integer.IntegerStrategy;
import org.ojalgo.type.context.NumberContext;

/**
 * The independent reference for small instances: the discrete problem as a 0-1 MIP solved by
 * ojAlgo's own branch and bound (its simplex, its cuts, its tree), nothing shared with the
 * solver under test but {@link ScaledProblem}'s units, so that both mean the same by
 * "feasible". One binary per (source, listed option), at most one per source ("none" is all
 * zero), cost Σ annualCost·x, and per row Σ units·x ≥ required units, scaled by 2⁻⁴⁰ (exact in
 * doubles, values below 2¹⁰). Gap tolerance 1e-12 relative (ojAlgo's default stops at 1e-7),
 * one thread.
 */
final class MipReference {
    static {
        // Before any ojAlgo class loads: no banner about its hardware profiles in the build's output.
        System.setProperty("shut.up.ojAlgo", "true");
    }

    private static final double ROW_SCALE = 0x1p-40;
    private static final IntegerStrategy STRATEGY = IntegerStrategy.DEFAULT
            .withGapTolerance(NumberContext.of(12, 14))
            .withParallelism(Parallelism.ONE);

    /** @param choice the optimal choice, null when ojAlgo found the problem infeasible */
    record Optimum(int[] choice, Optimisation.State state) {
    }

    private MipReference() {
    }

    static Optimum solve(DiscreteProblem p) {
        ScaledProblem scaled = ScaledProblem.of(p);
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        model.options.integer(STRATEGY);
        Variable[][] x = new Variable[p.sourceCount()][];
        Expression[] rows = new Expression[scaled.rowCount()];
        for (int j = 0; j < rows.length; j++) {
            rows[j] = model.addExpression("row" + j).lower(scaled.required(j) * ROW_SCALE);
        }
        for (int i = 0; i < p.sourceCount(); i++) {
            x[i] = new Variable[p.optionCount(i)];
            Expression one = model.addExpression("choose" + i).upper(1);
            for (int o = 1; o < p.optionCount(i); o++) {
                x[i][o] = model.addVariable("x" + i + "_" + o).binary().weight(p.annualCost(i, o));
                one.set(x[i][o], 1);
                for (int j = 0; j < rows.length; j++) {
                    long units = scaled.units(j, i, o);
                    if (units != 0) {
                        rows[j].set(x[i][o], units * ROW_SCALE);
                    }
                }
            }
        }
        Optimisation.Result result = model.minimise();
        if (!result.getState().isFeasible()) {
            return new Optimum(null, result.getState());
        }
        int[] choice = new int[p.sourceCount()];
        for (int i = 0; i < p.sourceCount(); i++) {
            for (int o = 1; o < p.optionCount(i); o++) {
                if (x[i][o].getValue().doubleValue() > 0.5) {
                    choice[i] = o;
                }
            }
        }
        return new Optimum(choice, result.getState());
    }
}
