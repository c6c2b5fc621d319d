package org.airshed.core.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.airshed.core.allocation.AllocationProblem;
import org.airshed.core.allocation.AllocationSolution;
import org.airshed.core.allocation.AllocationSolver;
import org.airshed.core.allocation.AllocationStatus;
import org.airshed.core.model.Region;
import org.airshed.core.model.Scenario;

/**
 * Compares the administrative region-by-region baseline (each region with a duty meets it alone,
 * with its own sources, at least cost) with joint least-cost fulfilment of the same total Σ duties
 * by all sources. Receptor limits and welfare weights play no part in either: the comparison is
 * about who abates the agreed total. A region without a duty does nothing alone.
 */
public final class DutyComparisonStudy {
    private DutyComparisonStudy() {
    }

    public static CooperationReport compare(Scenario scenario, AllocationSolver solver) {
        Map<String, Double> duties = scenario.policy().duties();
        double totalDuty = 0;
        for (Region region : scenario.regions()) {
            totalDuty += duties.getOrDefault(region.id(), 0.0);
        }

        ScenarioProblem joint = ScenarioProblem.capOnly(scenario, null, new RequirementOrigin("$.policy.duties",
                totalDuty, totalDuty, "the sum of all regions' duties, met jointly by all sources"));
        CheckedSolve jointSolve = CheckedSolve.of(joint, solver);
        double[] cooperativeReduction = new double[joint.problem().regionCount()];
        double[] cooperativeCost = new double[joint.problem().regionCount()];
        if (jointSolve.feasible()) {
            AllocationProblem p = joint.problem();
            double[] a = jointSolve.solution().abatement();
            for (int i = 0; i < p.sourceCount(); i++) {
                cooperativeReduction[p.sourceRegion(i)] += a[i];
                cooperativeCost[p.sourceRegion(i)] += p.cost(i, a[i]);
            }
        }

        List<DutyComparison> rows = new ArrayList<>();
        double standaloneTotal = 0;
        double cooperativeTotal = 0;
        for (Region region : scenario.regions()) {
            Double duty = duties.get(region.id());
            int r = joint.regionIndex(region.id());
            double coopReduction = jointSolve.feasible() ? cooperativeReduction[r] : Double.NaN;
            double coopCost = jointSolve.feasible() ? cooperativeCost[r] : Double.NaN;
            DutyComparison row;
            if (duty == null) {
                row = new DutyComparison(region.id(), 0, Optional.empty(), 0, 0, Double.NaN, coopReduction,
                        coopCost, -coopCost);
            } else {
                row = alone(scenario, solver, region.id(), duty, coopReduction, coopCost);
            }
            rows.add(row);
            standaloneTotal += row.standaloneCost();
            cooperativeTotal += coopCost;
        }
        AllocationSolution solution = jointSolve.solution();
        return new CooperationReport(totalDuty,
                jointSolve.feasible() ? solution.status() : AllocationStatus.INFEASIBLE, jointSolve.reasons(),
                solution == null ? Double.NaN : solution.capPrice(), standaloneTotal, cooperativeTotal,
                standaloneTotal - cooperativeTotal, rows);
    }

    private static DutyComparison alone(Scenario scenario, AllocationSolver solver, String regionId, double duty,
                                        double coopReduction, double coopCost) {
        ScenarioProblem own = ScenarioProblem.capOnly(scenario, regionId, new RequirementOrigin(
                "$.policy.duties." + regionId, duty, duty, "the duty of region " + regionId + ", met by its own "
                + countSources(scenario, regionId) + " source(s) alone"));
        if (own.problem().sourceCount() == 0 && duty <= 0) {
            // Nothing to solve: a zero duty with no sources costs nothing.
            return new DutyComparison(regionId, duty, Optional.empty(), 0, 0, 0, coopReduction, coopCost, -coopCost);
        }
        CheckedSolve solve = CheckedSolve.of(own, solver);
        if (!solve.feasible()) {
            return new DutyComparison(regionId, duty, Optional.of(solve.reasons().get(0)), Double.NaN, Double.NaN,
                    Double.NaN, coopReduction, coopCost, Double.NaN);
        }
        AllocationProblem p = own.problem();
        double[] a = solve.solution().abatement();
        double reduction = 0;
        double cost = 0;
        for (int i = 0; i < p.sourceCount(); i++) {
            reduction += a[i];
            cost += p.cost(i, a[i]);
        }
        return new DutyComparison(regionId, duty, Optional.empty(), reduction, cost, solve.solution().capPrice(),
                coopReduction, coopCost, cost - coopCost);
    }

    private static long countSources(Scenario scenario, String regionId) {
        return scenario.sources().stream().filter(s -> s.region().equals(regionId)).count();
    }
}
