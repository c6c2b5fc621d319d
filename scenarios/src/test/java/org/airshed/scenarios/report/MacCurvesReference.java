package org.airshed.scenarios.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.airshed.core.allocation.AllocationProblem;
import org.airshed.core.util.PrimitiveLists;

/**
 * The construction of mac.csv's curves before issue 17's single sort, kept as the reference for
 * {@link MacCurves}: the total and every region each build their own event lists and sort them by
 * price with a plain stable comparison sort, and each curve is swept twice (count, then keep).
 */
final class MacCurvesReference {
    static final int TOTAL_ROWS = 200_000;
    static final int REGION_ROWS = 800_000;
    static final int MIN_REGION_ROWS = 100;

    private MacCurvesReference() {
    }

    /** The total curve first, then each region's in the problem's order. */
    static List<MacCurve> of(AllocationProblem problem) {
        return of(problem, TOTAL_ROWS, Math.max(MIN_REGION_ROWS, REGION_ROWS / Math.max(1, problem.regionCount())));
    }

    static List<MacCurve> of(AllocationProblem problem, int totalRows, int regionRows) {
        int regions = problem.regionCount();
        int[] count = new int[regions + 1];
        for (int i = 0; i < problem.sourceCount(); i++) {
            count[problem.sourceRegion(i) + 1]++;
        }
        for (int r = 0; r < regions; r++) {
            count[r + 1] += count[r];
        }
        int[] byRegion = new int[problem.sourceCount()];
        int[] fill = Arrays.copyOf(count, regions);
        for (int i = 0; i < problem.sourceCount(); i++) {
            byRegion[fill[problem.sourceRegion(i)]++] = i;
        }
        List<MacCurve> curves = new ArrayList<>(regions + 1);
        curves.add(curve(null, supply(problem, byRegion, 0, byRegion.length), totalRows));
        for (int r = 0; r < regions; r++) {
            curves.add(curve(problem.regionId(r), supply(problem, byRegion, count[r], count[r + 1]), regionRows));
        }
        return curves;
    }

    /** The curve of one set of sources, with at most {@code maxRows} points. */
    static MacCurve curve(String region, MacCurves.Supply s, int maxRows) {
        Events events = Events.of(s);
        int points = events.sweep(null, null);
        if (points == 0) {
            return new MacCurve(region, new double[0], new double[0], new double[0], 0);
        }
        CurveThinning thinning = points <= maxRows ? null : new CurveThinning(Math.max(1, (maxRows - 2) / 2),
                events.first(), events.last(), s.maxAbatement());
        Points out = new Points();
        events.sweep(out, thinning);
        return new MacCurve(region, out.price.toArray(), out.abatement.toArray(), out.cost.toArray(), points);
    }

