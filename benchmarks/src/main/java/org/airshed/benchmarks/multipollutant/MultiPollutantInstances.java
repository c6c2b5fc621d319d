package org.airshed.benchmarks.multipollutant;

import java.util.SplittableRandom;
import org.airshed.core.allocation.multi.MultiPollutantProblem;
import org.airshed.core.allocation.multi.MultiPollutantProblemBuilder;

/**
 * Seeded multi-pollutant benchmark instances: N sources over {@value #REGIONS} regions, three
 * pollutants (SO2, NOx, primary PM2.5), half the sources with three blocks per pollutant and half
 * with three co-control options (an FGD-like one cutting SO2 and PM, an SCR-like one cutting NOx,
 * and a dearer one cutting all three), a cap per pollutant asking for 35 % of what the sources can
 * give, and K receptor rows in the style of PM2.5 source–receptor matrices: sulphate from SO2,
 * nitrate from NOx (negative, titration, at the receptor's own region in one row of three) and
 * primary PM, decaying with a random distance; each row asks for 30 % of the most it can get from
 * its positive coefficients. Invented numbers, for timing only. Blocks and options only, so the
 * instance is an LP that GLOP solves as it is.
 */
final class MultiPollutantInstances {
    static final long SEED = 20_261_206L;
    static final int REGIONS = 200;
    static final int POLLUTANTS = 3;
    static final String[] POLLUTANT_IDS = {"SO2", "NOx", "PM2.5"};

    private MultiPollutantInstances() {
    }

    static MultiPollutantProblem problem(int sources, int receptors) {
        return problem(sources, receptors, SEED);
    }

    static MultiPollutantProblem problem(int sources, int receptors, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        String[] regionIds = new String[REGIONS];
        for (int r = 0; r < REGIONS; r++) {
            regionIds[r] = "R" + r;
        }
        MultiPollutantProblemBuilder b = MultiPollutantProblem.builder(POLLUTANT_IDS, regionIds);
        double[][] regionMax = new double[REGIONS][POLLUTANTS];
        double[] e = new double[POLLUTANTS];
        double[] amounts = new double[3];
        double[] costs = new double[3];
        for (int i = 0; i < sources; i++) {
            int r = rnd.nextInt(REGIONS);
            e[0] = 50 + 950 * rnd.nextDouble();
            e[1] = 20 + 480 * rnd.nextDouble();
            e[2] = 5 + 95 * rnd.nextDouble();
            if (rnd.nextBoolean()) {
                b.curveSource(r, e);
                for (int p = 0; p < POLLUTANTS; p++) {
                    double left = 0.95 * e[p];
                    double price = (p == 2 ? 2_000 : 1_000) * (0.2 + rnd.nextDouble());
                    for (int k = 0; k < 3; k++) {
                        amounts[k] = left * (0.3 + 0.4 * rnd.nextDouble());
                        left -= amounts[k];
                        costs[k] = price;
                        price *= 1.2 + 2 * rnd.nextDouble();
                        regionMax[r][p] += amounts[k];
                    }
                    b.steps(p, amounts, costs);
                }
            } else {
                b.optionSource(r, e);
                double fgd = 0.85 + 0.1 * rnd.nextDouble();
                double scr = 0.7 + 0.2 * rnd.nextDouble();
                b.option(e[0] * fgd * 800 * (0.5 + rnd.nextDouble()), new double[] {fgd, 0, 0.3});
                b.option(e[1] * scr * 1_500 * (0.5 + rnd.nextDouble()), new double[] {0, scr, 0});
                b.option((e[0] * 900 + e[1] * 1_700 + e[2] * 3_000) * (0.5 + rnd.nextDouble()),
                        new double[] {fgd, scr, 0.6});
                regionMax[r][0] += fgd * e[0];
                regionMax[r][1] += scr * e[1];
                regionMax[r][2] += 0.6 * e[2];
            }
        }
        for (int p = 0; p < POLLUTANTS; p++) {
            double total = 0;
            for (int r = 0; r < REGIONS; r++) {
                total += regionMax[r][p];
            }
            b.cap(p, 0.35 * total);
        }
        double[] perMass = {0.6e-4, 0.4e-4, 1.0e-4}; // µg/m³ per t: sulphate, nitrate, primary PM
        for (int k = 0; k < receptors; k++) {
            int home = rnd.nextInt(REGIONS);
            boolean titration = k % 3 == 0;
            double[] t = new double[POLLUTANTS * REGIONS];
            double most = 0;
            for (int r = 0; r < REGIONS; r++) {
                double decay = r == home ? 1 : Math.exp(-3 * rnd.nextDouble()) * (rnd.nextInt(4) == 0 ? 0 : 0.3);
                for (int p = 0; p < POLLUTANTS; p++) {
                    double c = perMass[p] * decay * (0.5 + rnd.nextDouble());
                    if (p == 1 && titration && r == home) {
                        c = -0.5 * c;
                    }
                    t[p * REGIONS + r] = c;
                    most += Math.max(c, 0) * regionMax[r][p];
                }
            }
            b.receptor(t, 0.3 * most);
        }
        return b.build();
    }
}
