package org.airshed.core.study.multi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.airshed.core.allocation.AllocationStatus;
import org.airshed.core.allocation.multi.ExactDuals;
import org.airshed.core.allocation.multi.MultiPollutantProblem;
import org.airshed.core.allocation.multi.MultiPollutantSolution;
import org.airshed.core.allocation.multi.MultiPollutantSolver;
import org.airshed.core.model.AbatementCurve;
import org.airshed.core.model.Objective;
import org.airshed.core.model.Region;
import org.airshed.core.model.multi.CoControlOption;
import org.airshed.core.model.multi.Health;
import org.airshed.core.model.multi.MultiPollutantScenario;
import org.airshed.core.model.multi.MultiSource;
import org.airshed.core.study.Infeasibility;

/**
 * Solves a version-2 scenario and reads the solution back in domain terms: rows that cannot be met on
 * their own are reported without solving, rows that fail together after the solver's phase 1
 * ({@link MultiInfeasibility}, as the check stage reports them); otherwise the solver decides, and
 * costs, concentrations and health effects are recomputed from its abatement and shares with the
 * scenario's own curves, so that they do not depend on the solver's internals.
 */
public final class MultiAllocationStudy {
    private MultiAllocationStudy() {
    }

    public static MultiAllocationReport run(MultiScenarioProblem problem, MultiPollutantSolver solver) {
        Objective objective = problem.scenario().objective();
        List<Infeasibility> alone = MultiInfeasibility.explain(problem);
        if (!alone.isEmpty()) {
            return MultiAllocationReport.infeasible(objective, alone, 0);
        }
        // Phase 1 alone, as the check stage asks it: the proof in file terms when the rows fail together.
        var proof = solver.infeasibility(problem.problem());
        if (proof.isPresent()) {
            return MultiAllocationReport.infeasible(objective, List.of(MultiInfeasibility.together(problem,
                    proof.get())), proof.get().iterations());
        }
        MultiPollutantSolution solution = solver.solve(problem.problem());
        if (solution.status() == AllocationStatus.INFEASIBLE) {
            List<Infeasibility> reasons = new ArrayList<>();
            solution.reasons().forEach(reason -> reasons.add(new Infeasibility("$.policy", "", reason)));
            if (reasons.isEmpty()) {
                reasons.add(new Infeasibility("$.policy", "", "the caps and limits cannot all be met together"));
            }
            return MultiAllocationReport.infeasible(objective, reasons, solution.iterations());
        }
        return of(problem, withExactDuals(problem.problem(), solution));
    }

    /**
     * {@code solution} with its cap and receptor prices exact where the plan fixes them
     * ({@link ExactDuals}: the nearest double to each exact value, so the allocation prints the price the
     * market pays); the solver's elsewhere, and all of them when the run stopped short of optimal.
     */
    static MultiPollutantSolution withExactDuals(MultiPollutantProblem program, MultiPollutantSolution solution) {
        ExactDuals.Prices exact = solution.isOptimal() ? ExactDuals.of(program, solution) : null;
        if (exact == null) {
            return solution;
        }
        double[] cap = solution.capPrices().clone();
        for (int p = 0; p < cap.length; p++) {
            cap[p] = exact.cap(p, cap[p]);
        }
        double[] receptor = solution.receptorPrices().clone();
        for (int k = 0; k < receptor.length; k++) {
            receptor[k] = exact.receptor(k, receptor[k]);
        }
        return new MultiPollutantSolution(solution.status(), solution.abatement(), solution.optionShares(),
                solution.cost(), cap, receptor, solution.relativeGap(), solution.iterations(), solution.reasons());
    }

