package org.airshed.core.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A source's discrete technologies ({@code options}): mutually exclusive, each taken whole, so
 * the cost of abating is not convex. As an {@link AbatementCurve} it is the lower convex hull of
 * the options and "no control" — the continuous relaxation, whose least cost bounds the discrete
 * choice from below; the discrete mode chooses among the options themselves.
 *
 * @param baseline the source's baseline (mass): option k abates removal_k × baseline
 */
public record OptionCurve(double baseline, List<TechnologyOption> options) implements AbatementCurve {
    public OptionCurve {
        options = List.copyOf(options);
        Checks c = new Checks().finiteNonNegative("baseline", baseline);
        c.require(!options.isEmpty(), "options", options, "list at least one technology (no control is implicit)");
        Set<String> names = new HashSet<>();
        for (int k = 0; k < options.size(); k++) {
            String name = options.get(k).name();
            c.require(names.add(name), "options[" + k + "].name", name, "is listed twice");
        }
        c.throwIfAny();
    }

    /** Abatement of option k (mass). */
    public double abatement(int k) {
        return options.get(k).removal() * baseline;
    }

    @Override
    public double maxAbatement() {
        double max = 0;
        for (TechnologyOption o : options) {
            max = Math.max(max, o.removal() * baseline);
        }
        return max;
    }

    /** The hull's cost at {@code a}: the least cost of a mix of options abating at least a. */
    @Override
    public double cost(double a) {
        double x = Math.max(0, Math.min(a, maxAbatement()));
        double cost = 0;
        double done = 0;
        for (Step step : hullSteps()) {
            double take = Math.min(step.amount(), x - done);
            if (take <= 0) {
                break;
            }
            cost += take * step.unitCost();
            done += take;
        }
        return cost;
    }

    /**
     * The lower convex hull as blocks of non-decreasing unit cost: dominated options (another
     * abates as much for no more) dropped, then the hull from (0, 0) by slope.
     */
    public List<Step> hullSteps() {
        double[][] points = new double[options.size()][];
        for (int k = 0; k < points.length; k++) {
            points[k] = new double[] {abatement(k), options.get(k).annualCost()};
        }
        Arrays.sort(points, Comparator.<double[]>comparingDouble(p -> p[0]).thenComparingDouble(p -> p[1]));
        List<double[]> hull = new ArrayList<>();
        hull.add(new double[] {0, 0});
        for (double[] p : points) {
            if (p[0] <= hull.get(hull.size() - 1)[0]) {
                continue;
            }
            while (!hull.isEmpty() && hull.get(hull.size() - 1)[1] >= p[1] && hull.size() > 1) {
                hull.remove(hull.size() - 1);
            }
            while (hull.size() >= 2 && !below(hull.get(hull.size() - 2), hull.get(hull.size() - 1), p)) {
                hull.remove(hull.size() - 1);
            }
            hull.add(p);
        }
        List<Step> steps = new ArrayList<>();
        double previous = 0;
        for (int h = 1; h < hull.size(); h++) {
            double amount = hull.get(h)[0] - hull.get(h - 1)[0];
            // Options on one straight edge (a constant cost per tonne) may differ by a rounding unit:
            // keep the blocks' unit costs non-decreasing, as a convex curve's must be.
            double unitCost = Math.max(previous, (hull.get(h)[1] - hull.get(h - 1)[1]) / amount);
            steps.add(new Step(amount, unitCost));
            previous = unitCost;
        }
        return steps;
    }

    /** True when b lies strictly below the segment from a to c (so b stays on the lower hull). */
    private static boolean below(double[] a, double[] b, double[] c) {
        return (b[1] - a[1]) * (c[0] - a[0]) < (c[1] - a[1]) * (b[0] - a[0]);
    }
}
