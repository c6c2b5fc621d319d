package org.airshed.core.study;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import org.airshed.core.allocation.AllocationProblem;
import org.airshed.core.allocation.AllocationSolution;
import org.airshed.core.model.Source;
import org.airshed.core.model.SourceTable;

/**
 * Every source's outcome, made on demand from the solution's abatement array and the problem's
 * columns: a million outcomes cost one array, not a million records held for the run. Each
 * {@link #get(int)} computes the same numbers {@link SourceOutcome} would have been built with.
 */
final class SourceOutcomes extends AbstractList<SourceOutcome> implements RandomAccess {
    private final ScenarioProblem sp;
    private final List<Source> sources;
    private final double[] abatement;
    private final double[] cost;
    private final double[] regionPrice;

    /** {@code abatement} and {@code cost}: each problem source's a_i (mass) and C_i(a_i) (money), kept, not copied. */
    SourceOutcomes(ScenarioProblem sp, AllocationSolution solution, double[] abatement, double[] cost) {
        this.sp = sp;
        this.sources = sp.scenario().sources();
        this.abatement = abatement;
        this.cost = cost;
        AllocationProblem problem = sp.problem();
        this.regionPrice = new double[problem.regionCount()];
        for (int r = 0; r < regionPrice.length; r++) {
            regionPrice[r] = solution.regionPrice(problem, r);
        }
    }

    @Override
    public int size() {
        return abatement.length;
    }

    @Override
    public SourceOutcome get(int i) {
        AllocationProblem problem = sp.problem();
        int s = sp.scenarioSource(i);
        double a = abatement[i];
        double baseline = problem.baseline(i);
        double price = regionPrice[problem.sourceRegion(i)];
        if (sources instanceof SourceTable table) {
            return new SourceOutcome(table.id(s), table.region(s), table.sector(s), table.department(s), baseline, a,
                    baseline - a, cost[i], problem.marginalCost(i, a), price);
        }
        Source source = sources.get(s);
        return new SourceOutcome(source.id(), source.region(), source.sector(), source.department(), baseline, a,
                baseline - a, cost[i], problem.marginalCost(i, a), price);
    }
}
