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
        // region → pollutant → emissions (a double), and the exact counts {initial, net, payment, shortfall}:
        // permits and money summed exactly and printed once.
        Map<String, Map<String, double[]>> emitted = new LinkedHashMap<>();
        Map<String, Map<String, long[]>> counts = new LinkedHashMap<>();
        for (int r = 0; r < problem.regionCount(); r++) {
            Map<String, double[]> row = new LinkedHashMap<>();
            Map<String, long[]> countRow = new LinkedHashMap<>();
            for (PollutantMarket m : markets) {
                row.put(m.pollutant(), new double[1]);
                countRow.put(m.pollutant(), new long[4]);
            }
            emitted.put(problem.region(r), row);
            counts.put(problem.region(r), countRow);
        }
        for (SourcePollutantPosition s : positions) {
            emitted.get(s.region()).get(s.pollutant())[0] += s.emissions();
            long[] c = counts.get(s.region()).get(s.pollutant());
            c[0] = Math.addExact(c[0], s.initialPermits());
            c[1] = Math.addExact(c[1], s.netPurchase());
            c[2] = Math.addExact(c[2], s.payment());
            c[3] = Math.addExact(c[3], s.shortfall());
        }
        List<MultiRegionPosition> regions = new ArrayList<>();
        for (int r = 0; r < problem.regionCount(); r++) {
            List<MultiRegionPosition.Pollutant> rows = new ArrayList<>();
            long payment = 0;
            for (Map.Entry<String, long[]> e : counts.get(problem.region(r)).entrySet()) {
                long[] c = e.getValue();
                double emissions = emitted.get(problem.region(r)).get(e.getKey())[0];
                rows.add(new MultiRegionPosition.Pollutant(e.getKey(), Quantum.PERMIT.toDouble(c[0]), emissions,
                        Quantum.PERMIT.toDouble(c[1]), Quantum.MONEY.toDouble(c[2]), Quantum.PERMIT.toDouble(c[3])));
                payment = Math.addExact(payment, c[2]);
            }
            regions.add(new MultiRegionPosition(problem.region(r), regionCost[r], Quantum.MONEY.toDouble(payment), rows));
        }
        return regions;
    }
}
