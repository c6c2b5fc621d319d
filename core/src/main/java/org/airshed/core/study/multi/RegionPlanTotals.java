package org.airshed.core.study.multi;

import org.airshed.core.allocation.multi.MultiPollutantSolution;
import org.airshed.core.model.AbatementCurve;
import org.airshed.core.model.multi.CoControlOption;
import org.airshed.core.model.multi.MultiSource;

/**
 * What a solution over some of the sources does, per region: abatement cost and abatement per pollutant,
 * recomputed from the scenario's own curves and options (not from the solver's internals).
 *
 * @param cost      per region (money per year)
 * @param reduction per pollutant and region, {@code [p * R + r]} (mass)
 */
public record RegionPlanTotals(double[] cost, double[] reduction) {
    public RegionPlanTotals {
        cost = cost.clone();
        reduction = reduction.clone();
    }

    /** Totals of {@code solution}, a solution of {@link MultiScenarioProblem#restricted} over {@code sources}. */
    public static RegionPlanTotals of(MultiScenarioProblem problem, int[] sources, MultiPollutantSolution solution) {
        int pCount = problem.pollutantCount();
        int rCount = problem.regionCount();
        double[] cost = new double[rCount];
        double[] reduction = new double[pCount * rCount];
        double[] abatement = solution.abatement();
        double[] shares = solution.optionShares();
        int option = 0;
        for (int k = 0; k < sources.length; k++) {
            int i = sources[k];
            int r = problem.sourceRegion(i);
            MultiSource s = problem.scenario().sources().get(i);
            if (s.hasOptions()) {
                for (CoControlOption o : s.options()) {
                    cost[r] += shares[option++] * o.annualCost();
                }
            }
            for (int p = 0; p < pCount; p++) {
                double a = abatement[k * pCount + p];
                reduction[p * rCount + r] += a;
                if (!s.hasOptions()) {
                    AbatementCurve curve = s.curves().get(problem.pollutant(p));
                    cost[r] += curve == null ? 0 : curve.cost(a);
                }
            }
        }
        return new RegionPlanTotals(cost, reduction);
    }

    /** Σ over regions of the cost. */
    public double totalCost() {
        double sum = 0;
        for (double c : cost) {
            sum += c;
        }
        return sum;
    }

    /** Concentration at region j under this plan, with every other emission at its baseline. */
    public double concentration(MultiScenarioProblem problem, int j) {
        double[] row = problem.transferRow(j);
        double z = problem.baselineConcentration(j);
        if (row != null) {
            for (int c = 0; c < row.length; c++) {
                z -= row[c] * reduction[c];
            }
        }
        return z;
    }

    /** The two plans' regions side by side: this plan's regions where {@code mine}, the other's elsewhere. */
    public RegionPlanTotals with(RegionPlanTotals other, boolean[] mine) {
        int rCount = cost.length;
        double[] c = new double[rCount];
        double[] red = new double[reduction.length];
        for (int r = 0; r < rCount; r++) {
            c[r] = mine[r] ? cost[r] : other.cost[r];
            for (int p = 0; p < reduction.length / rCount; p++) {
                red[p * rCount + r] = mine[r] ? reduction[p * rCount + r] : other.reduction[p * rCount + r];
            }
        }
        return new RegionPlanTotals(c, red);
    }
}
