package org.airshed.scenarios.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Tick values for a compressed (symmetric log) money axis: 0 and the powers of ten from the scale's
 * constant out to each end, thinned to every second or third decade when there are many, so the
 * labels never overlap; labelled "2 bn", "30 m", "400,000".
 */
final class SymlogTicks {
    /** A Vega expression labelling money in billions, millions or plain. */
    static final String LABELS = "abs(datum.value) >= 1e9 ? format(datum.value / 1e9, '~g') + ' bn'"
            + " : abs(datum.value) >= 1e6 ? format(datum.value / 1e6, '~g') + ' m' : format(datum.value, ',~g')";
    private static final int MOST_PER_SIDE = 4;

    private SymlogTicks() {
    }

    static ArrayNode of(double low, double high, double constant) {
        List<Double> negative = decades(-low, constant);
        List<Double> positive = decades(high, constant);
        ArrayNode ticks = Json.array();
        for (int k = negative.size() - 1; k >= 0; k--) {
            ticks.add(Json.number(-negative.get(k)));
        }
        ticks.add(0);
        positive.forEach(v -> ticks.add(Json.number(v)));
        return ticks;
    }

    /** Powers of ten in [constant, end], every n-th so that at most {@value #MOST_PER_SIDE} remain. */
    private static List<Double> decades(double end, double constant) {
        List<Double> all = new ArrayList<>();
        if (!(end > 0) || !(constant > 0)) {
            return all;
        }
        // Exponents of finite doubles lie in -324..308: an infinite end or a tiny constant never counts for ever.
        int first = (int) Math.max(-324, Math.ceil(Math.log10(constant)));
        int last = (int) Math.min(308, Math.floor(Math.log10(end)));
        for (int e = first; e <= last; e++) {
            all.add(Math.pow(10, e));
        }
        int step = Math.max(1, (all.size() + MOST_PER_SIDE - 1) / MOST_PER_SIDE);
        List<Double> kept = new ArrayList<>();
        for (int k = all.size() - 1; k >= 0; k -= step) {
            kept.add(0, all.get(k));
        }
        return kept;
    }
}
