package org.airshed.core.allocation.multi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The optimal duals of a {@link MultiPollutantProblem} without curved quadratics, from ojAlgo and
 * nothing of Airshed's: the explicit dual of {@link MultiOjAlgoReference}'s flat LP (a price y_j ≥ 0
 * per coupling row, σ_v ≥ 0 per block's upper bound, π_i ≥ 0 per option source's Σ x ≤ 1; one
 * constraint per block and per option), with its objective held at the primal optimum: that set is
 * exactly the valid duals. ojAlgo then minimises each row's price in turn (caps in pollutant order,
 * then receptor rows), the earlier ones held at the solver's values: none may come out smaller.
 */
final class MultiOjAlgoDualReference {
    private MultiOjAlgoDualReference() {
    }

    /** Whether every curve is blocks (a quadratic of slope 0 is one block): the problem is an LP. */
    static boolean isLp(MultiPollutantProblem q) {
        for (int ip = 0; ip < q.curveKind.length; ip++) {
            if (q.curveKind[ip] == MultiPollutantProblem.QUADRATIC && q.quadSlope[ip] != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param ours      the solver's duals, coupling rows in order (caps in pollutant order, then receptors)
     * @param optimum   the optimal objective (cost − welfare)
     * @return the first dual that ojAlgo finds smaller with the earlier ones at ours, or null
     */
    static String lexicographicViolation(MultiPollutantProblem q, double[] ours, double optimum) {
        CouplingRows rows = new CouplingRows(q);
        double priceScale = 1;
        for (double y : ours) {
            priceScale = Math.max(priceScale, Math.abs(y));
        }
        for (int k = 0; k < rows.count; k++) {
            double smallest = Double.NaN;
            String state = "";
            // ojAlgo may call a thin set empty: widen it tenfold at a time.
            for (double widen = 1e-13; Double.isNaN(smallest) && widen <= 1e-7; widen *= 10) {
                Optimisation.Result result = smallest(q, rows, k, ours, optimum, priceScale, widen);
                state = result.getState().toString();
                smallest = result.getState().isFeasible() ? result.doubleValue(k) : Double.NaN;
            }
            if (Double.isNaN(smallest)) {
                return "the valid duals with the earlier ones at ours are empty for row " + k + " (" + state
                        + "): ours " + java.util.Arrays.toString(ours);
            }
            double tolerance = 1e-6 * priceScale;
            if (ours[k] > smallest + tolerance) {
                return String.format(Locale.ROOT, "row %d's price is %.17g but %.17g is valid too (ours %s)", k,
                        ours[k], smallest, java.util.Arrays.toString(ours));
            }
        }
        return null;
    }

    private static Optimisation.Result smallest(MultiPollutantProblem q, CouplingRows rows, int k, double[] ours,
                                                double optimum, double priceScale, double widen) {
        int pollutants = q.pollutants;
        int regions = q.regions;
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Variable[] y = new Variable[rows.count];
        for (int j = 0; j < rows.count; j++) {
            y[j] = model.addVariable("y" + j).lower(0);
            if (j < k) {
                double tolerance = widen * priceScale * 10;
                y[j].lower(Math.max(0, ours[j] - tolerance)).upper(ours[j] + tolerance);
            }
        }
        y[k].weight(1);
        Expression dualObjective = model.addExpression("dual objective");
        double magnitude = Math.abs(optimum);
        for (int j = 0; j < rows.count; j++) {
            dualObjective.set(y[j], rows.requirement[j]);
            magnitude += Math.abs(rows.requirement[j] * ours[j]);
        }
        List<Variable> sigma = new ArrayList<>();
        for (int i = 0; i < q.sources; i++) {
            int r = q.sourceRegion[i];
            if (q.optionSource[i]) {
                Variable pi = model.addVariable("pi" + i).lower(0);
                dualObjective.set(pi, -1);
                for (int o = q.optionStart[i]; o < q.optionStart[i + 1]; o++) {
                    double value = q.optionCost[o];
                    Expression option = model.addExpression("o" + o);
                    for (int j = 0; j < rows.count; j++) {
                        double given = 0;
                        for (int p = 0; p < pollutants; p++) {
                            given += rows.coefficient[j][p * regions + r] * q.optionRemoval[o * pollutants + p]
                                    * q.emissions[i * pollutants + p];
                        }
                        if (given != 0) {
                            option.set(y[j], given);
                        }
                    }
                    for (int p = 0; p < pollutants; p++) {
                        value -= q.weight[p * regions + r] * q.optionRemoval[o * pollutants + p]
                                * q.emissions[i * pollutants + p];
                    }
                    option.set(pi, -1).upper(value);
                }
                continue;
            }
            for (int p = 0; p < pollutants; p++) {
                int ip = i * pollutants + p;
                List<double[]> blocks = new ArrayList<>(); // amount, unit cost
                if (q.curveKind[ip] == MultiPollutantProblem.STEPS) {
                    for (int b = q.blockStart[ip]; b < q.blockStart[ip + 1]; b++) {
                        blocks.add(new double[] {q.blockAmount[b], q.blockCost[b]});
                    }
                } else if (q.curveKind[ip] == MultiPollutantProblem.QUADRATIC) {
                    blocks.add(new double[] {q.quadMax[ip], q.quadLinear[ip]});
                }
                for (double[] block : blocks) {
                    if (block[0] <= 0) {
                        continue;
                    }
                    Variable s = model.addVariable("s" + sigma.size()).lower(0);
                    sigma.add(s);
                    dualObjective.set(s, -block[0]);
                    Expression row = model.addExpression("b" + sigma.size());
                    for (int j = 0; j < rows.count; j++) {
                        if (rows.coefficient[j][p * regions + r] != 0) {
                            row.set(y[j], rows.coefficient[j][p * regions + r]);
                        }
                    }
                    row.set(s, -1).upper(block[1] - q.weight[p * regions + r]);
                }
            }
        }
        dualObjective.lower(optimum - widen * Math.max(1, magnitude));
        return model.minimise();
    }
}
