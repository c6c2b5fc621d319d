package org.airshed.market.compensation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.airshed.core.model.Region;
import org.airshed.core.model.multi.MultiPolicy;
import org.airshed.core.model.multi.MultiPollutantScenario;
import org.airshed.core.model.multi.MultiSource;

/**
 * The plain reference for the version-2 duties game, as {@link SubScenarioCoalitions} is for one
 * pollutant: each region alone and each coalition written out as its own version-2 scenario and
 * solved from scratch by a dense LP ({@link DenseMultiPollutantLp}). Alone, a region's sources must
 * emit at most its baseline less its duty of each pollutant. A coalition's sources must emit at most
 * their baseline less the members' duties and, of a capped pollutant, at most the effective cap
 * max(cap, stand-alone emissions) less the outsiders' stand-alone emissions; the outsiders' stand-alone
 * emissions join each receptor's background, held to its effective limit max(limit, stand-alone
 * concentration). Nothing here shares code with {@link MultiPollutantDutiesGame}.
 */
final class SubScenarioMultiCoalitions {
    private final MultiPollutantScenario scenario;
    private final List<String> ids;
    private final List<String> pollutants;
    private final double[][] baseline;
    private final double[][] alone;
    private final double[] aloneCost;
    private final Map<String, Double> effectiveCap = new LinkedHashMap<>();
    private final Map<String, Double> effectiveLimit = new LinkedHashMap<>();

    SubScenarioMultiCoalitions(MultiPollutantScenario scenario) {
        this.scenario = scenario;
        ids = scenario.regions().stream().map(Region::id).toList();
        pollutants = scenario.pollutants();
        int n = ids.size();
        baseline = new double[n][pollutants.size()];
        for (MultiSource s : scenario.sources()) {
            for (int p = 0; p < pollutants.size(); p++) {
                baseline[ids.indexOf(s.region())][p] += s.emissions(pollutants.get(p));
            }
        }
        alone = new double[n][];
        aloneCost = new double[n];
        for (int r = 0; r < n; r++) {
            Map<String, Double> caps = new LinkedHashMap<>();
            for (int p = 0; p < pollutants.size(); p++) {
                caps.put(pollutants.get(p), Math.max(0,
                        baseline[r][p] - scenario.policy().duty(ids.get(r), pollutants.get(p))));
            }
            DenseMultiPollutantLp.Plan own = DenseMultiPollutantLp.solve(sub("alone-" + ids.get(r), 1 << r,
                    scenario.regions(), new MultiPolicy(caps, Map.of(), Map.of())));
            if (own == null) {
                throw new AssertionError(ids.get(r) + " cannot meet its duties alone");
            }
            alone[r] = own.reduction()[r];
            aloneCost[r] = own.cost();
        }
        for (int p = 0; p < pollutants.size(); p++) {
            Double cap = scenario.policy().caps().get(pollutants.get(p));
            if (cap != null) {
                effectiveCap.put(pollutants.get(p), Math.max(cap, emitted(p, 0)));
            }
        }
        scenario.policy().receptorLimits().forEach((j, limit) ->
                effectiveLimit.put(j, Math.max(limit, outside(j, 0))));
    }

    /** Σ stand-alone costs of all regions (money): the scale of the game's values. */
    double standaloneTotal() {
        double total = 0;
        for (double c : aloneCost) {
            total += c;
        }
        return total;
    }

    /** Region r's stand-alone cost (money). */
    double standaloneCost(int r) {
        return aloneCost[r];
    }

    /** v(S) for the coalition with bitmask {@code mask} (player r is bit r). */
    double value(int mask) {
        Map<String, Double> caps = new LinkedHashMap<>();
        for (int p = 0; p < pollutants.size(); p++) {
            double members = 0;
            double duties = 0;
            for (int r = 0; r < ids.size(); r++) {
                if ((mask & (1 << r)) != 0) {
                    members += baseline[r][p];
                    duties += scenario.policy().duty(ids.get(r), pollutants.get(p));
                }
            }
            double cap = members - duties;
            Double effective = effectiveCap.get(pollutants.get(p));
            if (effective != null) {
                cap = Math.min(cap, effective - emitted(p, mask));
            }
            caps.put(pollutants.get(p), Math.max(0, cap));
        }
        List<Region> regions = new ArrayList<>();
        for (Region r : scenario.regions()) {
            regions.add(new Region(r.id(), r.name(), r.population(), r.gdp(), r.damagePerConcentration(),
                    outside(r.id(), mask), r.transactionCost()));
        }
        DenseMultiPollutantLp.Plan plan = DenseMultiPollutantLp.solve(sub("coalition-" + mask, mask, regions,
                new MultiPolicy(caps, effectiveLimit, Map.of())));
        if (plan == null) {
            throw new AssertionError("coalition " + mask + " has no plan in the reference");
        }
        double standalone = 0;
        for (int r = 0; r < ids.size(); r++) {
            standalone += (mask & (1 << r)) != 0 ? aloneCost[r] : 0;
        }
        return standalone - plan.cost();
    }

    private MultiPollutantScenario sub(String name, int mask, List<Region> regions, MultiPolicy policy) {
        List<MultiSource> sources = scenario.sources().stream()
                .filter(s -> (mask & (1 << ids.indexOf(s.region()))) != 0).toList();
        return new MultiPollutantScenario(name, null, scenario.seed(), scenario.units(), scenario.objective(),
                pollutants, regions, null, scenario.transfer(), sources, policy);
    }

    /** Stand-alone emissions of pollutant p by the regions outside {@code mask} (mass). */
    private double emitted(int p, int mask) {
        double e = 0;
        for (int r = 0; r < ids.size(); r++) {
            e += (mask & (1 << r)) == 0 ? baseline[r][p] - alone[r][p] : 0;
        }
        return e;
    }

    /**
     * Concentration at receptor j from its background and the stand-alone emissions of the regions
     * outside {@code mask}: the background the members face, or with mask 0 the stand-alone concentration.
     */
    private double outside(String j, int mask) {
        double z = scenario.regions().get(ids.indexOf(j)).background();
        for (int r = 0; r < ids.size(); r++) {
            for (int p = 0; p < pollutants.size(); p++) {
                if ((mask & (1 << r)) == 0) {
                    z += scenario.transfer().coefficient(j, pollutants.get(p), ids.get(r))
                            * (baseline[r][p] - alone[r][p]);
                }
            }
        }
        return z;
    }
}
