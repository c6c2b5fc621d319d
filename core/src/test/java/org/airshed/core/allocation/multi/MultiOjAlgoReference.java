package org.airshed.core.allocation.multi;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * A {@link MultiPollutantProblem} as one flat LP solved by ojAlgo (no code shared with Airshed):
 * a variable per block in [0, amount], a share per option with Σ_o x_o ≤ 1 per source, and the
 * cap and receptor rows written out per variable. With blocks and options that is the problem
 * itself. A quadratic enters as the maximum of its tangents at a grid and at the amounts passed
 * in: its optimum is then a lower bound, equal to the true optimum when a point whose amounts are
 * all tangent points is optimal — an independent certificate of the solver's objective. (The
 * tests pass the best responses at the solver's prices: where the prices are optimal these are the
 * optimal amounts of every strictly convex curve, exactly, which the combination of columns is
 * only to the square root of the gap.)
 */
final class MultiOjAlgoReference {
    private static final int GRID = 8;

    record Answer(boolean feasible, double value, String state) {
    }

    private MultiOjAlgoReference() {
    }

    static Answer solve(MultiPollutantProblem q, double[]... tangentAt) {
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        int pollutants = q.pollutants;
        int regions = q.regions;
        List<Variable> x = new ArrayList<>();
        List<double[]> contribution = new ArrayList<>(); // per variable: mass of each pollutant per unit
        List<Integer> region = new ArrayList<>();
        List<Double> objective = new ArrayList<>();
        for (int i = 0; i < q.sources; i++) {
            int r = q.sourceRegion[i];
            if (q.optionSource[i]) {
                Expression simplex = model.addExpression("shares" + i).upper(1);
                for (int o = q.optionStart[i]; o < q.optionStart[i + 1]; o++) {
                    double[] c = new double[pollutants];
                    double value = q.optionCost[o];
                    for (int p = 0; p < pollutants; p++) {
                        c[p] = q.optionRemoval[o * pollutants + p] * q.emissions[i * pollutants + p];
                        value -= q.weight[p * regions + r] * c[p];
                    }
                    Variable v = add(model, x, contribution, region, objective, c, r, value, 1);
                    simplex.set(v, 1);
                }
                continue;
            }
            for (int p = 0; p < pollutants; p++) {
                int ip = i * pollutants + p;
                double[] c = new double[pollutants];
                c[p] = 1;
                double w = q.weight[p * regions + r];
                if (q.curveKind[ip] == MultiPollutantProblem.STEPS) {
                    for (int b = q.blockStart[ip]; b < q.blockStart[ip + 1]; b++) {
                        if (q.blockAmount[b] > 0) {
                            add(model, x, contribution, region, objective, c, r, q.blockCost[b] - w, q.blockAmount[b]);
                        }
                    }
                } else if (q.curveKind[ip] == MultiPollutantProblem.QUADRATIC) {
                    double max = q.quadMax[ip];
                    TreeSet<Double> points = new TreeSet<>();
                    for (int k = 0; k <= GRID; k++) {
                        points.add(max * k / GRID);
                    }
                    for (double[] at : tangentAt) {
                        points.add(Math.min(Math.max(at[ip], 0), max));
                    }
                    // Tangents at t and t' cross at (t + t')/2: one block between consecutive midpoints.
                    Double previous = null;
                    double start = 0;
                    for (double t : points) {
                        if (previous != null) {
                            double end = (previous + t) / 2;
                            if (end > start) {
                                add(model, x, contribution, region, objective, c, r,
                                        q.quadLinear[ip] + q.quadSlope[ip] * previous - w, end - start);
                            }
                            start = end;
                        }
                        previous = t;
                    }
                    if (max > start) {
                        add(model, x, contribution, region, objective, c, r,
                                q.quadLinear[ip] + q.quadSlope[ip] * previous - w, max - start);
                    }
                }
            }
        }
        for (int p = 0; p < pollutants; p++) {
            if (q.hasCap(p)) {
                Expression cap = model.addExpression("cap" + p).lower(q.capRequirement[p]);
                for (int v = 0; v < x.size(); v++) {
                    if (contribution.get(v)[p] != 0) {
                        cap.set(x.get(v), contribution.get(v)[p]);
                    }
                }
            }
        }
        for (int k = 0; k < q.transfer.length; k++) {
            Expression row = model.addExpression("receptor" + k).lower(q.receptorRequirement[k]);
            for (int v = 0; v < x.size(); v++) {
                double coefficient = 0;
                for (int p = 0; p < pollutants; p++) {
                    coefficient += q.transfer[k][p * regions + region.get(v)] * contribution.get(v)[p];
                }
                if (coefficient != 0) {
                    row.set(x.get(v), coefficient);
                }
            }
        }
        Optimisation.Result result = model.minimise();
        boolean feasible = result.getState().isFeasible();
        double value = Double.NaN;
        if (feasible) {
            value = 0;
            for (int v = 0; v < x.size(); v++) {
                value += objective.get(v) * result.doubleValue(v);
            }
        }
        return new Answer(feasible, value, result.getState().toString());
    }

    private static Variable add(ExpressionsBasedModel model, List<Variable> x, List<double[]> contribution,
                                List<Integer> region, List<Double> objective, double[] c, int r, double value,
                                double upper) {
        Variable v = model.addVariable("x" + x.size()).lower(0).upper(upper).weight(value);
        x.add(v);
        contribution.add(c);
        region.add(r);
        objective.add(value);
        return v;
    }
}
