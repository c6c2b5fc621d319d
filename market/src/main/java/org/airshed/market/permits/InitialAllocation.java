package org.airshed.market.permits;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import org.airshed.core.model.Region;
import org.airshed.core.study.ScenarioProblem;
import org.airshed.market.ledger.Quantum;

/**
 * Splits a total of permits (mass) among a scenario's sources by an {@link AllocationRule}.
 * Real-valued shares; the settlement turns them into exact units without losing any.
 */
public final class InitialAllocation {
    private InitialAllocation() {
    }

    /**
     * Permits per source of {@code sp.problem()} (problem source order), summing to {@code total}.
     *
     * @throws IllegalArgumentException naming the missing weight or the unattainable cut
     */
    public static double[] of(AllocationRule rule, ScenarioProblem sp, double total) {
        return of(rule, new ScenarioBasis(sp), total);
    }

    /**
     * Permits per source of {@code p} (its source order), summing to {@code total}: one pollutant's
     * permits of a version-2 scenario, or a one-pollutant scenario's.
     *
     * @throws IllegalArgumentException naming the missing weight or the unattainable cut
     */
    public static double[] of(AllocationRule rule, PermitBasis p, double total) {
        if (!(total >= 0) || Double.isInfinite(total)) {
            throw new IllegalArgumentException("total permits must be finite and >= 0, got " + total);
        }
        return switch (rule) {
            case GRANDFATHERING -> byBaseline(p, total);
            case EQUAL_PROPORTIONAL -> equalProportional(p, total);
            case PER_CAPITA -> byRegion(p, total, weight(p, Region::population, "population"));
            case GDP -> byRegion(p, total, weight(p, Region::gdp, "gdp"));
            case DUTIES -> byRegion(p, total, dutyWeights(p));
            case AUCTION -> new double[p.sourceCount()];
        };
    }

    private static double[] byBaseline(PermitBasis p, double total) {
        double sum = 0;
        for (int i = 0; i < p.sourceCount(); i++) {
            sum += p.baseline(i);
        }
        double[] permits = new double[p.sourceCount()];
        for (int i = 0; i < permits.length; i++) {
            permits[i] = sum > 0 ? total * p.baseline(i) / sum : total / permits.length;
        }
        return permits;
    }

