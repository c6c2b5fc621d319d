package org.airshed.market.study;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.airshed.core.model.AbatementCurve;
import org.airshed.core.model.QuadraticCurve;
import org.airshed.core.model.Region;
import org.airshed.core.model.Step;
import org.airshed.core.model.StepCurve;
import org.airshed.core.model.multi.CoControlOption;
import org.airshed.core.model.multi.MultiPolicy;
import org.airshed.core.model.multi.MultiPollutantScenario;
import org.airshed.core.model.multi.MultiSource;
import org.airshed.core.model.multi.MultiTransfer;

/**
 * Seeded random version-2 markets: 2–3 pollutants of which 2–3 are capped, 2–4 regions with
 * population, gdp and per-pollutant duties, sources with co-control options (some that cannot abate)
 * or per-pollutant step and quadratic curves, signed transfer rows and a receptor limit. Caps are
 * drawn within what one option share per capped pollutant can reach, so every instance is feasible;
 * some are slack (price 0) and most are not whole numbers (issued rounded down).
 */
final class RandomMultiMarkets {
    private RandomMultiMarkets() {
    }

    static MultiPollutantScenario draw(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int pCount = 2 + rnd.nextInt(2);
        List<String> pollutants = new ArrayList<>();
        for (int p = 0; p < pCount; p++) {
            pollutants.add(List.of("SO2", "NOx", "PM2.5").get(p));
        }
        int rCount = 2 + rnd.nextInt(3);
        List<Region> regions = new ArrayList<>();
        for (int r = 0; r < rCount; r++) {
            regions.add(new Region("R" + r, "R" + r, OptionalDouble.of(1e6 * (1 + rnd.nextInt(9))),
                    OptionalDouble.of(1e9 * (1 + rnd.nextInt(9))), 0, 10, 0));
        }
        int n = 3 + rnd.nextInt(10);
        List<MultiSource> sources = new ArrayList<>();
        double[] reach = new double[pCount];
        double[] total = new double[pCount];
        double[][] regionBaseline = new double[rCount][pCount];
        for (int i = 0; i < n; i++) {
            int r = i < rCount ? i : rnd.nextInt(rCount);
            Map<String, Double> e = new LinkedHashMap<>();
            for (int p = 0; p < pCount; p++) {
                double amount = rnd.nextInt(6) == 0 ? 0 : Math.round(1000 * (1 + 99 * rnd.nextDouble())) / 1000.0;
                e.put(pollutants.get(p), amount);
                total[p] += amount;
                regionBaseline[r][p] += amount;
            }
            if (rnd.nextBoolean()) {
                sources.add(new MultiSource("s" + i, "R" + r, null, null, e, null, options(rnd, pollutants, e, reach)));
            } else {
                sources.add(new MultiSource("s" + i, "R" + r, null, null, e, curves(rnd, pollutants, e, reach), null));
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int p = 0; p < pCount; p++) {
            order.add(p);
        }
        java.util.Collections.shuffle(order, new java.util.Random(rnd.nextLong()));
        int cappedCount = Math.min(pCount, 2 + rnd.nextInt(2));
        Map<String, Double> caps = new LinkedHashMap<>();
        for (int c = 0; c < cappedCount; c++) {
            int p = order.get(c);
            double cut = rnd.nextInt(8) == 0 ? -rnd.nextDouble() * 10 : (0.05 + 0.85 * rnd.nextDouble()) * reach[p]
                    / cappedCount;
            caps.put(pollutants.get(p), Math.max(0, total[p] - cut));
        }
        Map<String, Map<String, Double>> duties = new LinkedHashMap<>();
        Map<String, Map<String, Map<String, Double>>> transfer = new LinkedHashMap<>();
        for (int r = 0; r < rCount; r++) {
            Map<String, Double> duty = new LinkedHashMap<>();
            Map<String, Map<String, Double>> row = new LinkedHashMap<>();
            for (int p = 0; p < pCount; p++) {
                duty.put(pollutants.get(p), regionBaseline[r][p] * 0.5 * rnd.nextDouble());
                Map<String, Double> cells = new LinkedHashMap<>();
                for (int s = 0; s < rCount; s++) {
                    cells.put("R" + s, (s == r ? 0.02 : 0.005) * rnd.nextDouble() - (p == 1 ? 0.004 : 0));
                }
                row.put(pollutants.get(p), cells);
            }
            duties.put("R" + r, duty);
            transfer.put("R" + r, row);
        }
        return new MultiPollutantScenario("random-" + seed, null, seed, null, null, pollutants, regions, null,
                new MultiTransfer(transfer), sources, new MultiPolicy(caps, Map.of("R0", 10.0), duties));
    }

    /** 0–3 options (none: the source cannot abate); reach[p] grows by the best removal of p. */
    private static List<CoControlOption> options(SplittableRandom rnd, List<String> pollutants, Map<String, Double> e,
                                                 double[] reach) {
        int count = rnd.nextInt(4);
        double[] best = new double[pollutants.size()];
        List<CoControlOption> options = new ArrayList<>();
        for (int o = 0; o < count; o++) {
            Map<String, Double> removal = new LinkedHashMap<>();
            for (int p = 0; p < pollutants.size(); p++) {
                double f = rnd.nextInt(3) == 0 ? 0 : Math.round(1000 * rnd.nextDouble()) / 1000.0;
                removal.put(pollutants.get(p), f);
                best[p] = Math.max(best[p], f * e.get(pollutants.get(p)));
            }
            options.add(new CoControlOption("o" + o, removal, Math.round(100 * 10000 * rnd.nextDouble()) / 100.0));
        }
        for (int p = 0; p < best.length; p++) {
            reach[p] += best[p];
        }
        return options;
    }

    /** Per pollutant: blocks, a quadratic, or nothing; reach[p] grows by the curve's end. */
    private static Map<String, AbatementCurve> curves(SplittableRandom rnd, List<String> pollutants,
                                                      Map<String, Double> e, double[] reach) {
        Map<String, AbatementCurve> curves = new LinkedHashMap<>();
        for (int p = 0; p < pollutants.size(); p++) {
            double baseline = e.get(pollutants.get(p));
            int kind = baseline == 0 ? 0 : rnd.nextInt(5);
            if (kind == 0) {
                continue;
            }
            AbatementCurve curve;
            if (kind == 1) {
                double max = baseline * (0.2 + 0.8 * rnd.nextDouble());
                curve = new QuadraticCurve(50 * rnd.nextDouble(), 0.1 + 20 * rnd.nextDouble(), max);
            } else {
                List<Step> steps = new ArrayList<>();
                double left = baseline;
                int unitCost = 0;
                for (int k = 0; k < kind - 1; k++) {
                    double amount = Math.floor(1000 * left * rnd.nextDouble()) / 1000.0;
                    left -= amount;
                    unitCost += 1 + rnd.nextInt(150);
                    steps.add(new Step(amount, unitCost));
                }
                curve = new StepCurve(steps);
            }
            reach[p] += curve.maxAbatement();
            curves.put(pollutants.get(p), curve);
        }
        return curves;
    }
}
