package org.airshed.core.allocation.multi;

import java.util.SplittableRandom;

/**
 * Seeded random multi-pollutant instances of several flavours, small enough for a dense reference
 * LP. Requirements are drawn as fractions of what the sources can give a row (some above 1, so
 * some instances are infeasible); transfer coefficients are signed in the flavours that say so.
 */
final class MultiRandomProblems {
    enum Flavour {
        STEPS_CAPS, STEPS_SIGNED_RECEPTORS, OPTIONS, MIXED, QUADRATIC, WELFARE, TIES, INFEASIBLE_PRONE, NOTHING_REQUIRED
    }

    private MultiRandomProblems() {
    }

    static MultiPollutantProblem draw(Flavour flavour, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int pollutants = 1 + rnd.nextInt(3);
        int regions = 1 + rnd.nextInt(5);
        int sources = 1 + rnd.nextInt(12);
        String[] pollutantIds = new String[pollutants];
        for (int p = 0; p < pollutants; p++) {
            pollutantIds[p] = "P" + p;
        }
        String[] regionIds = new String[regions];
        for (int r = 0; r < regions; r++) {
            regionIds[r] = "R" + r;
        }
        MultiPollutantProblemBuilder b = MultiPollutantProblem.builder(pollutantIds, regionIds);
        boolean ties = flavour == Flavour.TIES;
        double[][] regionMax = new double[regions][pollutants];
        for (int i = 0; i < sources; i++) {
            int r = rnd.nextInt(regions);
            double[] e = new double[pollutants];
            for (int p = 0; p < pollutants; p++) {
                e[p] = rnd.nextInt(5) == 0 ? 0 : ties ? 10 : 1 + 99 * rnd.nextDouble();
            }
            boolean options = switch (flavour) {
                case OPTIONS -> true;
                case STEPS_CAPS, STEPS_SIGNED_RECEPTORS, QUADRATIC -> false;
                default -> rnd.nextBoolean();
            };
            if (options) {
                b.optionSource(r, e);
                int count = rnd.nextInt(4);
                for (int o = 0; o < count; o++) {
                    double[] removal = new double[pollutants];
                    for (int p = 0; p < pollutants; p++) {
                        removal[p] = rnd.nextInt(3) == 0 ? 0 : ties ? 0.5 : rnd.nextDouble();
                        regionMax[r][p] = Math.max(regionMax[r][p], 0) + removal[p] * e[p] / Math.max(1, count);
                    }
                    double cost = ties ? 100 * (1 + rnd.nextInt(3)) : 1000 * rnd.nextDouble();
                    if (flavour == Flavour.WELFARE && rnd.nextInt(6) == 0) {
                        cost = -cost / 10;
                    }
                    b.option(cost, removal);
                }
            } else {
                b.curveSource(r, e);
                for (int p = 0; p < pollutants; p++) {
                    if (e[p] == 0 || rnd.nextInt(6) == 0) {
                        continue;
                    }
                    boolean quadratic = flavour == Flavour.QUADRATIC
                            || (flavour == Flavour.MIXED || flavour == Flavour.WELFARE) && rnd.nextInt(3) == 0;
                    if (quadratic) {
                        double max = e[p] * (0.3 + 0.7 * rnd.nextDouble());
                        b.quadratic(p, 20 * rnd.nextDouble(), rnd.nextInt(8) == 0 ? 0 : 5 * rnd.nextDouble(), max);
                        regionMax[r][p] += max;
                    } else {
                        int blocks = 1 + rnd.nextInt(4);
                        double[] amounts = new double[blocks];
                        double[] costs = new double[blocks];
                        double left = e[p];
                        double price = ties ? 10 : (flavour == Flavour.WELFARE ? -5 : 0) + 20 * rnd.nextDouble();
                        for (int k = 0; k < blocks; k++) {
                            amounts[k] = ties ? e[p] / 4 : left * rnd.nextDouble();
                            left -= amounts[k];
                            costs[k] = price;
                            price += ties ? 10 * rnd.nextInt(2) : 30 * rnd.nextDouble();
                            regionMax[r][p] += amounts[k];
                        }
                        b.steps(p, amounts, costs);
                    }
                }
            }
        }
        if (flavour == Flavour.NOTHING_REQUIRED) {
            for (int p = 0; p < pollutants; p++) {
                if (rnd.nextBoolean()) {
                    b.cap(p, -rnd.nextDouble() * 10);
                }
            }
            return b.build();
        }
        double reach = flavour == Flavour.INFEASIBLE_PRONE ? 1.3 : 0.7;
        for (int p = 0; p < pollutants; p++) {
            if (flavour == Flavour.STEPS_CAPS || rnd.nextBoolean()) {
                double total = 0;
                for (int r = 0; r < regions; r++) {
                    total += regionMax[r][p];
                }
                b.cap(p, total * reach * rnd.nextDouble());
            }
        }
        int receptors = flavour == Flavour.STEPS_CAPS ? 0 : rnd.nextInt(4);
        boolean signed = flavour != Flavour.TIES;
        for (int k = 0; k < receptors; k++) {
            double[] t = new double[pollutants * regions];
            double most = 0;
            for (int p = 0; p < pollutants; p++) {
                for (int r = 0; r < regions; r++) {
                    double c = rnd.nextInt(4) == 0 ? 0 : ties ? 0.5 : rnd.nextDouble();
                    if (signed && rnd.nextInt(5) == 0) {
                        c = -0.3 * c;
                    }
                    t[p * regions + r] = c;
                    most += Math.max(c, 0) * regionMax[r][p];
                }
            }
            b.receptor(t, most * reach * rnd.nextDouble());
        }
        if (flavour == Flavour.WELFARE || flavour == Flavour.MIXED && rnd.nextBoolean()) {
            double[] w = new double[pollutants * regions];
            for (int j = 0; j < w.length; j++) {
                w[j] = 15 * rnd.nextDouble();
            }
            b.weights(w);
        }
        return b.build();
    }
}
