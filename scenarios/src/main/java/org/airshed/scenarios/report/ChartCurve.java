package org.airshed.scenarios.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;

/**
 * A curve of mac.csv made ready to draw: at most {@value #SPREAD} × 2 + 2 of its points (all of
 * them for the bundled scenarios), each an unchanged row of mac.csv, numbered in curve order; and
 * the price above which the chart stops so that the part that matters is not squashed by a few
 * very dear measures.
 */
final class ChartCurve {
    static final int SPREAD = 500;
    /** The chart shows prices up to this many times the highest price marked on it... */
    static final double ABOVE_MARKED = 2.5;
    /** ...or, with no price marked, up to the price at which this share of the curve's abatement is reached. */
    static final double SHOWN_SHARE = 0.9;

    private ChartCurve() {
    }

    /** The curve's kept points as rows {point, price, abatement, cost}, plus {@code region} when it has one. */
    static ArrayNode rows(MacCurve curve) {
        double[] price = curve.price();
        double[] abatement = curve.abatement();
        double[] cost = curve.cost();
        int n = price.length;
        ArrayNode rows = Json.array();
        if (n == 0) {
            return rows;
        }
        double low = price[0];
        double high = price[0];
        for (double p : price) {
            low = Math.min(low, p);
            high = Math.max(high, p);
        }
        CurveThinning thinning = n <= 2 * SPREAD + 2 ? null : new CurveThinning(SPREAD, low, high, abatement[n - 1]);
        int[] kept = kept(price, abatement, thinning);
        for (int k : kept) {
            ObjectNode row = rows.addObject();
            if (curve.region() != null) {
                row.put("region", curve.region());
            }
            row.put("point", k);
            row.set("price", Json.number(price[k]));
            row.set("abatement", Json.number(abatement[k]));
            row.set("cost", Json.number(cost[k]));
        }
        return rows;
    }

    /**
     * The points kept, in order: every one without a thinning. Apart from the rows built from them,
     * so that the long loop over a large curve's points (200,000 for a national total) is all the
     * JIT compiles on the stack, not the JSON nodes of the thousand rows kept.
     */
    private static int[] kept(double[] price, double[] abatement, CurveThinning thinning) {
        int n = price.length;
        int[] kept = new int[n];
        int count = 0;
        for (int k = 0; k < n; k++) {
            if (thinning == null || thinning.keep(price[k], abatement[k], k == n - 1)) {
                kept[count++] = k;
            }
        }
        return Arrays.copyOf(kept, count);
    }

    /** The highest price the chart shows (see {@link #ABOVE_MARKED} and {@link #SHOWN_SHARE}), at most the curve's highest. */
    static double top(MacCurve curve, double highestMarked) {
        double[] price = curve.price();
        double[] abatement = curve.abatement();
        if (price.length == 0) {
            return Math.max(0, highestMarked);
        }
        double most = abatement[abatement.length - 1];
        double reached = price[price.length - 1];
        for (int k = 0; k < price.length; k++) {
            if (abatement[k] >= SHOWN_SHARE * most) {
                reached = price[k];
                break;
            }
        }
        double top = Double.isFinite(highestMarked) && highestMarked > 0 ? ABOVE_MARKED * highestMarked : reached;
        return Math.min(top, price[price.length - 1]);
    }

    /** The lowest price the chart shows: 0, or the curve's lowest when abatement pays for itself. */
    static double bottom(MacCurve curve) {
        double[] price = curve.price();
        return price.length == 0 ? 0 : Math.min(0, price[0]);
    }

    static double highest(MacCurve curve) {
        double[] price = curve.price();
        return price.length == 0 ? 0 : price[price.length - 1];
    }
}
