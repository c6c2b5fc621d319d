package org.airshed.market.compensation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.airshed.core.model.AbatementCurve;
import org.airshed.core.model.Region;
import org.airshed.core.model.Step;
import org.airshed.core.model.StepCurve;
import org.airshed.core.model.multi.CoControlOption;
import org.airshed.core.model.multi.MultiPollutantScenario;
import org.airshed.core.model.multi.MultiSource;
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
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/**
 * A version-2 scenario of step curves and co-control options written out as one dense LP and solved
 * by Commons Math's simplex (Bland's rule), sharing no code with Airshed's solvers or programs: a
 * variable per block in [0, amount] and per option share (Σ shares of a source ≤ 1), each cap as
 * Σ abatement ≥ baseline − cap, each receptor limit as Σ transfer · abatement ≥ baseline
 * concentration − limit. A row no variable moves is checked against rounding here (1e-9 of its
 * terms) instead of being handed to the simplex.
 */
final class DenseMultiPollutantLp {
    /** The least-cost plan: cost (money) and abatement per region and pollutant {@code [r][p]} (mass). */
    record Plan(double cost, double[][] reduction) {
    }

    private DenseMultiPollutantLp() {
    }

    /** The scenario's least-cost plan; null when it is infeasible. */
    static Plan solve(MultiPollutantScenario s) {
        List<String> pollutants = s.pollutants();
        List<String> regions = s.regions().stream().map(Region::id).toList();
        int pCount = pollutants.size();
        List<double[]> cut = new ArrayList<>(); // per variable: mass of each pollutant it abates per unit
        List<Integer> region = new ArrayList<>();
        List<Double> cost = new ArrayList<>();
        List<Double> upper = new ArrayList<>();
        List<int[]> shareRanges = new ArrayList<>();
        for (MultiSource source : s.sources()) {
            int r = regions.indexOf(source.region());
            if (source.hasOptions()) {
                int first = cost.size();
                for (CoControlOption o : source.options()) {
                    double[] c = new double[pCount];
                    for (int p = 0; p < pCount; p++) {
                        c[p] = o.removal(pollutants.get(p)) * source.emissions(pollutants.get(p));
                    }
                    cut.add(c);
                    region.add(r);
                    cost.add(o.annualCost());
                    upper.add(1.0);
                }
                shareRanges.add(new int[] {first, cost.size()});
                continue;
            }
            for (Map.Entry<String, AbatementCurve> e : source.curves().entrySet()) {
                int p = pollutants.indexOf(e.getKey());
                for (Step step : ((StepCurve) e.getValue()).steps()) {
                    double[] c = new double[pCount];
                    c[p] = 1;
                    cut.add(c);
                    region.add(r);
                    cost.add(step.unitCost());
                    upper.add(step.amount());
                }
            }
        }
        int n = cost.size();
        List<LinearConstraint> rows = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            double[] row = new double[n];
            row[v] = 1;
            rows.add(new LinearConstraint(row, Relationship.LEQ, upper.get(v)));
        }
        for (int[] range : shareRanges) {
            double[] row = new double[n];
            for (int v = range[0]; v < range[1]; v++) {
                row[v] = 1;
            }
            rows.add(new LinearConstraint(row, Relationship.LEQ, 1));
        }
        for (int p = 0; p < pCount; p++) {
            Double cap = s.policy().caps().get(pollutants.get(p));
            if (cap != null) {
                double[] row = new double[n];
                for (int v = 0; v < n; v++) {
                    row[v] = cut.get(v)[p];
                }
                if (!add(rows, row, s.totalEmissions(pollutants.get(p)) - cap, s.totalEmissions(pollutants.get(p)))) {
                    return null;
                }
            }
        }
        for (Map.Entry<String, Double> limit : s.policy().receptorLimits().entrySet()) {
            String j = limit.getKey();
            double atBaseline = s.regions().get(regions.indexOf(j)).background();
            double scale = atBaseline;
            for (MultiSource source : s.sources()) {
                for (String p : pollutants) {
                    double term = s.transfer().coefficient(j, p, source.region()) * source.emissions(p);
                    atBaseline += term;
                    scale += Math.abs(term);
                }
            }
            double[] row = new double[n];
            for (int v = 0; v < n; v++) {
                for (int p = 0; p < pCount; p++) {
                    String r = regions.get(region.get(v));
                    row[v] += s.transfer().coefficient(j, pollutants.get(p), r) * cut.get(v)[p];
                }
            }
            if (!add(rows, row, atBaseline - limit.getValue(), scale + limit.getValue())) {
                return null;
            }
        }
        double[] objective = cost.stream().mapToDouble(Double::doubleValue).toArray();
        PointValuePair optimum;
        try {
            optimum = new SimplexSolver(1e-10, 10, 1e-12).optimize(new MaxIter(1_000_000),
                    new LinearObjectiveFunction(objective, 0), new LinearConstraintSet(rows), GoalType.MINIMIZE,
                    new NonNegativeConstraint(true), PivotSelectionRule.BLAND);
        } catch (NoFeasibleSolutionException e) {
            return null;
        }
        double[][] reduction = new double[regions.size()][pCount];
        for (int v = 0; v < n; v++) {
            for (int p = 0; p < pCount; p++) {
                reduction[region.get(v)][p] += cut.get(v)[p] * optimum.getPoint()[v];
            }
        }
        return new Plan(optimum.getValue(), reduction);
    }

    /** Adds row ≥ requirement; false when no variable moves it and it asks more than rounding of {@code scale}. */
    private static boolean add(List<LinearConstraint> rows, double[] row, double requirement, double scale) {
        double largest = 0;
        for (double c : row) {
            largest = Math.max(largest, Math.abs(c));
        }
        if (largest > 0) {
            // Scaled to a largest coefficient of 1: the simplex's tolerances are absolute.
            double[] scaled = new double[row.length];
            for (int v = 0; v < row.length; v++) {
                scaled[v] = row[v] / largest;
            }
            rows.add(new LinearConstraint(scaled, Relationship.GEQ, requirement / largest));
            return true;
        }
        return requirement <= 1e-9 * Math.max(1, scale);
    }
}
