package org.airshed.scenarios.library.pm25;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Alternative control measures for one pollutant of one kind of source, merged into convex
 * steps: each measure k is a point (efficiency e_k, cost per tonne of baseline e_k·c_k); the steps
 * follow the lower convex hull of these points and the origin, so a step's unit cost is the
 * incremental cost of moving from one hull measure to the next. A measure off the hull (dearer for
 * the same or less removal) drops out. The same construction as {@code yrd-so2}'s SO2 curves.
 */
final class HullSteps {
    /** One alternative: removal {@code efficiency} at {@code unitCost} per tonne removed. */
    record Measure(String name, double efficiency, double unitCost) {
    }

    /** One step: a further {@code efficiency} (fraction of baseline) at {@code unitCost} per tonne. */
    record Block(double efficiency, double unitCost, String measure) {
    }

    private HullSteps() {
    }

    /** The hull blocks of {@code measures}, cheapest first. */
    static List<Block> of(List<Measure> measures) {
        List<Measure> sorted = new ArrayList<>(measures);
        sorted.sort(Comparator.comparingDouble(Measure::efficiency).thenComparingDouble(Measure::unitCost));
        List<double[]> points = new ArrayList<>();
        List<String> names = new ArrayList<>();
        points.add(new double[] {0, 0});
        names.add("none");
        for (Measure m : sorted) {
            double[] p = {m.efficiency(), m.efficiency() * m.unitCost()};
            if (p[0] == points.get(points.size() - 1)[0]) {
                continue; // same efficiency, no cheaper: the sort put the cheaper first
            }
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