    /** The report of a feasible solution. */
    public static MultiAllocationReport of(MultiScenarioProblem problem, MultiPollutantSolution solution) {
        MultiPollutantScenario scenario = problem.scenario();
        int pCount = problem.pollutantCount();
        int rCount = problem.regionCount();
        int n = problem.sourceCount();
        double[] abatement = solution.abatement();
        double[] shares = solution.optionShares();
        double[] sourceCost = new double[n];
        double[] regionCost = new double[rCount];
        double[] regionBaseline = new double[pCount * rCount];
        double[] regionReduction = new double[pCount * rCount];
        int option = 0;
        for (int i = 0; i < n; i++) {
            MultiSource s = scenario.sources().get(i);
            int r = problem.sourceRegion(i);
            if (s.hasOptions()) {
                for (CoControlOption o : s.options()) {
                    sourceCost[i] += shares[option++] * o.annualCost();
                }
            } else {
                for (int p = 0; p < pCount; p++) {
                    AbatementCurve curve = s.curves().get(problem.pollutant(p));
                    if (curve != null) {
                        sourceCost[i] += curve.cost(abatement[i * pCount + p]);
                    }
                }
            }
            regionCost[r] += sourceCost[i];
            for (int p = 0; p < pCount; p++) {
                regionBaseline[p * rCount + r] += problem.baseline(i, p);
                regionReduction[p * rCount + r] += abatement[i * pCount + p];
            }
        }
        double totalCost = 0;
        for (double c : regionCost) {
            totalCost += c;
        }
        List<PollutantOutcome> pollutants = new ArrayList<>();
        for (int p = 0; p < pCount; p++) {
            double base = 0;
            double cut = 0;
            for (int r = 0; r < rCount; r++) {
                base += regionBaseline[p * rCount + r];
                cut += regionReduction[p * rCount + r];
            }
            Double cap = scenario.policy().caps().get(problem.pollutant(p));
            pollutants.add(new PollutantOutcome(problem.pollutant(p), base, cut, base - cut,
                    cap == null ? Double.NaN : cap, solution.capPrices()[p]));
        }
        int[] receptors = problem.receptorRegions();
        double[] mu = new double[rCount];
        Arrays.fill(mu, Double.NaN);
        for (int k = 0; k < receptors.length; k++) {
            mu[receptors[k]] = solution.receptorPrices()[k];
        }
        double damages = 0;
        List<MultiRegionOutcome> regions = new ArrayList<>();
        for (int j = 0; j < rCount; j++) {
            Region region = scenario.regions().get(j);
            double[] row = problem.transferRow(j);
            double fall = 0;
            if (row != null) {
                for (int c = 0; c < row.length; c++) {
                    fall += row[c] * regionReduction[c];
                }
            }
            double concentration = problem.baselineConcentration(j) - fall;
            double damage = problem.damage(j) * concentration;
            damages += damage;
            Health health = scenario.health().get(region.id());
            double deaths = health == null ? Double.NaN
                    : health.deathsAvoided(region.population().orElse(0), fall);
            double[] base = new double[pCount];
            double[] cut = new double[pCount];
            for (int p = 0; p < pCount; p++) {
                base[p] = regionBaseline[p * rCount + j];
                cut[p] = regionReduction[p * rCount + j];
            }
            Double limit = scenario.policy().receptorLimits().get(region.id());
            regions.add(new MultiRegionOutcome(region.id(), region.name(), regionCost[j],
                    problem.baselineConcentration(j), concentration, limit == null ? Double.NaN : limit, mu[j], damage,
                    deaths, health == null ? Double.NaN : deaths * health.vsl(), base, cut));
        }
        double[] price = prices(problem, solution);
        double objective = scenario.objective() == Objective.WELFARE ? totalCost + damages : totalCost;
        return new MultiAllocationReport(scenario.objective(), solution.status(), List.of(), objective, totalCost,
                damages, pollutants, regions, abatement.clone(), price, sourceCost, shares.clone(),
                solution.receptorPrices().clone(), solution.relativeGap(), solution.iterations());
    }

    /** g_ip = w_rp + λ_p + Σ_k μ_k T_kpr for every source and pollutant. */
    private static double[] prices(MultiScenarioProblem problem, MultiPollutantSolution solution) {
        int pCount = problem.pollutantCount();
        int rCount = problem.regionCount();
        double[] w = problem.scenario().objective() == Objective.WELFARE ? problem.weights()
                : new double[pCount * rCount];
        double[] g = new double[pCount * rCount];
        int[] receptors = problem.receptorRegions();
        for (int p = 0; p < pCount; p++) {
            for (int r = 0; r < rCount; r++) {
                double value = w[p * rCount + r] + solution.capPrices()[p];
                for (int k = 0; k < receptors.length; k++) {
                    double[] row = problem.transferRow(receptors[k]);
                    value += row == null ? 0 : solution.receptorPrices()[k] * row[p * rCount + r];
                }
                g[p * rCount + r] = value;
            }
        }
        double[] price = new double[problem.sourceCount() * pCount];
        for (int i = 0; i < problem.sourceCount(); i++) {
            for (int p = 0; p < pCount; p++) {
                price[i * pCount + p] = g[p * rCount + problem.sourceRegion(i)];
            }
        }
        return price;
    }
}
