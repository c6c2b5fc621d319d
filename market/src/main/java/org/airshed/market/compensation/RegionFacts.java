package org.airshed.market.compensation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.airshed.core.model.Region;
import org.airshed.core.model.Scenario;
import org.airshed.core.model.TransferMatrix;

/**
 * The scenario's regions as arrays in player order, for the rules: δ (money per concentration
 * unit), the transfer matrix {@code transfer[j][i]} (concentration at j per mass emitted by i),
 * backgrounds, transaction costs (money), baseline emissions (mass, before any abatement), and the
 * policy: each region's receptor limit (NaN where none) and the cap on total emissions (mass, NaN
 * when none).
 */
record RegionFacts(List<String> ids, List<Region> regions, double[] damagePerConcentration, double[][] transfer,
                   double[] background, double[] transactionCost, double[] baselineEmissions, double[] limit,
                   double cap) {

    static RegionFacts of(Scenario scenario) {
        List<Region> regions = scenario.regions();
        int n = regions.size();
        List<String> ids = regions.stream().map(Region::id).toList();
        double[] delta = new double[n];
        double[] background = new double[n];
        double[] transactionCost = new double[n];
        double[][] transfer = new double[n][n];
        double[] baseline = new double[n];
        TransferMatrix matrix = scenario.transfer();
        for (int j = 0; j < n; j++) {
            Region region = regions.get(j);
            delta[j] = region.damagePerConcentration();
            background[j] = region.background();
            transactionCost[j] = region.transactionCost();
            for (int i = 0; i < n; i++) {
                transfer[j][i] = matrix.coefficient(region.id(), ids.get(i));
            }
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(ids.get(i), i);
        }
        for (int s = 0; s < scenario.sources().size(); s++) {
            baseline[index.get(scenario.sourceRegion(s))] += scenario.sourceBaseline(s);
        }
        double[] limit = new double[n];
        for (int j = 0; j < n; j++) {
            limit[j] = scenario.policy().receptorLimits().getOrDefault(ids.get(j), Double.NaN);
        }
        double cap = scenario.policy().cap().isPresent() ? scenario.policy().cap().getAsDouble() : Double.NaN;
        return new RegionFacts(ids, regions, delta, transfer, background, transactionCost, baseline, limit, cap);
    }

    /** Player indices of the regions with a receptor limit, in region order. */
    int[] receptors() {
        return IntStream.range(0, size()).filter(j -> !Double.isNaN(limit[j])).toArray();
    }

    int size() {
        return ids.size();
    }

    /** The plan in which region i abates {@code abatement[i]} at {@code cost[i]}. */
    RegionPlan plan(double[] abatement, double[] cost) {
        int n = size();
        double[] emissions = new double[n];
        double[] concentration = new double[n];
        double[] damage = new double[n];
        for (int i = 0; i < n; i++) {
            emissions[i] = baselineEmissions[i] - abatement[i];
        }
        for (int j = 0; j < n; j++) {
            double z = background[j];
            for (int i = 0; i < n; i++) {
                z += transfer[j][i] * emissions[i];
            }
            concentration[j] = z;
            damage[j] = damagePerConcentration[j] * z;
        }
        return new RegionPlan(abatement, cost, emissions, concentration, damage);
    }
}
