package org.airshed.core.allocation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A solver-independent certificate for an {@link AllocationSolution}: the KKT conditions of the
 * convex problem stated in {@link AllocationProblem}, checked from the problem's data alone.
 * KKT is sufficient here, so a solution that passes is optimal (within the tolerances).
 *
 * <p>For an OPTIMAL solution, with g_r = w_r + λ + Σ_k μ_k T_kr the region price:
 * <ol>
 *   <li>primal feasibility: 0 ≤ a_i ≤ max_i, the cap row and every receptor row;</li>
 *   <li>dual feasibility: λ ≥ 0 (λ = 0 without a cap), μ_k ≥ 0;</li>
 *   <li>complementary slackness: λ·(Σa − cap) = 0 and μ_k·(Σ_r T_kr A_r − required_k) = 0;</li>
 *   <li>stationarity: each a_i minimises C_i(a) − g·a on [0, max_i] for some price g within the
 *       price tolerance of g_r — blocks cheaper than g_r full, dearer empty, a tied block
 *       anywhere; a quadratic source at clamp((g_r − linear)/slope, 0, max_i);</li>
 *   <li>strong duality: Σ C_i(a_i) − Σ w a_i equals the Lagrangian dual value
 *       Σ_i min_a [C_i(a) − g_r a] + λ·cap + Σ_k μ_k·required_k;</li>
 *   <li>the reported cost equals Σ C_i(a_i).</li>
 * </ol>
 * For an INFEASIBLE solution it certifies the infeasibility instead: all rows have non-negative
 * coefficients, so the problem is infeasible exactly when some row is short of its requirement
 * with every source at its maximum.
 *
 * <p>Tolerances scale with the data, so one {@code relTol} serves any units. Let ā be the mean
 * maximum abatement per source (mass), the problem's typical amount:
 * <ul>
 *   <li>amounts: relTol × max(max_i, ā), so a tiny source is not held to less than the rounding
 *       of the sums it enters;</li>
 *   <li>rows: relTol × (|required| + Σ coefficient·|a_i| + (largest coefficient)·ā), the
 *       magnitude of what the row sums, with a floor of one typical source's contribution;</li>
 *   <li>prices: relTol × P, where P (money per mass) is the largest of |unit costs|, |w_r|, the
 *       marginal costs at both ends of each quadratic, λ, μ_k·max_r T_kr and |g_r|; a receptor
 *       price compares against P / max_r T_kr;</li>
 *   <li>complementary slackness: |price·slack| ≤ relTol × (the row's price scale) × (the row's
 *       magnitude), which holds when either factor is within its own tolerance;</li>
 *   <li>objective and reported cost: relTol × (Σ |C_i(a_i)| + P·Σ |a_i| + Σ |min_a [C_i(a) − g_r a]|
 *       + |λ·cap| + Σ |μ_k·required_k| + P·ā): the magnitude of the terms of both sides, plus
 *       P·|a_i| because rounding a_i by δ moves C_i(a_i) and g_r·a_i by up to P·δ even where they
 *       are zero (all-zero-cost blocks), plus P·ā as a floor when every term vanishes.</li>
 * </ul>
 */
public final class OptimalityCheck {
    private OptimalityCheck() {
    }

    /**
     * Checks {@code s} against {@code p}.
     *
     * @param relTol relative tolerance (see the class comment), e.g. 1e-9; finite and ≥ 0
     * @return the violated conditions, each naming the source or row and the numbers; empty when
     *         the solution is certified optimal (or, for INFEASIBLE, certified infeasible)
     */
    public static List<String> verify(AllocationProblem p, AllocationSolution s, double relTol) {
        if (!(relTol >= 0 && Double.isFinite(relTol))) {
            throw new IllegalArgumentException("invalid relTol (finite, >= 0): " + relTol);
        }
        if (s.status() == AllocationStatus.INFEASIBLE) {
            return verifyInfeasible(p, s, relTol);
        }
        List<String> shape = checkShape(p, s);
        if (!shape.isEmpty()) {
            return shape;
        }
        return new Certificate(p, s, relTol).violations();
    }

