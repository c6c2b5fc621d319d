package org.airshed.scenarios.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.airshed.core.allocation.AllocationProblem;
import org.airshed.core.allocation.Workers;
import org.airshed.core.util.PrimitiveLists;

/**
 * The marginal-abatement-cost curves of a problem, computed from its solver arrays: for every
 * region and for the total, how much its sources abate, and at what least cost, when every one
 * of them faces the same price. A step block priced at c is taken from c on, a quadratic source
 * abates (p − linear)/slope at price p up to its max: the same rule as the solver's region
 * curves ({@code RegionSupply.response}). The sorted events come from the solver's per-region
 * sorted blocks where their order fits ({@link MergedMacCurves}); else ({@link #bySort}, the
 * reference) the problem's arrays are read in source order (no gather by region) and each list
 * of events is sorted once (a stable radix sort that carries each event's value and region
 * along) for the total and dealt out to the regions in that order. One sweep of the distinct
 * prices in order gives every breakpoint in O(n). A curve keeps its breakpoints up to {@value #TOTAL_ROWS} rows for the
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

    /** The total curve first, then each region's in the problem's order; on the machine's cores. */
    static List<MacCurve> of(AllocationProblem problem) {
        return of(problem, TOTAL_ROWS, Math.max(MIN_REGION_ROWS, REGION_ROWS / Math.max(1, problem.regionCount())));
    }

    static List<MacCurve> of(AllocationProblem problem, int totalRows, int regionRows) {
        return of(problem, totalRows, regionRows, Workers.of(Runtime.getRuntime().availableProcessors()));
    }

    /**
     * From the solver's per-region sorted blocks ({@link MergedMacCurves}) where their order is the
     * one this class's own sort gives, else by {@link #bySort}: the same curves either way, bit for bit.
     */
    static List<MacCurve> of(AllocationProblem problem, int totalRows, int regionRows, Workers workers) {
        List<MacCurve> merged = MergedMacCurves.of(problem, totalRows, regionRows, workers);
        return merged != null ? merged : bySort(problem, totalRows, regionRows);
    }

    /**
     * The curves with a sort of their own (the reference, and the path for blocks the solver's order
     * does not fit): every block sorted once for the total and dealt out to the regions.
     */
    static List<MacCurve> bySort(AllocationProblem problem, int totalRows, int regionRows) {
        int regions = problem.regionCount();
        int[] blockFrom = new int[regions + 1];
        int[] quadFrom = new int[regions + 1];
        // Sources in region order: each region's blocks and quadratic sources are a slice of the total's.
        Supply all = Supply.inRegionOrder(problem, blockFrom, quadFrom);
        Events[] events = Events.of(all, blockFrom, quadFrom);
        List<MacCurve> curves = new ArrayList<>(regions + 1);
        curves.add(curve(null, events[0], all.maxAbatement(), totalRows));
        for (int r = 0; r < regions; r++) {
            double most = all.maxAbatement(blockFrom[r], blockFrom[r + 1], quadFrom[r], quadFrom[r + 1]);
            curves.add(curve(problem.regionId(r), events[r + 1], most, regionRows));
        }
        return curves;
    }

    /** The curve of one set of sources, with at most {@code maxRows} points; {@code maxAbatement} in their mass unit. */
    static MacCurve curve(String region, Events events, double maxAbatement, int maxRows) {
        if (events.isEmpty()) {
            return new MacCurve(region, new double[0], new double[0], new double[0], 0);
        }
        // One sweep feeds both the whole curve (while it fits) and its thinning; the count decides which is kept.
        // A sweep makes at most two points an event (a price, then its jump): room for them all, up to what each keeps.
        long most = 2L * events.count();
        int spread = Math.max(1, (maxRows - 2) / 2);
        Points whole = new Points(maxRows, (int) Math.min(maxRows, most));
        Points thinned = new Points(new CurveThinning(spread, events.first(), events.last(), maxAbatement),
                (int) Math.min(2L * spread + 2, most));
        int points = events.sweep(whole, thinned);
        Points out = points <= maxRows ? whole : thinned;
        return new MacCurve(region, out.price.toArray(), out.abatement.toArray(), out.cost.toArray(), points);
    }

    /**
     * Where a curve breaks, sorted: step blocks (price, amount) {@code blockFrom} to {@code blockTo}
     * − 1 of their arrays, and quadratic sources entering their range (price linear, slope 1/slope)
     * and leaving it (linear + slope·max).
     */
    record Events(double[] blockPrice, double[] blockAmount, int blockFrom, int blockTo, double[] startPrice,
                  double[] startSlope, double[] endPrice, double[] endSlope) {
        /**
         * The total's events and then each region's, from sources in region order (region r's blocks are
         * {@code blockFrom[r]} to {@code blockFrom[r + 1]}, its quadratic sources likewise): each list is sorted
         * once, stably, for the total, and dealt out to the regions in that order, which is each region's own
         * stable sort.
         */
        static Events[] of(Supply s, int[] blockFrom, int[] quadFrom) {
            Dealt blocks = Dealt.of(s.blockCost, s.blockAmount, blockFrom);
            Dealt[] quads = quadEvents(s, quadFrom);
            Events[] events = new Events[blockFrom.length];
            for (int r = 0; r < events.length; r++) {
                events[r] = new Events(blocks.keys[r], blocks.values[r], 0, blocks.keys[r].length, quads[0].keys[r],
                        quads[0].values[r], quads[1].keys[r], quads[1].values[r]);
            }
            return events;
        }

        /** The quadratic sources' starts and ends, each sorted for the total and dealt out to the regions. */
        static Dealt[] quadEvents(Supply s, int[] quadFrom) {
            int q = s.quadLinear.length;
            double[] startSlope = new double[q];
            double[] endPrice = new double[q];
            for (int k = 0; k < q; k++) {
                startSlope[k] = 1 / s.quadSlope[k];
                endPrice[k] = s.quadEnd(k);
            }
            return new Dealt[] {Dealt.of(s.quadLinear, startSlope, quadFrom), Dealt.of(endPrice, startSlope, quadFrom)};
        }

        boolean isEmpty() {
            return blockFrom == blockTo && startPrice.length == 0 && endPrice.length == 0;
        }

        /** The number of events: blocks, quadratic starts and ends. */
        long count() {
            return (long) (blockTo - blockFrom) + startPrice.length + endPrice.length;
        }

        double first() {
            return Math.min(blockFrom < blockTo ? blockPrice[blockFrom] : Double.POSITIVE_INFINITY,
                    head(startPrice, 0));
        }

        double last() {
            return Math.max(blockFrom < blockTo ? blockPrice[blockTo - 1] : Double.NEGATIVE_INFINITY,
                    endPrice.length == 0 ? Double.NEGATIVE_INFINITY : endPrice[endPrice.length - 1]);
        }

        private static double head(double[] prices, int i) {
            return i < prices.length ? prices[i] : Double.POSITIVE_INFINITY;
        }

        /**
         * Walks the prices in order once, offering each breakpoint to both {@code whole} and
         * {@code thinned}. Returns the number of breakpoints.
         */
        int sweep(Points whole, Points thinned) {
            int b = blockFrom;
            int st = 0;
            int en = 0;
            int points = 0;
            double a = 0;
            double c = 0;
            double slope = 0;
            int active = 0;
            double previous = first();
            double last = last();
            while (b < blockTo || st < startPrice.length || en < endPrice.length) {
                double p = Math.min(b < blockTo ? blockPrice[b] : Double.POSITIVE_INFINITY,
                        Math.min(head(startPrice, st), head(endPrice, en)));
                if (active > 0) {
                    // Between breakpoints the quadratic sources in their range abate linearly in price; dC = p·dA.
                    double dp = p - previous;
                    a += slope * dp;
                    c += slope * dp * (p + previous) / 2;
                }
                double jump = 0;
                while (b < blockTo && blockPrice[b] == p) {
                    jump += blockAmount[b++];
                }
                points++;
                whole.add(p, a, c, p == last && jump == 0);
                thinned.add(p, a, c, p == last && jump == 0);
                if (jump > 0) {
                    a += jump;
                    c += jump * p;
                    points++;
                    whole.add(p, a, c, p == last);
                    thinned.add(p, a, c, p == last);
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

    /**
     * One list of events sorted by price, stably, for the total ({@code keys[0]}) and, dealt out in
     * that order, for each region r ({@code keys[r + 1]}), each value moving with its key.
     */
    record Dealt(double[][] keys, double[][] values) {
        static Dealt of(double[] keys, double[] values, int[] from) {
            int regions = from.length - 1;
            int[] region = new int[keys.length];
            for (int r = 0; r < regions; r++) {
                Arrays.fill(region, from[r], from[r + 1], r);
            }
            // The values and regions move with their keys: the deal below reads in order, no gather by index.
            PairSort.Sorted sorted = PairSort.sort(keys, values, region);
            double[][] sortedKeys = new double[regions + 1][];
            double[][] sortedValues = new double[regions + 1][];
            sortedKeys[0] = sorted.keys();
            sortedValues[0] = sorted.values();
            for (int r = 0; r < regions; r++) {
                sortedKeys[r + 1] = new double[from[r + 1] - from[r]];
                sortedValues[r + 1] = new double[from[r + 1] - from[r]];
            }
            int[] fill = new int[regions];
            int[] tags = sorted.tags();
            for (int k = 0; k < tags.length; k++) {
                int r = tags[k];
                sortedKeys[r + 1][fill[r]] = sortedKeys[0][k];
                sortedValues[r + 1][fill[r]++] = sortedValues[0][k];
            }
            return new Dealt(sortedKeys, sortedValues);
        }
    }

    /** The points kept so far: all of them up to a budget, or those a thinning keeps. */
    private static final class Points {
        final PrimitiveLists.Doubles price;
        final PrimitiveLists.Doubles abatement;
        final PrimitiveLists.Doubles cost;
        private final CurveThinning thinning;
        private final int budget;

        /**
         * Every point, until there are more than {@code budget}: then none is needed, and none is kept;
         * room for {@code capacity} of them from the start.
         */
        Points(int budget, int capacity) {
            this(null, budget, capacity);
        }

        /** The points {@code thinning} keeps, with room for {@code capacity} of them. */
        Points(CurveThinning thinning, int capacity) {
            this(thinning, Integer.MAX_VALUE, capacity);
        }

        private Points(CurveThinning thinning, int budget, int capacity) {
            this.thinning = thinning;
            this.budget = budget;
            price = new PrimitiveLists.Doubles(capacity);
            abatement = new PrimitiveLists.Doubles(capacity);
            cost = new PrimitiveLists.Doubles(capacity);
        }

        void add(double p, double a, double c, boolean last) {
            if (thinning == null ? price.size() < budget : thinning.keep(p, a, last)) {
                price.add(p);
                abatement.add(a);
                cost.add(c);
            }
        }
    }

    /** The abatement curves of a set of sources: step blocks with an amount, and quadratic sources. */
    record Supply(double[] blockCost, double[] blockAmount, double[] quadLinear, double[] quadSlope,
                  double[] quadMax) {
        /**
         * The curves of all sources in region order, read in source order (two sequential passes: count,
         * then place); fills {@code blockFrom} and {@code quadFrom} (length regions + 1) with where each
         * region's blocks and quadratic sources start. (MacCurvesReference, in the tests, builds the same
         * arrays source set by source set, the way the curves were made before.)
         */
        static Supply inRegionOrder(AllocationProblem p, int[] blockFrom, int[] quadFrom) {
            int regions = p.regionCount();
            for (int i = 0; i < p.sourceCount(); i++) {
                int r = p.sourceRegion(i);
                for (int b = 0; b < p.blockCount(i); b++) {
                    if (takes(p, i, b)) {
                        blockFrom[r + 1]++;
                    }
                }
                if (p.isQuadratic(i)) {
                    quadFrom[r + 1]++;
                }
            }
            for (int r = 0; r < regions; r++) {
                blockFrom[r + 1] += blockFrom[r];
                quadFrom[r + 1] += quadFrom[r];
            }
            int[] nextBlock = Arrays.copyOf(blockFrom, regions);
            int[] nextQuad = Arrays.copyOf(quadFrom, regions);
            double[] cost = new double[blockFrom[regions]];
            double[] amount = new double[cost.length];
            double[] linear = new double[quadFrom[regions]];
            double[] slope = new double[linear.length];
            double[] max = new double[linear.length];
            for (int i = 0; i < p.sourceCount(); i++) {
                int r = p.sourceRegion(i);
                for (int b = 0; b < p.blockCount(i); b++) {
                    if (takes(p, i, b)) {
                        int k = nextBlock[r]++;
                        cost[k] = p.blockCost(i, b) + 0.0; // −0 as 0: a price is found by its bits
                        amount[k] = p.blockAmount(i, b);
                    }
                }
                if (p.isQuadratic(i)) {
                    int k = nextQuad[r]++;
                    linear[k] = p.quadLinear(i) + 0.0;
                    slope[k] = p.quadSlope(i);
                    max[k] = p.maxAbatement(i);
                }
            }
            return new Supply(cost, amount, linear, slope, max);
        }

        /** The quadratic sources alone, in region order as {@link #inRegionOrder} places them; fills {@code quadFrom}. */
        static Supply quadsInRegionOrder(AllocationProblem p, int[] quadFrom) {
            int regions = p.regionCount();
            for (int i = 0; i < p.sourceCount(); i++) {
                if (p.isQuadratic(i)) {
                    quadFrom[p.sourceRegion(i) + 1]++;
                }
            }
            for (int r = 0; r < regions; r++) {
                quadFrom[r + 1] += quadFrom[r];
            }
            int[] nextQuad = Arrays.copyOf(quadFrom, regions);
            double[] linear = new double[quadFrom[regions]];
            double[] slope = new double[linear.length];
            double[] max = new double[linear.length];
            for (int i = 0; i < p.sourceCount(); i++) {
                if (p.isQuadratic(i)) {
                    int k = nextQuad[p.sourceRegion(i)]++;
                    linear[k] = p.quadLinear(i) + 0.0;
                    slope[k] = p.quadSlope(i);
                    max[k] = p.maxAbatement(i);
                }
            }
            return new Supply(new double[0], new double[0], linear, slope, max);
        }

        /** Whether block {@code b} of source {@code i} is on the curve: a block of no amount is not. */
        static boolean takes(AllocationProblem p, int i, int b) {
            return p.blockAmount(i, b) > 0;
        }

        double quadEnd(int q) {
            return quadLinear[q] + quadSlope[q] * quadMax[q] + 0.0;
        }

        /** The most that blocks {@code [blockFrom, blockTo)} and quadratic sources {@code [quadFrom, quadTo)} abate. */
        double maxAbatement(int blockFrom, int blockTo, int quadFrom, int quadTo) {
            double total = 0;
            for (int k = blockFrom; k < blockTo; k++) {
                total += blockAmount[k];
            }
            for (int k = quadFrom; k < quadTo; k++) {
                total += quadMax[k];
            }
            return total;
        }

        double maxAbatement() {
            return maxAbatement(0, blockAmount.length, 0, quadMax.length);
        }
    }
}
