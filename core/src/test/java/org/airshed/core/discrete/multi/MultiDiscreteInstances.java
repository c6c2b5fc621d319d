package org.airshed.core.discrete.multi;

import java.util.SplittableRandom;
import org.airshed.core.allocation.multi.MultiPollutantProblem;
import org.airshed.core.allocation.multi.MultiPollutantProblemBuilder;

/**
 * Seeded random discrete instances with several pollutants: 2–3 pollutants, 2–4 regions, co-control
 * options (single-pollutant measures, combined ones, with fixed-cost-like prices), caps on some
 * pollutants and receptor limits whose transfer coefficients are signed (the last pollutant's may be
 * negative, as nitrate titration). Requirements are a random fraction of what the sources can reach,
 * so that some instances are infeasible in discrete mode only, or at all.
 */
final class MultiDiscreteInstances {
    private MultiDiscreteInstances() {
    }

    /** 5–30 sources. */
    static MultiPollutantProblem small(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        return draw(random, 5 + random.nextInt(26), 1 + random.nextInt(4));
    }

    /** 2–6 sources with 1–3 options: brute force enumerates them. */
    static MultiPollutantProblem tiny(long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x7a11L);
        return draw(random, 2 + random.nextInt(5), 1 + random.nextInt(3));
    }

    private static MultiPollutantProblem draw(SplittableRandom random, int sources, int maxOptions) {
        int pCount = 2 + random.nextInt(2);
        int rCount = 2 + random.nextInt(3);
        String[] pollutants = names("P", pCount);
        String[] regions = names("R", rCount);
        MultiPollutantProblemBuilder b = MultiPollutantProblem.builder(pollutants, regions);
        double[][] emissions = new double[sources][pCount];
        double[][][] removals = new double[sources][][];
        int[] region = new int[sources];
        for (int i = 0; i < sources; i++) {
            region[i] = random.nextInt(rCount);
            for (int p = 0; p < pCount; p++) {
                emissions[i][p] = random.nextInt(5) == 0 ? 0 : 10 + random.nextDouble() * 990;
            }
            b.optionSource(region[i], emissions[i]);
            int options = 1 + random.nextInt(maxOptions);
            removals[i] = new double[options][];
            for (int o = 0; o < options; o++) {
                double[] removal = new double[pCount];
                double size = 0;
                for (int p = 0; p < pCount; p++) {
                    removal[p] = random.nextInt(3) == 0 ? 0 : 0.2 + 0.78 * random.nextDouble();
                    size += removal[p] * emissions[i][p];
                }
                removals[i][o] = removal;
                // Unit cost times what it removes, plus a fixed part: averages differ from margins.
                double cost = size * (200 + 1800 * random.nextDouble()) + random.nextDouble() * 2e5;
                b.option(Math.rint(cost), removal);
            }
        }
        for (int p = 0; p < pCount; p++) {
            if (random.nextInt(3) > 0) {
                double most = 0;
                for (int i = 0; i < sources; i++) {
                    double m = 0;
                    for (double[] removal : removals[i]) {
                        m = Math.max(m, removal[p] * emissions[i][p]);
                    }
                    most += m;
                }
                b.cap(p, most * (0.1 + 0.95 * random.nextDouble()));
            }
        }
        int receptors = random.nextInt(3);
        for (int k = 0; k < receptors; k++) {
            double[] row = new double[pCount * rCount];
            for (int p = 0; p < pCount; p++) {
                for (int r = 0; r < rCount; r++) {
                    double t = random.nextDouble() * 1e-3;
                    row[p * rCount + r] = p == pCount - 1 && random.nextInt(3) == 0 ? -0.4 * t : t;
                }
            }
            double reachable = 0;
            for (int i = 0; i < sources; i++) {
                double m = 0;
                for (double[] removal : removals[i]) {
                    double u = 0;
                    for (int p = 0; p < pCount; p++) {
                        u += row[p * rCount + region[i]] * removal[p] * emissions[i][p];
                    }
                    m = Math.max(m, u);
                }
                reachable += m;
            }
            b.receptor(row, reachable * (0.1 + 0.95 * random.nextDouble()));
        }
        return b.build();
    }

    /** {@code prefix0, prefix1, ...}: the pollutants and regions of a drawn instance. */
    static String[] names(String prefix, int count) {
        String[] names = new String[count];
        for (int i = 0; i < count; i++) {
            names[i] = prefix + i;
        }
        return names;
    }
}