    private static List<String> checkShape(AllocationProblem p, AllocationSolution s) {
        List<String> problems = new ArrayList<>();
        if (s.abatement().length != p.sourceCount()) {
            problems.add("abatement has " + s.abatement().length + " entries for " + p.sourceCount() + " sources");
        }
        if (s.receptorPrices().length != p.receptorCount()) {
            problems.add("receptorPrices has " + s.receptorPrices().length + " entries for "
                    + p.receptorCount() + " receptors");
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        for (int i = 0; i < p.sourceCount(); i++) {
            if (!Double.isFinite(s.abatement()[i])) {
                problems.add(source(p, i) + ": abatement is " + s.abatement()[i]);
            }
        }
        if (!Double.isFinite(s.capPrice())) {
            problems.add("cap price λ is " + s.capPrice());
        }
        for (int k = 0; k < p.receptorCount(); k++) {
            if (!Double.isFinite(s.receptorPrices()[k])) {
                problems.add(receptor(p, k) + ": price μ is " + s.receptorPrices()[k]);
            }
        }
        return problems;
    }

    private static List<String> verifyInfeasible(AllocationProblem p, AllocationSolution s, double relTol) {
        List<String> problems = new ArrayList<>();
        if (s.reasons().isEmpty()) {
            problems.add("reported infeasible without a reason");
        }
        double[] max = new double[p.sourceCount()];
        for (int i = 0; i < max.length; i++) {
            max[i] = p.maxAbatement(i);
        }
        boolean shortRow = false;
        StringBuilder rows = new StringBuilder();
        if (p.hasCap()) {
            double reach = capActivity(max);
            shortRow = reach < p.capRequirement() + relTol * (Math.abs(p.capRequirement()) + reach);
            rows.append(" cap ").append(num(reach)).append(" ≥ ").append(num(p.capRequirement())).append(';');
        }
        for (int k = 0; k < p.receptorCount(); k++) {
            double reach = receptorActivity(p, k, max);
            double required = p.receptorRequirement(k);
            shortRow |= reach < required + relTol * (Math.abs(required) + reach);
            rows.append(' ').append(receptor(p, k)).append(' ').append(num(reach)).append(" ≥ ")
                    .append(num(required)).append(';');
        }
        if (!shortRow) {
            problems.add("reported infeasible, but every source at its maximum meets every row:" + rows);
        }
        return problems;
    }

    /** The checks of one optimal solution, sharing the scales they are measured against. */
    private static final class Certificate {
        private final AllocationProblem p;
        private final AllocationSolution s;
        private final double relTol;
        private final double[] a;
        private final double[] g;
        private final double amountUnit;
        private final double priceScale;
        private final List<String> problems = new ArrayList<>();

        Certificate(AllocationProblem p, AllocationSolution s, double relTol) {
            this.p = p;
            this.s = s;
            this.relTol = relTol;
            this.a = s.abatement();
            this.g = new double[p.regionCount()];
            for (int r = 0; r < g.length; r++) {
                g[r] = p.regionPrice(r, s.capPrice(), s.receptorPrices());
            }
            double total = 0;
            for (int i = 0; i < p.sourceCount(); i++) {
                total += p.maxAbatement(i);
            }
            this.amountUnit = p.sourceCount() == 0 ? 0 : total / p.sourceCount();
            this.priceScale = priceScale();
        }

        List<String> violations() {
            checkBounds();
            checkCapRow();
            for (int k = 0; k < p.receptorCount(); k++) {
                checkReceptorRow(k);
            }
            for (int i = 0; i < p.sourceCount(); i++) {
                checkStationarity(i);
            }
            checkStrongDuality();
            checkReportedCost();
            return problems;
        }

        private double priceScale() {
            double scale = Math.abs(s.capPrice());
            for (int r = 0; r < p.regionCount(); r++) {
                scale = Math.max(scale, Math.max(Math.abs(p.regionWeight(r)), Math.abs(g[r])));
            }
            for (int k = 0; k < p.receptorCount(); k++) {
                scale = Math.max(scale, Math.abs(s.receptorPrices()[k]) * maxTransfer(k));
            }
            for (int i = 0; i < p.sourceCount(); i++) {
                for (int b = 0; b < p.blockCount(i); b++) {
                    scale = Math.max(scale, Math.abs(p.blockCost(i, b)));
                }
                if (p.isQuadratic(i)) {
                    scale = Math.max(scale, Math.abs(p.quadLinear(i)));
                    scale = Math.max(scale, Math.abs(p.marginalCost(i, p.maxAbatement(i))));
                }
            }
            return scale;
        }

        private double maxTransfer(int k) {
            double max = 0;
            for (int r = 0; r < p.regionCount(); r++) {
                max = Math.max(max, p.transfer(k, r));
            }
            return max;
        }

        private double amountTolerance(int i) {
            return relTol * Math.max(p.maxAbatement(i), amountUnit);
        }

        private void checkBounds() {
            for (int i = 0; i < p.sourceCount(); i++) {
                double max = p.maxAbatement(i);
                double tol = amountTolerance(i);
                if (a[i] < -tol || a[i] > max + tol) {
                    problems.add(String.format(Locale.ROOT, "%s: abatement %s outside [0, %s] (tolerance %s)",
                            source(p, i), num(a[i]), num(max), num(tol)));
                }
            }
        }

        private void checkCapRow() {
            double price = s.capPrice();
            if (!p.hasCap()) {
                if (Math.abs(price) > relTol * priceScale) {
                    problems.add("cap price λ = " + num(price) + " but the problem has no cap");
                }
                return;
            }
            double activity = capActivity(a);
            double magnitude = Math.abs(p.capRequirement()) + capMagnitude() + amountUnit;
            checkRow("cap", activity, p.capRequirement(), magnitude, price, priceScale);
        }

        private void checkReceptorRow(int k) {
            double maxTransfer = maxTransfer(k);
            double magnitude = Math.abs(p.receptorRequirement(k)) + maxTransfer * amountUnit;
            for (int i = 0; i < p.sourceCount(); i++) {
                magnitude += p.transfer(k, p.sourceRegion(i)) * Math.abs(a[i]);
            }
            double rowPriceScale = maxTransfer > 0 ? priceScale / maxTransfer : priceScale;
            checkRow(receptor(p, k), receptorActivity(p, k, a), p.receptorRequirement(k), magnitude,
                    s.receptorPrices()[k], rowPriceScale);
        }

        /** Feasibility, dual sign and complementary slackness of one row Σ coef·a ≥ required. */
        private void checkRow(String name, double activity, double required, double magnitude, double price,
                              double rowPriceScale) {
            double slack = activity - required;
            double tolRow = relTol * magnitude;
            double tolPrice = relTol * rowPriceScale;
            if (slack < -tolRow) {
                problems.add(String.format(Locale.ROOT, "%s: requirement %s not met, row gives %s (short by %s,"
                        + " tolerance %s)", name, num(required), num(activity), num(-slack), num(tolRow)));
            }
            if (price < -tolPrice) {
                problems.add(String.format(Locale.ROOT, "%s: negative price %s (tolerance %s)", name, num(price),
                        num(tolPrice)));
            }
            double product = price * slack;
            double tolProduct = relTol * rowPriceScale * magnitude;
            if (Math.abs(product) > tolProduct) {
                problems.add(String.format(Locale.ROOT, "%s: complementary slackness violated: price %s × slack %s"
                        + " = %s (tolerance %s)", name, num(price), num(slack), num(product), num(tolProduct)));
            }
        }

        private double capMagnitude() {
            double sum = 0;
            for (double ai : a) {
                sum += Math.abs(ai);
            }
            return sum;
        }

        /**
         * a_i must minimise C_i(a) − g·a for some price within relTol·P of g: between the smallest
         * minimiser at g − tol and the largest at g + tol.
         */
        private void checkStationarity(int i) {
            int r = p.sourceRegion(i);
            double tolPrice = relTol * priceScale;
            double low = smallestMinimiser(i, g[r] - tolPrice);
            double high = largestMinimiser(i, g[r] + tolPrice);
            double tol = amountTolerance(i);
            if (a[i] < low - tol || a[i] > high + tol) {
                String rule = p.isQuadratic(i)
                        ? "quadratic: a = clamp((g − linear)/slope, 0, max)"
                        : "blocks cheaper than g must be full, dearer ones empty";
                problems.add(String.format(Locale.ROOT, "%s: stationarity violated: abatement %s outside [%s, %s],"
                        + " the minimisers of C(a) − g·a at region price g = %s (%s; tolerances %s in price, %s in"
                        + " amount)", source(p, i), num(a[i]), num(low), num(high), num(g[r]), rule, num(tolPrice),
                        num(tol)));
            }
        }

        private double smallestMinimiser(int i, double price) {
            if (p.isQuadratic(i)) {
                return quadraticResponse(i, price);
            }
            double sum = 0;
            for (int b = 0; b < p.blockCount(i) && p.blockCost(i, b) < price; b++) {
                sum += p.blockAmount(i, b);
            }
            return sum;
        }

        private double largestMinimiser(int i, double price) {
            if (p.isQuadratic(i)) {
                return quadraticResponse(i, price);
            }
            double sum = 0;
            for (int b = 0; b < p.blockCount(i) && p.blockCost(i, b) <= price; b++) {
                sum += p.blockAmount(i, b);
            }
            return sum;
        }

        private double quadraticResponse(int i, double price) {
            return Math.min(Math.max((price - p.quadLinear(i)) / p.quadSlope(i), 0), p.maxAbatement(i));
        }

        /** min over [0, max_i] of C_i(a) − price·a: the source's term of the Lagrangian dual. */
        private double minimumOfLagrangian(int i, double price) {
            double best = smallestMinimiser(i, price);
            return p.cost(i, best) - price * best;
        }

        private void checkStrongDuality() {
            double primal = 0;
            double dual = 0;
            double magnitude = priceScale * amountUnit;
            for (int i = 0; i < p.sourceCount(); i++) {
                int r = p.sourceRegion(i);
                double cost = p.cost(i, a[i]);
                double term = minimumOfLagrangian(i, g[r]);
                primal += cost - p.regionWeight(r) * a[i];
                dual += term;
                magnitude += Math.abs(cost) + priceScale * Math.abs(a[i]) + Math.abs(term);
            }
            if (p.hasCap()) {
                dual += s.capPrice() * p.capRequirement();
                magnitude += Math.abs(s.capPrice() * p.capRequirement());
            }
            for (int k = 0; k < p.receptorCount(); k++) {
                dual += s.receptorPrices()[k] * p.receptorRequirement(k);
                magnitude += Math.abs(s.receptorPrices()[k] * p.receptorRequirement(k));
            }
            double tol = relTol * magnitude;
            if (Math.abs(primal - dual) > tol) {
                problems.add(String.format(Locale.ROOT, "strong duality violated: primal Σ C − Σ w·a = %s, Lagrangian"
                        + " dual at (λ, μ) = %s, gap %s (tolerance %s)", num(primal), num(dual), num(primal - dual),
                        num(tol)));
            }
        }

        private void checkReportedCost() {
            double cost = 0;
            double magnitude = priceScale * amountUnit;
            for (int i = 0; i < p.sourceCount(); i++) {
                double c = p.cost(i, a[i]);
                cost += c;
                magnitude += Math.abs(c) + priceScale * Math.abs(a[i]);
            }
            double tol = relTol * magnitude;
            if (!(Math.abs(s.cost() - cost) <= tol)) {
                problems.add(String.format(Locale.ROOT, "reported cost %s differs from Σ C_i(a_i) = %s (tolerance %s)",
                        num(s.cost()), num(cost), num(tol)));
            }
        }
    }

    private static double capActivity(double[] a) {
        double sum = 0;
        for (double ai : a) {
            sum += ai;
        }
        return sum;
    }

    private static double receptorActivity(AllocationProblem p, int k, double[] a) {
        double sum = 0;
        for (int i = 0; i < p.sourceCount(); i++) {
            sum += p.transfer(k, p.sourceRegion(i)) * a[i];
        }
        return sum;
    }

    private static String source(AllocationProblem p, int i) {
        return "source " + i + " (region " + p.regionId(p.sourceRegion(i)) + ")";
    }

    private static String receptor(AllocationProblem p, int k) {
        return "receptor " + k + " (in region " + p.regionId(p.receptorRegion(k)) + ")";
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.10g", v);
    }
}
