package org.airshed.market.compensation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.airshed.core.allocation.AllocationProblem;
import org.airshed.core.allocation.AllocationSolution;
import org.airshed.core.allocation.AllocationSolver;
import org.airshed.core.model.Objective;
import org.airshed.core.model.Policy;
import org.airshed.core.model.Region;
import org.airshed.core.model.Scenario;
import org.airshed.core.model.Source;
import org.airshed.core.study.RequirementOrigin;
import org.airshed.core.study.ScenarioProblem;

/**
 * The plain reference for the duties game under the policy in force: each coalition written out as
 * its own scenario and solved by a full solver over every source. Outsiders stay at their
 * stand-alone plans, so their emissions join each receptor's background; the coalition's sources
 * must meet the sum of its members' duties (or the effective cap, if it asks more) through the
 * sub-scenario's cap, and every receptor's effective limit max(limit, stand-alone concentration).
 * Nothing here shares code with {@link DutiesGame}: not the region curves, not the programs.
 */
final class SubScenarioCoalitions {
    private final Scenario scenario;
    private final AllocationSolver solver;
    private final List<String> ids = new ArrayList<>();
    private final double[] regionBaseline;
    private final double[] alone;
    private final double[] aloneCost;
    private final Map<String, Double> effectiveLimit = new LinkedHashMap<>();
    private final double capSlack;

    SubScenarioCoalitions(Scenario scenario, AllocationSolver solver) {
        this.scenario = scenario;
        this.solver = solver;
        scenario.regions().forEach(r -> ids.add(r.id()));
        int n = ids.size();
        regionBaseline = new double[n];
        alone = new double[n];
        aloneCost = new double[n];
        for (Source s : scenario.sources()) {
            regionBaseline[ids.indexOf(s.region())] += s.baseline();
        }
        double emissions = 0;
        for (int i = 0; i < n; i++) {
            double duty = scenario.policy().duties().getOrDefault(ids.get(i), 0.0);
            ScenarioProblem own = ScenarioProblem.capOnly(scenario, ids.get(i),
                    new RequirementOrigin("duty", duty, duty, "duty"));
            if (own.problem().sourceCount() > 0) {
                AllocationSolution solution = solver.solve(own.problem());
                for (int s = 0; s < own.problem().sourceCount(); s++) {
                    alone[i] += solution.abatement()[s];
                    aloneCost[i] += own.problem().cost(s, solution.abatement()[s]);
                }
            }
            emissions += regionBaseline[i] - alone[i];
        }
        final double standaloneEmissions = emissions;
        capSlack = scenario.policy().cap().isPresent()
                ? Math.max(scenario.policy().cap().getAsDouble(), standaloneEmissions) - standaloneEmissions
                : Double.POSITIVE_INFINITY;
        scenario.policy().receptorLimits().forEach((receptor, limit) ->
                effectiveLimit.put(receptor, Math.max(limit, concentration(receptor, null))));
    }

    /** Σ stand-alone costs of all regions (money): the scale of the game's values. */
    double standaloneTotal() {
        double total = 0;
        for (double c : aloneCost) {
            total += c;
        }
        return total;
    }

    /** v(S) for the coalition with bitmask {@code mask} (player p is bit p). */
    double value(int mask) {
        List<Source> sources = new ArrayList<>();
        for (Source s : scenario.sources()) {
            if ((mask & (1 << ids.indexOf(s.region()))) != 0) {
                sources.add(s);
            }
        }
        double memberBaseline = 0;
        double duties = 0;
        double aloneTotal = 0;
        double standalone = 0;
        for (int i = 0; i < ids.size(); i++) {
            if ((mask & (1 << i)) != 0) {
                memberBaseline += regionBaseline[i];
                duties += scenario.policy().duties().getOrDefault(ids.get(i), 0.0);
                aloneTotal += alone[i];
                standalone += aloneCost[i];
            }
        }
        double requirement = Math.max(duties, aloneTotal - capSlack);
        List<Region> regions = new ArrayList<>();
        Map<String, Double> limits = new LinkedHashMap<>();
        for (Region r : scenario.regions()) {
            double background = concentration(r.id(), mask);
            regions.add(new Region(r.id(), r.name(), r.population(), r.gdp(), r.damagePerConcentration(), background,
                    r.transactionCost()));
            Double limit = effectiveLimit.get(r.id());
            if (limit != null) {
                limits.put(r.id(), Math.max(limit, background));
            }
        }
        Scenario sub = new Scenario("coalition-" + mask, "", scenario.seed(), scenario.units(), Objective.COST, regions,
                scenario.transfer(), sources, new Policy(OptionalDouble.of(Math.max(0, memberBaseline - requirement)),
                limits, Map.of()));
        AllocationProblem problem = ScenarioProblem.of(sub).problem();
        AllocationSolution solution = solver.solve(problem);
        if (!solution.isOptimal()) {
            throw new AssertionError("coalition " + mask + ": " + solution.status() + " " + solution.reasons());
        }
        return standalone - solution.cost();
    }

    /**
     * Concentration at {@code receptor} from its background and the stand-alone emissions of the
     * regions outside {@code mask} (all regions when mask is null).
     */
    private double concentration(String receptor, Integer mask) {
        double z = scenario.region(receptor).background();
        for (int i = 0; i < ids.size(); i++) {
            if (mask == null || (mask & (1 << i)) == 0) {
                z += scenario.transfer().coefficient(receptor, ids.get(i)) * (regionBaseline[i] - alone[i]);
            }
        }
        return z;
    }
}
