package org.airshed.core.study;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.airshed.core.allocation.AllocationProblem;
import org.airshed.core.allocation.AllocationSolution;
import org.airshed.core.allocation.AllocationSolver;
import org.airshed.core.allocation.Workers;
import org.airshed.core.model.Objective;
import org.airshed.core.model.Region;
import org.airshed.core.model.Scenario;
import org.airshed.core.model.Source;

/**
 * Solves a scenario's allocation with a given solver and reports it in domain terms: per region,
 * per source, per region × sector × department, and (when the policy gives duties) against the
 * region-by-region baseline.
 */
public final class AllocationStudy {
    private static final int COST_CHUNK = 16_384;
    private AllocationStudy() {
    }

    public static AllocationReport run(Scenario scenario, AllocationSolver solver) {
        return run(ScenarioProblem.of(scenario), solver);
    }

    /** The same from the scenario's problem already in solver form (a run converts it once). */
    public static AllocationReport run(ScenarioProblem sp, AllocationSolver solver) {
        Scenario scenario = sp.scenario();
        Optional<CooperationReport> cooperation = scenario.policy().duties().isEmpty()
                ? Optional.empty()
                : Optional.of(DutyComparisonStudy.compare(sp, solver));
        CheckedSolve solve = CheckedSolve.of(sp, solver);
        if (!solve.feasible()) {
            return AllocationReport.infeasible(scenario.objective(), solve.reasons(), cooperation);
        }
        return report(sp, solve.solution(), solve.reasons(), cooperation);
    }

    /** Each source's cost C_i(a_i) (money), once for every table that reports it; in fixed chunks on the machine's cores. */
    private static double[] costs(AllocationProblem problem, double[] a) {
        int n = problem.sourceCount();
        double[] cost = new double[n];
        int chunks = (n + COST_CHUNK - 1) / COST_CHUNK;
        Workers.of(Runtime.getRuntime().availableProcessors()).forEach(chunks, n, (c, worker) -> {
            int to = Math.min(n, (c + 1) * COST_CHUNK);
            for (int i = c * COST_CHUNK; i < to; i++) {
                cost[i] = problem.cost(i, a[i]);
            }
        });
        return cost;
    }

    // The two loops of report() over every source and every pair of regions, each a method of its own:
    // in report() they made C2 compile the whole method on the stack (43 ms of a 10^5 run) for them.

    /** Each region's total abatement and cost, summed in source order. */
    private static void addByRegion(AllocationProblem problem, double[] a, double[] sourceCost,
                                    double[] regionReduction, double[] regionCost) {
        for (int i = 0; i < problem.sourceCount(); i++) {
            int r = problem.sourceRegion(i);
            regionReduction[r] += a[i];
            regionCost[r] += sourceCost[i];
        }
    }

    /** The concentration at {@code region}: its background plus every region's emissions through the transfer matrix, in region order. */
    private static double concentration(ScenarioProblem sp, Region region, double[] regionReduction) {
        Scenario scenario = sp.scenario();
        double concentration = region.background();
        for (int r = 0; r < regionReduction.length; r++) {
            concentration += scenario.transfer().coefficient(region.id(), sp.regionId(r))
                    * (sp.regionBaseline(r) - regionReduction[r]);
        }
        return concentration;
    }

    /** The allocation in domain terms, with the solver's status (optimal, or iteration-limit and its reasons). */
    private static AllocationReport report(ScenarioProblem sp, AllocationSolution solution, List<Infeasibility> reasons,
                                           Optional<CooperationReport> cooperation) {
        Scenario scenario = sp.scenario();
        AllocationProblem problem = sp.problem();
        double[] a = solution.abatement().clone(); // the outcomes keep it
        int regionCount = problem.regionCount();
        double capPrice = problem.hasCap() ? solution.capPrice() : 0;

        double[] sourceCost = costs(problem, a);
        List<SourceOutcome> sources = new SourceOutcomes(sp, solution, a, sourceCost);
        double[] regionReduction = new double[regionCount];
        double[] regionCost = new double[regionCount];
        addByRegion(problem, a, sourceCost, regionReduction, regionCost);

        Map<String, Double> receptorPrices = new LinkedHashMap<>();
        for (int k = 0; k < problem.receptorCount(); k++) {
            receptorPrices.put(sp.receptorId(k), solution.receptorPrices()[k]);
        }

        List<RegionOutcome> regions = new ArrayList<>();
        double totalCost = 0;
        double totalReduction = 0;
        double damages = 0;
        Map<String, Double> limits = scenario.policy().receptorLimits();
        for (int j = 0; j < regionCount; j++) {
            // The scenario's own problem keeps every region, in file order.
            Region region = scenario.regions().get(j);
            double concentration = concentration(sp, region, regionReduction);
            double damage = region.damagePerConcentration() * concentration;
            Double limit = limits.get(region.id());
            regions.add(new RegionOutcome(region.id(), sp.regionBaseline(j), regionReduction[j],
                    sp.regionBaseline(j) - regionReduction[j], regionCost[j], concentration,
                    limit == null ? OptionalDouble.empty() : OptionalDouble.of(limit),
                    limit == null ? OptionalDouble.empty() : OptionalDouble.of(receptorPrices.get(region.id())),
                    damage, solution.regionPrice(problem, j)));
            totalCost += regionCost[j];
            totalReduction += regionReduction[j];
            damages += damage;
        }
        double objective = scenario.objective() == Objective.WELFARE ? totalCost + damages : totalCost;
        return new AllocationReport(scenario.objective(), solution.status(), reasons, objective, totalCost,
                damages, totalReduction, scenario.totalBaseline() - totalReduction, capPrice, receptorPrices,
                regions, sources, ResponsibilityList.of(sp, a, sourceCost), solution.relativeGap(),
                solution.iterations(), cooperation);
    }
}
