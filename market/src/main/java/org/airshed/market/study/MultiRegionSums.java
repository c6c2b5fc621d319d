package org.airshed.market.study;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.airshed.core.study.multi.MultiScenarioProblem;
import org.airshed.market.ledger.Quantum;

/** A version-2 market's sources summed by region: money over every pollutant, permits per pollutant. */
final class MultiRegionSums {
    private MultiRegionSums() {
    }

    /** Regions in file order; {@code regionCost} their sources' abatement cost (money). */
    static List<MultiRegionPosition> of(MultiScenarioProblem problem, List<SourcePollutantPosition> positions,
                                        List<PollutantMarket> markets, double[] regionCost) {
        // region → pollutant → {initial, emissions, net, payment, shortfall}
        Map<String, Map<String, double[]>> sums = new LinkedHashMap<>();
        for (int r = 0; r < problem.regionCount(); r++) {
            Map<String, double[]> row = new LinkedHashMap<>();
            for (PollutantMarket m : markets) {
                row.put(m.pollutant(), new double[5]);
            }
            sums.put(problem.region(r), row);
        }
        for (SourcePollutantPosition s : positions) {
            double[] sum = sums.get(s.region()).get(s.pollutant());
            sum[0] += Quantum.PERMIT.toDouble(s.initialPermits());
            sum[1] += s.emissions();
            sum[2] += Quantum.PERMIT.toDouble(s.netPurchase());
            sum[3] += Quantum.MONEY.toDouble(s.payment());
            sum[4] += Quantum.PERMIT.toDouble(s.shortfall());
        }
        List<MultiRegionPosition> regions = new ArrayList<>();
        for (int r = 0; r < problem.regionCount(); r++) {
            List<MultiRegionPosition.Pollutant> rows = new ArrayList<>();
            double payment = 0;
            for (Map.Entry<String, double[]> e : sums.get(problem.region(r)).entrySet()) {
                double[] s = e.getValue();
                rows.add(new MultiRegionPosition.Pollutant(e.getKey(), s[0], s[1], s[2], s[3], s[4]));
                payment += s[3];
            }
            regions.add(new MultiRegionPosition(problem.region(r), regionCost[r], payment, rows));
        }
        return regions;
    }
}
