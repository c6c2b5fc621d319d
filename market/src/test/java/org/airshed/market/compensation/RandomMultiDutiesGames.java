package org.airshed.market.compensation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.airshed.core.model.AbatementCurve;
import org.airshed.core.model.Region;
import org.airshed.core.model.Step;
import org.airshed.core.model.StepCurve;
import org.airshed.core.model.multi.CoControlOption;
import org.airshed.core.model.multi.MultiPolicy;
import org.airshed.core.model.multi.MultiPollutantScenario;
import org.airshed.core.model.multi.MultiSource;
import org.airshed.core.model.multi.MultiTransfer;

/**
 * Seeded random version-2 duties games in the shape of the numerical review's generator (revC mk4):
 * 1–3 pollutants, 2–5 regions of 1–2 sources (step curves, a pollutant a source cannot abate, or
 * co-control options), duties of 0 where a region cannot abate a pollutant, receptors that only some
 * regions reach, limits below the duties' concentration (the duties break them), near it or far above,
 * and caps at exactly the baseline less the duties (rounding leaves the stand-alone emissions a few
 * bits either side), around it, or none. Steps and options only, so a dense LP is a reference.
 */
final class RandomMultiDutiesGames {
    private static final List<String> POLLUTANTS = List.of("SO2", "NOx", "PM2.5");

    private RandomMultiDutiesGames() {
    }

    static MultiPollutantScenario draw(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<String> pollutants = POLLUTANTS.subList(0, 1 + rnd.nextInt(3));
        int pCount = pollutants.size();
        int rCount = 2 + rnd.nextInt(4);
        List<MultiSource> sources = new ArrayList<>();
        double[][] baseline = new double[rCount][pCount];
        double[][] reach = new double[rCount][pCount];
        for (int r = 0; r < rCount; r++) {
            for (int s = 1 + rnd.nextInt(2); s > 0; s--) {
                Map<String, Double> e = new LinkedHashMap<>();
                for (int p = 0; p < pCount; p++) {
                    double amount = rnd.nextInt(6) == 0 ? 0 : 500 + rnd.nextInt(4501);
                    e.put(pollutants.get(p), amount);
                    baseline[r][p] += amount;
                }
                String id = id(r) + (sources.size() + 1);
                if (rnd.nextInt(4) == 0) {
                    sources.add(new MultiSource(id, id(r), null, null, e, null, options(rnd, pollutants, e, reach[r])));
                } else {
                    sources.add(new MultiSource(id, id(r), null, null, e, curves(rnd, pollutants, e, reach[r]), null));
                }
            }
        }
        Map<String, Map<String, Double>> duties = new LinkedHashMap<>();
        double[][] duty = new double[rCount][pCount];
        for (int r = 0; r < rCount; r++) {
            Map<String, Double> row = new LinkedHashMap<>();
            for (int p = 0; p < pCount; p++) {
                // A region that cannot abate a pollutant has duty 0 of it (n24's SO2).
                duty[r][p] = reach[r][p] == 0 || rnd.nextInt(5) == 0 ? 0
                        : Math.round(1000 * reach[r][p] * rnd.nextDouble(0.05, 0.8)) / 1000.0;
                row.put(pollutants.get(p), duty[r][p]);
            }
            duties.put(id(r), row);
        }
        List<Region> regions = new ArrayList<>();
        Map<String, Map<String, Map<String, Double>>> transfer = new LinkedHashMap<>();
        Map<String, Double> limits = new LinkedHashMap<>();
        int receptors = 1 + rnd.nextInt(Math.min(2, rCount));
        for (int j = 0; j < rCount; j++) {
            boolean receptor = j < receptors;
            double background = receptor ? Math.round(1000 * rnd.nextDouble(1, 20)) / 1000.0 : 0;
            regions.add(new Region(id(j), null, OptionalDouble.empty(), OptionalDouble.empty(), 0, background, 0));
            if (!receptor) {
                continue;
            }
            Map<String, Map<String, Double>> row = new LinkedHashMap<>();
            double atBaseline = background;
            double ofDuties = 0;
            for (int p = 0; p < pCount; p++) {
                Map<String, Double> cells = new LinkedHashMap<>();
                for (int r = 0; r < rCount; r++) {
                    // Some regions do not reach the receptor at all: their coalitions cannot move its row.
                    if (r == j || rnd.nextBoolean()) {
                        double t = Math.round(1e7 * rnd.nextDouble(1e-4, 9e-4)) / 1e7;
                        cells.put(id(r), t);
                        atBaseline += t * baseline[r][p];
                        ofDuties += t * duty[r][p];
                    }
                }
                row.put(pollutants.get(p), cells);
            }
            transfer.put(id(j), row);
            double limit = switch (rnd.nextInt(3)) {
                case 0 -> atBaseline - 1.5 * ofDuties;
                case 1 -> (atBaseline - ofDuties) * rnd.nextDouble(0.97, 1.03);
                default -> (atBaseline - ofDuties) * 1.2;
            };
            limits.put(id(j), Math.max(0, Math.round(1e4 * limit) / 1e4));
        }
        Map<String, Double> caps = new LinkedHashMap<>();
        for (int p = 0; p < pCount; p++) {
            double total = 0;
            double duties0 = 0;
            for (int r = 0; r < rCount; r++) {
                total += baseline[r][p];
                duties0 += duty[r][p];
            }
            switch (rnd.nextInt(3)) {
                case 0 -> caps.put(pollutants.get(p), total - duties0);
                case 1 -> caps.put(pollutants.get(p), Math.max(0, total - duties0 * rnd.nextDouble(0.9, 1.1)));
                default -> {
                }
            }
        }
        return new MultiPollutantScenario("random-game-" + seed, null, seed, null, null, pollutants, regions, null,
                new MultiTransfer(transfer), sources, new MultiPolicy(caps, limits, duties));
    }

