package org.airshed.scenarios.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.airshed.core.allocation.AllocationProblem;
import org.airshed.core.util.PrimitiveLists;

/**
 * The marginal-abatement-cost curves of a problem, computed from its solver arrays: for every
 * region and for the total, how much its sources abate, and at what least cost, when every one
 * of them faces the same price. A step block priced at c is taken from c on, a quadratic source
 * abates (p − linear)/slope at price p up to its max: the same rule as the solver's region
 * curves ({@code RegionSupply.response}). Sweeping the distinct prices once in order gives every
 * breakpoint in O(n log n). A curve keeps its breakpoints up to {@value #TOTAL_ROWS} rows for the
 * total and {@value #REGION_ROWS} / regions (at least {@value #MIN_REGION_ROWS}) for each region;
 * a longer one keeps an evenly spread subset of them ({@link CurveThinning}), so mac.csv stays
 * under a million rows at any size.
 */
final class MacCurves {
    static final int TOTAL_ROWS = 200_000;
    static final int REGION_ROWS = 800_000;
    static final int MIN_REGION_ROWS = 100;

    private MacCurves() {
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
        curves.add(curve(null, Supply.of(problem, byRegion, 0, byRegion.length), totalRows));
        for (int r = 0; r < regions; r++) {
            curves.add(curve(problem.regionId(r), Supply.of(problem, byRegion, count[r], count[r + 1]), regionRows));
        }
        return curves;
    }

    /** The curve of one set of sources, with at most {@code maxRows} points. */
    static MacCurve curve(String region, Supply s, int maxRows) {
        double[] prices = s.eventPrices();
        int m = prices.length;
        double[] jump = new double[m];
        double[] slopeChange = new double[m];
        int[] activeChange = new int[m];
        for (int b = 0; b < s.blockCost.length; b++) {
            jump[Arrays.binarySearch(prices, s.blockCost[b])] += s.blockAmount[b];
        }
        for (int q = 0; q < s.quadLinear.length; q++) {
            int start = Arrays.binarySearch(prices, s.quadLinear[q]);
            int end = Arrays.binarySearch(prices, s.quadEnd(q));
            slopeChange[start] += 1 / s.quadSlope[q];
            slopeChange[end] -= 1 / s.quadSlope[q];
            activeChange[start]++;
            activeChange[end]--;
        }
        int points = m;
        for (double j : jump) {
            points += j > 0 ? 1 : 0;
        }
        CurveThinning thinning = points <= maxRows ? null
                : new CurveThinning(Math.max(1, (maxRows - 2) / 2), prices[0], prices[m - 1], s.maxAbatement());
        Points out = new Points();
        double a = 0;
        double c = 0;
        double slope = 0;
        int active = 0;
        double previous = m > 0 ? prices[0] : 0;
        for (int k = 0; k < m; k++) {
            double p = prices[k];
            if (active > 0) {
                // Between breakpoints the quadratic sources in their range abate linearly in price; dC = p·dA.
                double dp = p - previous;
                a += slope * dp;
                c += slope * dp * (p + previous) / 2;
            }
            boolean lastPrice = k == m - 1;
            out.add(p, a, c, thinning, lastPrice && jump[k] == 0);
            if (jump[k] > 0) {
                a += jump[k];
                c += jump[k] * p;
                out.add(p, a, c, thinning, lastPrice);
            }
            slope += slopeChange[k];
            active += activeChange[k];
            if (active == 0) {
                slope = 0; // no drift carried past the last quadratic source in range
            }
            previous = p;
        }
        return new MacCurve(region, out.price.toArray(), out.abatement.toArray(), out.cost.toArray(), points);
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

    /** The abatement curves of a set of sources: step blocks with an amount, and quadratic sources. */
    record Supply(double[] blockCost, double[] blockAmount, double[] quadLinear, double[] quadSlope,
                  double[] quadMax) {
        static Supply of(AllocationProblem p, int[] sources, int from, int to) {
            PrimitiveLists.Doubles cost = new PrimitiveLists.Doubles();
            PrimitiveLists.Doubles amount = new PrimitiveLists.Doubles();
            PrimitiveLists.Doubles linear = new PrimitiveLists.Doubles();
            PrimitiveLists.Doubles slope = new PrimitiveLists.Doubles();
            PrimitiveLists.Doubles max = new PrimitiveLists.Doubles();
            for (int k = from; k < to; k++) {
                int i = sources[k];
                for (int b = 0; b < p.blockCount(i); b++) {
                    if (p.blockAmount(i, b) > 0) {
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
            return new Supply(cost.toArray(), amount.toArray(), linear.toArray(), slope.toArray(), max.toArray());
        }

        double quadEnd(int q) {
            return quadLinear[q] + quadSlope[q] * quadMax[q] + 0.0;
        }

        /** Every price where the curve breaks (a block's unit cost, a quadratic's start and end), sorted, once each. */
        double[] eventPrices() {
            double[] events = new double[blockCost.length + 2 * quadLinear.length];
            System.arraycopy(blockCost, 0, events, 0, blockCost.length);
            for (int q = 0; q < quadLinear.length; q++) {
                events[blockCost.length + 2 * q] = quadLinear[q];
                events[blockCost.length + 2 * q + 1] = quadEnd(q);
            }
            Arrays.sort(events);
            int distinct = 0;
            for (int k = 0; k < events.length; k++) {
                if (k == 0 || events[k] != events[distinct - 1]) {
                    events[distinct++] = events[k];
                }
            }
            return Arrays.copyOf(events, distinct);
        }

        double maxAbatement() {
            double total = 0;
            for (double a : blockAmount) {
                total += a;
            }
            for (double m : quadMax) {
                total += m;
            }
            return total;
        }
    }
}
