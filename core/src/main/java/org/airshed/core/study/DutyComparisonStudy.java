package org.airshed.core.study;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.airshed.core.allocation.AllocationProblem;
import org.airshed.core.allocation.AllocationSolution;
import org.airshed.core.allocation.AllocationSolver;
import org.airshed.core.allocation.AllocationStatus;
import org.airshed.core.model.Region;
import org.airshed.core.model.Scenario;
import org.airshed.core.util.JsonPath;

/**
 * Compares the administrative region-by-region baseline (each region with a duty meets it alone,
 * with its own sources, at least cost) with joint least-cost fulfilment of the same total Σ duties
 * by all sources, under the policy in force: joint fulfilment must also keep every receptor within
 * its limit. Where the stand-alone duties themselves leave a receptor above its limit, cooperation
 * is held to not making it worse (limit' = max(limit, stand-alone concentration)), so that joint
 * fulfilment can always copy the stand-alone choice; the cap likewise (cap' = max(cap, stand-alone
 * emissions)). When some region cannot meet its duty alone there is no stand-alone profile and the
 * written limits apply. Welfare weights play no part. A region without a duty does nothing alone.
 */
public final class DutyComparisonStudy {
    private DutyComparisonStudy() {
    }

    public static CooperationReport compare(Scenario scenario, AllocationSolver solver) {
        return compare(ScenarioProblem.of(scenario), solver);
    }

    /** The same from the scenario's problem already in solver form: every problem compared is copied from its arrays. */
    public static CooperationReport compare(ScenarioProblem own, AllocationSolver solver) {
        Scenario scenario = own.scenario();
        Map<String, Double> duties = scenario.policy().duties();
        double totalDuty = 0;
        List<DutyComparison> alone = new ArrayList<>();
        for (Region region : scenario.regions()) {
            Double duty = duties.get(region.id());
            totalDuty += duty == null ? 0 : duty;
            alone.add(duty == null ? new DutyComparison(region.id(), 0, Optional.empty(), 0, 0, Double.NaN, Double.NaN,
                    Double.NaN, Double.NaN) : alone(own, solver, region.id(), duty));
        }
        boolean profile = alone.stream().allMatch(DutyComparison::standaloneFeasible);
        double standaloneEmissions = 0;
        for (int r = 0; r < alone.size(); r++) {
            standaloneEmissions += own.regionBaseline(r) - (profile ? alone.get(r).standaloneReduction() : 0);
        }
        double requirement = totalDuty;
        String derivation = "the sum of all regions' duties, met jointly by all sources";
        if (profile && scenario.policy().cap().isPresent()) {
            double cap = Math.max(scenario.policy().cap().getAsDouble(), standaloneEmissions);
            double capRequirement = scenario.totalBaseline() - cap;
            if (capRequirement > requirement) {
                requirement = capRequirement;
                derivation = "the cap, which asks more than the sum of the duties, met jointly by all sources";
            }
        }
        Map<String, Double> limits = profile ? effectiveLimits(own, alone) : scenario.policy().receptorLimits();
        ScenarioProblem joint = own.withLimits(new RequirementOrigin("$.policy.duties", totalDuty, requirement,
                derivation), limits);
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
        for (DutyComparison solo : alone) {
            int r = joint.regionIndex(solo.region());
            double coopReduction = jointSolve.feasible() ? cooperativeReduction[r] : Double.NaN;
            double coopCost = jointSolve.feasible() ? cooperativeCost[r] : Double.NaN;
            DutyComparison row = new DutyComparison(solo.region(), solo.duty(), solo.standaloneReason(),
                    solo.standaloneReduction(), solo.standaloneCost(), solo.standaloneMarginalCost(), coopReduction,
                    coopCost, solo.standaloneCost() - coopCost);
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

    /** Each written limit, raised to the stand-alone concentration where the duties alone exceed it. */
    private static Map<String, Double> effectiveLimits(ScenarioProblem own, List<DutyComparison> alone) {
        Scenario scenario = own.scenario();
        Map<String, Double> limits = new LinkedHashMap<>();
        scenario.policy().receptorLimits().forEach((receptor, limit) -> {
            double z = scenario.region(receptor).background();
            for (int r = 0; r < alone.size(); r++) {
                z += scenario.transfer().coefficient(receptor, own.regionId(r))
                        * (own.regionBaseline(r) - alone.get(r).standaloneReduction());
            }
            limits.put(receptor, Math.max(limit, z));
        });
        return limits;
    }

    /** The region meeting its duty alone; its cooperative fields are filled in by {@link #compare}. */
    private static DutyComparison alone(ScenarioProblem scenarioProblem, AllocationSolver solver, String regionId,
                                        double duty) {
        Scenario scenario = scenarioProblem.scenario();
        ScenarioProblem own = scenarioProblem.alone(regionId, new RequirementOrigin(
                JsonPath.child("$.policy.duties", regionId), duty, duty, "the duty of region " + regionId + ", met by its own "
                + countSources(scenario, regionId) + " source(s) alone"));
        if (own.problem().sourceCount() == 0 && duty <= 0) {
            // Nothing to solve: a zero duty with no sources costs nothing.
            return new DutyComparison(regionId, duty, Optional.empty(), 0, 0, 0, Double.NaN, Double.NaN, Double.NaN);
        }
        CheckedSolve solve = CheckedSolve.of(own, solver);
        if (!solve.feasible()) {
            return new DutyComparison(regionId, duty, Optional.of(solve.reasons().get(0)), Double.NaN, Double.NaN,
                    Double.NaN, Double.NaN, Double.NaN, Double.NaN);
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
                Double.NaN, Double.NaN, Double.NaN);
    }

    private static long countSources(Scenario scenario, String regionId) {
        long count = 0;
        for (int i = 0; i < scenario.sources().size(); i++) {
            if (scenario.sourceRegion(i).equals(regionId)) {
                count++;
            }
        }
        return count;
    }
}