    static String id(int r) {
        return String.valueOf((char) ('A' + r));
    }

    /** Per pollutant: nothing (one in four: it cannot abate), or 1–3 blocks of rising unit cost within 90 % of it. */
    private static Map<String, AbatementCurve> curves(SplittableRandom rnd, List<String> pollutants,
                                                      Map<String, Double> e, double[] reach) {
        Map<String, AbatementCurve> curves = new LinkedHashMap<>();
        for (int p = 0; p < pollutants.size(); p++) {
            double emitted = e.get(pollutants.get(p));
            if (emitted == 0 || rnd.nextInt(4) == 0) {
                continue;
            }
            List<Step> steps = new ArrayList<>();
            double left = 0.9 * emitted;
            int unitCost = 100 + rnd.nextInt(300);
            for (int b = 1 + rnd.nextInt(3); b > 0; b--) {
                double amount = Math.round(1000 * left * rnd.nextDouble(0.3, 0.9)) / 1000.0;
                left -= amount;
                steps.add(new Step(amount, unitCost));
                reach[p] += amount;
                unitCost += 1 + rnd.nextInt(300);
            }
            curves.put(pollutants.get(p), new StepCurve(steps));
        }
        return curves;
    }

    /**
     * 1–3 options removing some pollutants each; reach[p] grows by the best removal of p over the
     * pollutant count, so that a region's duties of every pollutant together stay within its one application.
     */
    private static List<CoControlOption> options(SplittableRandom rnd, List<String> pollutants, Map<String, Double> e,
                                                 double[] reach) {
        List<CoControlOption> options = new ArrayList<>();
        double[] best = new double[pollutants.size()];
        for (int o = 1 + rnd.nextInt(3); o > 0; o--) {
            Map<String, Double> removal = new LinkedHashMap<>();
            for (int p = 0; p < pollutants.size(); p++) {
                if (rnd.nextBoolean()) {
                    double f = Math.round(1e4 * rnd.nextDouble(0.3, 0.95)) / 1e4;
                    removal.put(pollutants.get(p), f);
                    best[p] = Math.max(best[p], f * e.get(pollutants.get(p)));
                }
            }
            options.add(new CoControlOption("o" + o, removal, 10_000 + rnd.nextInt(990_000)));
        }
        for (int p = 0; p < best.length; p++) {
            reach[p] += best[p] / pollutants.size();
        }
        return options;
    }
}
