package org.airshed.market.compensation;

import java.util.Arrays;
import java.util.List;
import org.airshed.core.allocation.multi.MultiPollutantSolver;
import org.airshed.core.io.SectionInputException;
import org.airshed.core.study.multi.MultiScenarioProblem;
import org.airshed.core.study.multi.RegionPlanTotals;

/**
 * The region-by-region comparison of a version-2 scenario with duties: each region meeting its duty
 * of every pollutant alone against all regions meeting the same duties jointly under the policy in
 * force (the duties game's grand coalition, {@link MultiPollutantDutiesGame}), region by region. When a
 * region cannot meet its duties alone, or the regions together cannot meet the policy in force, the
 * costs are NaN and {@code reason} says why.
 *
 * @param standaloneCost  per region, meeting its duties alone (money per year)
 * @param cooperativeCost per region, in the joint plan (money per year; the split is one optimal plan's)
 */
public record MultiPollutantDutyComparison(List<String> regions, double[] standaloneCost, double[] cooperativeCost,
                                           String reason) {
    public MultiPollutantDutyComparison {
        regions = List.copyOf(regions);
        standaloneCost = standaloneCost.clone();
        cooperativeCost = cooperativeCost.clone();
    }

    /** The comparison; null when the policy gives no duties. */
    public static MultiPollutantDutyComparison of(MultiScenarioProblem problem, MultiPollutantSolver solver) {
        if (problem.scenario().policy().duties().isEmpty()) {
            return null;
        }
        int n = problem.regionCount();
        List<String> ids = problem.scenario().regions().stream().map(r -> r.id()).toList();
        double[] undefined = new double[n];
        Arrays.fill(undefined, Double.NaN);
        MultiPollutantDutiesGame.Setup setup;
        try {
            setup = MultiPollutantDutiesGame.setup(problem, solver, MultiPollutantDutiesGame.FOR_COOPERATION);
        } catch (SectionInputException e) {
            return new MultiPollutantDutyComparison(ids, undefined, undefined, e.path() + " = " + e.value() + ": "
                    + e.getMessage());
        }
        RegionPlanTotals alone = setup.game().standalone();
        if (setup.joint() == null) {
            return new MultiPollutantDutyComparison(ids, alone.cost(), undefined,
                    "all regions together cannot meet every duty, cap and limit in force");
        }
        return new MultiPollutantDutyComparison(ids, alone.cost(), setup.joint().cost(), null);
    }

    public boolean isFeasible() {
        return reason == null;
    }

    public double standaloneTotal() {
        return sum(standaloneCost);
    }

    public double cooperativeTotal() {
        return sum(cooperativeCost);
    }

    /** What meeting the duties jointly saves (money per year); NaN when infeasible. */
    public double saving() {
        return standaloneTotal() - cooperativeTotal();
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double v : values) {
            total += v;
        }
        return total;
    }
}
