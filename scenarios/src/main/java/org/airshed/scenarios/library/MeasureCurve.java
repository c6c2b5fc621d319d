package org.airshed.scenarios.library;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns alternative control measures for one kind of source into a convex step curve. Each
 * measure k is a point (efficiency e_k, cost per tonne of baseline e_k·c_k); the curve is the
 * lower convex hull of these points and the origin, so a block's unit cost is the incremental
 * cost of moving from one hull measure to the next. A measure off the hull (dearer for the
 * same or less removal) is dominated and dropped. Unit costs are in CNY per tonne removed. The
 * version-2 generators in {@code library.pm25} build their NOx and PM2.5 curves with it too.
 */
public final class MeasureCurve {
    /** One alternative: removal {@code efficiency} (fraction of baseline) at {@code cnyPerTonne} removed. */
    public record Measure(String name, double efficiency, double cnyPerTonne) {
    }

    /** One block: a further {@code efficiency} (fraction of baseline) at {@code cnyPerTonne}. */
    public record Block(double efficiency, double cnyPerTonne, String measure) {
    }

    private MeasureCurve() {
    }

    /** The hull blocks of {@code measures}, costs converted with {@code money}; cheapest first. */
    static List<Block> of(List<ControlMeasure> measures, MoneyConversion money) {
        return of(measures.stream().map(m -> new Measure(m.abbreviation(), m.efficiency(),
                money.usdPerShortTonToCnyPerTonne(m.usdPerShortTon(), m.costYear()))).toList());
    }

    /** The hull blocks of {@code measures}, already priced in CNY per tonne; cheapest first. */
    public static List<Block> of(List<Measure> measures) {
        List<Measure> sorted = new ArrayList<>(measures);
        sorted.sort(Comparator.comparingDouble(Measure::efficiency).thenComparingDouble(Measure::cnyPerTonne));
        List<double[]> points = new ArrayList<>();
        List<String> names = new ArrayList<>();
        points.add(new double[] {0, 0});
        names.add("none");
        for (Measure m : sorted) {
            double[] p = {m.efficiency(), m.efficiency() * m.cnyPerTonne()};
            if (p[0] == points.get(points.size() - 1)[0]) {
                continue; // same efficiency, no cheaper: the sort put the cheaper first
            }
            // drop earlier points that lie on or above the chord to p (non-convex or dominated)
            while (points.size() >= 2 && !turnsUp(points.get(points.size() - 2), points.get(points.size() - 1), p)) {
                points.remove(points.size() - 1);
                names.remove(names.size() - 1);
            }
            points.add(p);
            names.add(m.name());
        }
        List<Block> blocks = new ArrayList<>();
        for (int k = 1; k < points.size(); k++) {
            double de = points.get(k)[0] - points.get(k - 1)[0];
            double dc = points.get(k)[1] - points.get(k - 1)[1];
            blocks.add(new Block(de, dc / de, names.get(k)));
        }
        return List.copyOf(blocks);
    }

    /** True when the slope from a to b is strictly below the slope from b to c. */
    private static boolean turnsUp(double[] a, double[] b, double[] c) {
        return (b[1] - a[1]) * (c[0] - b[0]) < (c[1] - b[1]) * (b[0] - a[0]);
    }
}