    /**
     * Cut c_i(f) = min(f·b_i, max_i), the same fraction f for all, each capped at its capacity:
     * Σ c_i(f) is piecewise linear and non-decreasing in f, so f is exact after one sort of the
     * breakpoints max_i / b_i. Above the baseline total the surplus goes by baseline.
     */
    private static double[] equalProportional(PermitBasis p, double total) {
        int n = p.sourceCount();
        double baseline = 0;
        double capacity = 0;
        for (int i = 0; i < n; i++) {
            baseline += p.baseline(i);
            capacity += p.maxAbatement(i);
        }
        double cut = baseline - total;
        if (cut <= 0) {
            double[] permits = byBaseline(p, -cut);
            for (int i = 0; i < n; i++) {
                permits[i] += p.baseline(i);
            }
            return permits;
        }
        if (!attainable(p, total)) {
            throw new IllegalArgumentException("equal-proportional: the cut " + cut
                    + " exceeds what all sources can abate together, " + capacity);
        }
        cut = Math.min(cut, capacity);
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> ratio(p, i)));
        // Walk the breakpoints: below f every source with ratio < f is capped.
        double capped = 0;
        double freeBaseline = baseline;
        double f = 1;
        for (int k = 0; k < n; k++) {
            int i = order[k];
            double r = ratio(p, i);
            if (capped + r * freeBaseline >= cut) {
                f = (cut - capped) / freeBaseline;
                break;
            }
            capped += p.maxAbatement(i);
            freeBaseline -= p.baseline(i);
        }
        double[] permits = new double[n];
        for (int i = 0; i < n; i++) {
            permits[i] = p.baseline(i) - Math.min(f * p.baseline(i), p.maxAbatement(i));
        }
        return permits;
    }

    /**
     * Whether the sources of {@code p} can together cut their baselines down to {@code total}: the
     * {@link AllocationRule#EQUAL_PROPORTIONAL} rule can be formed only then. Issuance rounds down to
     * the quantum, so a cut within one quantum above what they can abate is that rounding.
     */
    public static boolean attainable(PermitBasis p, double total) {
        double baseline = 0;
        double capacity = 0;
        for (int i = 0; i < p.sourceCount(); i++) {
            baseline += p.baseline(i);
            capacity += p.maxAbatement(i);
        }
        return baseline - total <= capacity * (1 + 1e-12) + Quantum.PERMIT.size();
    }

    private static double ratio(PermitBasis p, int i) {
        return p.baseline(i) > 0 ? p.maxAbatement(i) / p.baseline(i) : Double.POSITIVE_INFINITY;
    }

    private static double[] weight(PermitBasis p, Function<Region, OptionalDouble> field, String name) {
        double[] w = new double[p.regionCount()];
        List<String> without = new ArrayList<>();
        for (int r = 0; r < w.length; r++) {
            Region region = p.region(r);
            OptionalDouble value = field.apply(region);
            if (value.isEmpty() && p.regionBaseline(r) > 0) {
                without.add(region.id());
            }
            w[r] = value.orElse(0);
        }
        if (!without.isEmpty()) {
            throw new IllegalArgumentException(regions(without) + " no " + name
                    + ", which this allocation rule weights by");
        }
        return w;
    }

    private static double[] dutyWeights(PermitBasis p) {
        double[] w = new double[p.regionCount()];
        List<String> without = new ArrayList<>();
        Set<String> fields = new LinkedHashSet<>();
        for (int r = 0; r < w.length; r++) {
            if (p.duty(r) == null && p.regionBaseline(r) > 0) {
                without.add(p.regionId(r));
                fields.add(p.dutyField(r));
            }
        }
        if (!without.isEmpty()) {
            throw new IllegalArgumentException(regions(without) + " no " + and(List.copyOf(fields))
                    + (fields.size() == 1 ? " entry" : " entries") + ", which the duties rule needs");
        }
        for (int r = 0; r < w.length; r++) {
            Double duty = p.duty(r);
            if (duty != null && duty > p.regionBaseline(r)) {
                throw new IllegalArgumentException("region " + p.regionId(r) + "'s duty " + duty
                        + " exceeds its baseline " + p.regionBaseline(r) + ", so it would get negative permits");
            }
            w[r] = p.regionBaseline(r) - (duty == null ? 0 : duty);
        }
        return w;
    }

    /** Regions by weight (only regions with emitting sources count), then sources by baseline. */
    private static double[] byRegion(PermitBasis p, double total, double[] regionWeight) {
        double weightSum = 0;
        for (int r = 0; r < regionWeight.length; r++) {
            if (p.regionBaseline(r) > 0) {
                weightSum += regionWeight[r];
            }
        }
        if (!(weightSum > 0)) {
            throw new IllegalArgumentException("the weights of the regions with emissions sum to " + weightSum
                    + "; at least one must be positive");
        }
        double[] permits = new double[p.sourceCount()];
        for (int i = 0; i < permits.length; i++) {
            int r = p.sourceRegion(i);
            if (p.regionBaseline(r) > 0) {
                permits[i] = total * (regionWeight[r] / weightSum) * (p.baseline(i) / p.regionBaseline(r));
            }
        }
        return permits;
    }

    /** "region A has" or "regions A and B have": every region a rule cannot weigh, in one message. */
    private static String regions(List<String> ids) {
        return (ids.size() == 1 ? "region " : "regions ") + and(ids) + (ids.size() == 1 ? " has" : " have");
    }

    /** "A", "A and B", "A, B and C". */
    private static String and(List<String> items) {
        int last = items.size() - 1;
        return last == 0 ? items.get(0) : String.join(", ", items.subList(0, last)) + " and " + items.get(last);
    }
}
