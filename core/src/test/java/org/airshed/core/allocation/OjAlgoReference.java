package org.airshed.core.allocation;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * An {@link AllocationProblem} solved by ojAlgo's LP solver, which shares no code with Airshed's:
 * one variable per block in [0, amount] at cost unitCost − w_r, the cap and receptor rows as
 * written in {@link AllocationProblem}. For step curves that is the problem itself, so ojAlgo's
 * answer is an independent optimum. A quadratic source enters as the maximum of its tangents at
 * chosen points (the caller passes the amounts to check, plus a fixed grid): a piecewise-linear
 * curve below the true one that touches it at those points. Its optimum is then a lower bound on
 * the true one, equal to it exactly when a point whose amounts are all tangent points is optimal:
 * an independent certificate of an objective, with no tolerance but ojAlgo's own.
 *
 * <p>Why not ojAlgo's convex QP solver: on these instances it returned "optimal" points up to 40 %
 * above the optimum on about a third of the mixed step-and-quadratic instances, and cycled on
 * others depending on the order of the constraints (ojAlgo 55.2.0). Its LP solver agrees with
 * Airshed to 1e-15 on every step instance.
 */
final class OjAlgoReference {
    /** Tangent points of each quadratic besides the amounts checked: 0, max and a grid between. */
    private static final int GRID = 8;

    private OjAlgoReference() {
    }

    /**
     * @param feasible    whether ojAlgo found an optimum
     * @param value       the LP's optimal Σ (unit cost − w)·x (money): the optimum for step curves, a
     *                    lower bound on it with quadratics
     * @param regionTotal Σ x per region (mass)
     * @param state       ojAlgo's own verdict, for messages
     */
    record Answer(boolean feasible, double value, double[] regionTotal, String state) {
    }

    /** The problem with quadratics under tangents at 0, max, a grid and {@code tangentAt[i]} (ignored when null). */
    static Answer solve(AllocationProblem p, double[] tangentAt) {
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        List<Variable> x = new ArrayList<>();
        List<Integer> owner = new ArrayList<>();
        List<Double> unitCost = new ArrayList<>();
        for (int i = 0; i < p.sourceCount(); i++) {
            double w = p.regionWeight(p.sourceRegion(i));
            if (p.isQuadratic(i)) {
                double max = p.maxAbatement(i);
                TreeSet<Double> points = new TreeSet<>();
                for (int k = 0; k <= GRID; k++) {
                    points.add(max * k / GRID);
                }
                if (tangentAt != null) {
                    points.add(Math.min(Math.max(tangentAt[i], 0), max));
                }
                // Tangents of a quadratic at t and t' cross at (t + t')/2: blocks between the midpoints.
                Double previous = null;
                double start = 0;
                for (double t : points) {
                    if (previous != null) {
                        double end = (previous + t) / 2;
                        addBlock(model, x, owner, unitCost, i, end - start, p.quadLinear(i) + p.quadSlope(i) * previous, w);
                        start = end;
                    }
                    previous = t;
                }
                addBlock(model, x, owner, unitCost, i, max - start, p.quadLinear(i) + p.quadSlope(i) * previous, w);
            } else {
                for (int b = 0; b < p.blockCount(i); b++) {
                    addBlock(model, x, owner, unitCost, i, p.blockAmount(i, b), p.blockCost(i, b), w);
                }
            }
        }
        if (p.hasCap()) {
            Expression cap = model.addExpression("cap").lower(p.capRequirement());
            for (Variable v : x) {
                cap.set(v, 1);
            }
        }
        for (int k = 0; k < p.receptorCount(); k++) {
            Expression row = model.addExpression("receptor" + k).lower(p.receptorRequirement(k));
            for (int v = 0; v < x.size(); v++) {
                double t = p.transfer(k, p.sourceRegion(owner.get(v)));
                if (t != 0) {
                    row.set(x.get(v), t);
                }
            }
        }
        Optimisation.Result result = model.minimise();
        boolean feasible = result.getState().isFeasible();
        double[] regionTotal = new double[p.regionCount()];
        double value = Double.NaN;
        if (feasible) {
            value = 0;
            for (int v = 0; v < x.size(); v++) {
                double amount = result.doubleValue(v);
                int i = owner.get(v);
                regionTotal[p.sourceRegion(i)] += amount;
                value += (unitCost.get(v) - p.regionWeight(p.sourceRegion(i))) * amount;
            }
        }
        return new Answer(feasible, value, regionTotal, result.getState().toString());
    }

    /** Blocks of zero amount are left out: fixed variables only slow ojAlgo down. */
    private static void addBlock(ExpressionsBasedModel model, List<Variable> x, List<Integer> owner,
                                 List<Double> unitCost, int source, double amount, double cost, double w) {
        if (amount > 0) {
            x.add(model.addVariable("x" + x.size()).lower(0).upper(amount).weight(cost - w));
            owner.add(source);
            unitCost.add(cost);
        }
    }
}