    /**
     * Where a curve breaks, sorted: step blocks (price, amount), and quadratic sources entering
     * their range (price linear, slope 1/slope) and leaving it (linear + slope·max).
     */
    private record Events(double[] blockPrice, double[] blockAmount, double[] startPrice, double[] startSlope,
                          double[] endPrice, double[] endSlope) {
        static Events of(MacCurves.Supply s) {
            double[] blockPrice = s.blockCost().clone();
            double[] blockAmount = s.blockAmount().clone();
            stableSort(blockPrice, blockAmount);
            int q = s.quadLinear().length;
            double[] startPrice = s.quadLinear().clone();
            double[] startSlope = new double[q];
            double[] endPrice = new double[q];
            double[] endSlope = new double[q];
            for (int k = 0; k < q; k++) {
                startSlope[k] = 1 / s.quadSlope()[k];
                endPrice[k] = s.quadEnd(k);
                endSlope[k] = startSlope[k];
            }
            stableSort(startPrice, startSlope);
            stableSort(endPrice, endSlope);
            return new Events(blockPrice, blockAmount, startPrice, startSlope, endPrice, endSlope);
        }

        double first() {
            return Math.min(head(blockPrice, 0), head(startPrice, 0));
        }

        double last() {
            return Math.max(blockPrice.length == 0 ? Double.NEGATIVE_INFINITY : blockPrice[blockPrice.length - 1],
                    endPrice.length == 0 ? Double.NEGATIVE_INFINITY : endPrice[endPrice.length - 1]);
        }

        private static double head(double[] prices, int i) {
            return i < prices.length ? prices[i] : Double.POSITIVE_INFINITY;
        }

        /**
         * Walks the prices in order, adding each breakpoint to {@code out} (through {@code thinning}
         * when not null); with {@code out} null only counts them. Returns the number of breakpoints.
         */
        int sweep(Points out, CurveThinning thinning) {
            int b = 0;
            int st = 0;
            int en = 0;
            int points = 0;
            double a = 0;
            double c = 0;
            double slope = 0;
            int active = 0;
            double previous = first();
            double last = last();
            while (b < blockPrice.length || st < startPrice.length || en < endPrice.length) {
                double p = Math.min(head(blockPrice, b), Math.min(head(startPrice, st), head(endPrice, en)));
                if (active > 0) {
                    // Between breakpoints the quadratic sources in their range abate linearly in price; dC = p·dA.
                    double dp = p - previous;
                    a += slope * dp;
                    c += slope * dp * (p + previous) / 2;
                }
                double jump = 0;
                while (b < blockPrice.length && blockPrice[b] == p) {
                    jump += blockAmount[b++];
                }
                points++;
                if (out != null) {
                    out.add(p, a, c, thinning, p == last && jump == 0);
                }
                if (jump > 0) {
                    a += jump;
                    c += jump * p;
                    points++;
                    if (out != null) {
                        out.add(p, a, c, thinning, p == last);
                    }
                }
                while (st < startPrice.length && startPrice[st] == p) {
                    slope += startSlope[st++];
                    active++;
                }
                while (en < endPrice.length && endPrice[en] == p) {
                    slope -= endSlope[en++];
                    active--;
                }
                if (active == 0) {
                    slope = 0; // no drift carried past the last quadratic source in range
                }
                previous = p;
            }
            return points;
        }
    }

    /** The points kept so far. */
    private static final class Points {
        final PrimitiveLists.Doubles price = new PrimitiveLists.Doubles();
        final PrimitiveLists.Doubles abatement = new PrimitiveLists.Doubles();
        final PrimitiveLists.Doubles cost = new PrimitiveLists.Doubles();

        void add(double p, double a, double c, CurveThinning thinning, boolean last) {
            if (thinning == null || thinning.keep(p, a, last)) {
                price.add(p);
                abatement.add(a);
                cost.add(c);
            }
        }
    }

    /** Sorts {@code keys} ascending by a stable comparison sort, moving {@code values[i]} with {@code keys[i]}. */
    private static void stableSort(double[] keys, double[] values) {
        Integer[] order = new Integer[keys.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> keys[i]));
        double[] k = keys.clone();
        double[] v = values.clone();
        for (int i = 0; i < order.length; i++) {
            keys[i] = k[order[i]];
            values[i] = v[order[i]];
        }
    }

    /** The abatement curves of sources {@code sources[from..to)}, in that order (the old construction). */
    private static MacCurves.Supply supply(AllocationProblem p, int[] sources, int from, int to) {
        PrimitiveLists.Doubles cost = new PrimitiveLists.Doubles();
        PrimitiveLists.Doubles amount = new PrimitiveLists.Doubles();
        PrimitiveLists.Doubles linear = new PrimitiveLists.Doubles();
        PrimitiveLists.Doubles slope = new PrimitiveLists.Doubles();
        PrimitiveLists.Doubles max = new PrimitiveLists.Doubles();
        for (int k = from; k < to; k++) {
            int i = sources[k];
            for (int b = 0; b < p.blockCount(i); b++) {
                if (MacCurves.Supply.takes(p, i, b)) {
                    cost.add(p.blockCost(i, b) + 0.0); // −0 as 0: a price is found by its bits
                    amount.add(p.blockAmount(i, b));
                }
            }
            if (p.isQuadratic(i)) {
                linear.add(p.quadLinear(i) + 0.0);
                slope.add(p.quadSlope(i));
                max.add(p.maxAbatement(i));
            }
        }
        return new MacCurves.Supply(cost.toArray(), amount.toArray(), linear.toArray(), slope.toArray(), max.toArray());
    }
}
