package org.airshed.core.allocation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * Everything the exact solver claims about one instance, checked against ojAlgo
 * ({@link OjAlgoReference}) and the problem's data, nothing of the solver's own:
 * <ol>
 *   <li>the same status; an infeasible verdict carries its proof (a row out of reach);</li>
 *   <li>KKT per source ({@link OptimalityCheck} at {@value #REL_TOL}): stationarity, so every
 *       partially abating source's marginal cost equals its region's price; duals finite and ≥ 0;
 *       complementary slackness;</li>
 *   <li>the objective equals ojAlgo's optimum (step curves), or is no higher than ojAlgo's lower
 *       bound with the quadratics under tangents at the solver's own amounts (which certifies it);</li>
 *   <li>ojAlgo's optimal region totals are optimal under the solver's duals: each region's total in
 *       the response set at its price, a row with a positive price tight. Where that set is one
 *       point (the optimum unique there) this is equality of the totals;</li>
 *   <li>the duals are the lexicographically smallest valid ones: minimising λ, then μ_1, … over the
 *       valid set (each source's price within the subdifferential of its curve at its amount, a row
 *       with slack at price 0), ojAlgo finds nothing smaller.</li>
 * </ol>
 */
final class IndependentCheck {
    static final double REL_TOL = 1e-9;
    /**
     * The valid set is widened by this much (relative to the price scale) for the lexicographic
     * check, far less than {@link #REL_TOL}: widenings of several rows add up, and a generous one
     * would let ojAlgo find "smaller" duals that are only the widening.
     */
    private static final double SET_TOL = 1e-11;

    private IndependentCheck() {
    }

    /** What is wrong with {@code s} as the answer to {@code p}; empty when every check passes. */
    static List<String> of(AllocationProblem p, AllocationSolution s) {
        List<String> problems = new ArrayList<>();
        OjAlgoReference.Answer reference = OjAlgoReference.solve(p, s.isOptimal() ? s.abatement() : null);
        if (s.status() == AllocationStatus.INFEASIBLE) {
            if (reference.feasible()) {
                problems.add("reported infeasible " + s.reasons() + ", ojAlgo found an optimum (" + reference.state() + ")");
            }
            problems.addAll(OptimalityCheck.verify(p, s, REL_TOL));
            return problems;
        }
        if (!s.isOptimal()) {
            problems.add("status " + s.status() + " " + s.reasons());
            return problems;
        }
        if (!reference.feasible()) {
            problems.add("optimal, but ojAlgo finds the problem infeasible (" + reference.state() + ")");
            return problems;
        }
        List<String> kkt = OptimalityCheck.verify(p, s, REL_TOL);
        if (!kkt.isEmpty()) {
            problems.add("KKT at " + REL_TOL + ": " + kkt);
        }
        for (double y : duals(p, s)) {
            if (!Double.isFinite(y)) {
                problems.add("a dual is " + y + ": " + java.util.Arrays.toString(duals(p, s)));
                return problems;
            }
        }
        Scales scales = new Scales(p, s);
        double ours = Objectives.of(p, s);
        // The floor P·ā (one typical source's worth at the price scale) as OptimalityCheck has it.
        double tolerance = REL_TOL * (Objectives.scale(p, s) + scales.price * scales.sourceUnit);
        if (ours - reference.value() > tolerance) {
            problems.add(String.format(Locale.ROOT, "objective %.17g above ojAlgo's %s %.17g by %.3g (tolerance %.3g)",
                    ours, scales.quadratic ? "lower bound" : "optimum", reference.value(), ours - reference.value(),
                    tolerance));
        }
        if (reference.value() - ours > tolerance) {
            problems.add(String.format(Locale.ROOT, "objective %.17g below ojAlgo's bound %.17g", ours, reference.value()));
        }
        if (!scales.quadratic) {
            problems.addAll(optimalUnderOurDuals(p, s, reference.regionTotal(), scales, REL_TOL));
        }
        problems.addAll(lexicographicallySmallest(p, s, scales));
        return problems;
    }

    /**
     * Another optimum's region totals (ojAlgo's, or the Commons Math reference's) must be optimal
     * under the solver's duals: in each region's response set at its price, rows with a positive
     * price tight. Where a region's response is a single point, that is equality with the solver's.
     */
    static List<String> optimalUnderOurDuals(AllocationProblem p, AllocationSolution s, double[] otherTotal,
                                             Scales scales, double relTol) {
        List<String> problems = new ArrayList<>();
        double[] ours = new double[p.regionCount()];
        for (int i = 0; i < p.sourceCount(); i++) {
            ours[p.sourceRegion(i)] += s.abatement()[i];
        }
        double priceTolerance = relTol * scales.price;
        for (int r = 0; r < p.regionCount(); r++) {
            double g = s.regionPrice(p, r);
            double low = 0;
            double high = 0;
            for (int i = 0; i < p.sourceCount(); i++) {
                if (p.sourceRegion(i) == r) {
                    low += response(p, i, g - priceTolerance, false);
                    high += response(p, i, g + priceTolerance, true);
                }
            }
            double tol = relTol * Math.max(scales.regionMax[r], scales.regionUnit);
            if (otherTotal[r] < low - tol || otherTotal[r] > high + tol) {
                problems.add(String.format(Locale.ROOT, "region %s: the other optimum's total %.17g is not a best"
                        + " response to our price %.17g (responses [%.17g, %.17g]; ours %.17g)", p.regionId(r),
                        otherTotal[r], g, low, high, ours[r]));
            }
        }
        double[] duals = duals(p, s);
        for (int j = 0; j < duals.length; j++) {
            double activity = 0;
            double magnitude = Math.abs(requirement(p, j));
            for (int r = 0; r < p.regionCount(); r++) {
                activity += coefficient(p, j, r) * otherTotal[r];
                magnitude += coefficient(p, j, r) * scales.regionMax[r];
            }
            double slack = activity - requirement(p, j);
            if (duals[j] > relTol * scales.price / scales.rowCoefficient[j] && slack > relTol * magnitude) {
                problems.add(String.format(Locale.ROOT, "row %d has price %.17g but slack %.3g at the other optimum",
                        j, duals[j], slack));
            }
        }
        return problems;
    }

    /**
     * ojAlgo minimises each dual in turn over the valid set, the earlier ones held at the solver's
     * values: none may come out smaller than the solver's.
     */
    private static List<String> lexicographicallySmallest(AllocationProblem p, AllocationSolution s, Scales scales) {
        List<String> problems = new ArrayList<>();
        int rows = (p.hasCap() ? 1 : 0) + p.receptorCount();
        double[] ours = duals(p, s);
        double[] low = new double[p.regionCount()];
        double[] high = new double[p.regionCount()];
        java.util.Arrays.fill(low, Double.NEGATIVE_INFINITY);
        java.util.Arrays.fill(high, Double.POSITIVE_INFINITY);
        for (int i = 0; i < p.sourceCount(); i++) {
            double[] sub = subdifferential(p, i, s.abatement()[i], REL_TOL * Math.max(p.maxAbatement(i), scales.sourceUnit));
            int r = p.sourceRegion(i);
            low[r] = Math.max(low[r], sub[0]);
            high[r] = Math.min(high[r], sub[1]);
        }
        boolean[] slack = new boolean[rows];
        double[] total = new double[p.regionCount()];
        for (int i = 0; i < p.sourceCount(); i++) {
            total[p.sourceRegion(i)] += s.abatement()[i];
        }
        for (int j = 0; j < rows; j++) {
            double activity = 0;
            double magnitude = Math.abs(requirement(p, j));
            for (int r = 0; r < p.regionCount(); r++) {
                activity += coefficient(p, j, r) * total[r];
                magnitude += coefficient(p, j, r) * scales.regionMax[r];
            }
            slack[j] = activity - requirement(p, j) > REL_TOL * (magnitude + scales.regionUnit);
        }
        for (int k = 0; k < rows; k++) {
            // ojAlgo's presolve can call thin sets empty (many equalities within 1e-11 of each other):
            // then again, widened tenfold at a time; the comparison allows for what the widening adds.
            double smallest = Double.NaN;
            double widen = SET_TOL / 10;
            String state = "";
            while (Double.isNaN(smallest) && widen < 100 * SET_TOL) {
                widen *= 10;
                Optimisation.Result result = smallestValid(p, k, rows, ours, slack, low, high, scales, widen);
                state = result.getState().toString();
                smallest = result.getState().isFeasible() ? result.doubleValue(k) : Double.NaN;
            }
            if (Double.isNaN(smallest)) {
                problems.add("the valid duals, with the earlier ones at ours, are empty for dual " + k + " ("
                        + state + "): ours " + java.util.Arrays.toString(ours));
                break;
            }
            double yTol = Math.max(REL_TOL, 1000 * widen) * scales.price / scales.rowCoefficient[k];
            if (ours[k] > smallest + yTol) {
                problems.add(String.format(Locale.ROOT, "dual %d is %.17g but %.17g is valid too (lexicographically"
                        + " smaller duals exist; tolerance %.3g)", k, ours[k], smallest, yTol));
                break;
            }
        }
        return problems;
    }

    /** ojAlgo's smallest dual k over the valid set widened by {@code widen} × the price scale, earlier duals at ours. */
    private static Optimisation.Result smallestValid(AllocationProblem p, int k, int rows, double[] ours, boolean[] slack,
                                                     double[] low, double[] high, Scales scales, double widen) {
        double priceTolerance = widen * scales.price;
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Variable[] y = new Variable[rows];
        for (int j = 0; j < rows; j++) {
            double yTol = priceTolerance / scales.rowCoefficient[j];
            y[j] = model.addVariable("y" + j).lower(0);
            if (slack[j]) {
                y[j].upper(0);
            } else if (j < k) {
                y[j].lower(Math.max(0, ours[j] - yTol)).upper(ours[j] + yTol);
            }
        }
        y[k].weight(1);
        for (int r = 0; r < p.regionCount(); r++) {
            Expression price = model.addExpression("g" + r);
            boolean any = false;
            for (int j = 0; j < rows; j++) {
                if (coefficient(p, j, r) != 0) {
                    price.set(y[j], coefficient(p, j, r));
                    any = true;
                }
            }
            double w = p.regionWeight(r);
            if (!any) {
                continue;
            }
            if (Double.isFinite(low[r])) {
                price.lower(low[r] - w - priceTolerance);
            }
            if (Double.isFinite(high[r])) {
                price.upper(high[r] - w + priceTolerance);
            }
        }
        return model.minimise();
    }

    /** Source i's subdifferential [left, right derivative] of C_i at amount a (within tolerance of a kink: both sides). */
    static double[] subdifferential(AllocationProblem p, int i, double a, double tol) {
        double max = p.maxAbatement(i);
        if (p.isQuadratic(i)) {
            double low = a <= tol ? Double.NEGATIVE_INFINITY : p.quadLinear(i) + p.quadSlope(i) * Math.min(a, max);
            double high = a >= max - tol ? Double.POSITIVE_INFINITY : p.quadLinear(i) + p.quadSlope(i) * Math.max(a, 0);
            return new double[] {low, high};
        }
        double low = Double.NEGATIVE_INFINITY;
        double high = Double.POSITIVE_INFINITY;
        double filled = 0;
        for (int b = 0; b < p.blockCount(i); b++) {
            double amount = p.blockAmount(i, b);
            if (amount <= 0) {
                continue;
            }
            double start = filled;
            filled += amount;
            // The block's unit cost bounds the price from above if a stops short of its end, from below if a passes its start.
            if (a < filled - tol) {
                high = Math.min(high, p.blockCost(i, b));
            }
            if (a > start + tol) {
                low = Math.max(low, p.blockCost(i, b));
            }
        }
        return new double[] {low, high};
    }

    /** Source i's abatement at price g: blocks cheaper taken, dearer left, tied ones taken when {@code inclusive}. */
    static double response(AllocationProblem p, int i, double g, boolean inclusive) {
        if (p.isQuadratic(i)) {
            return Math.min(Math.max((g - p.quadLinear(i)) / p.quadSlope(i), 0), p.maxAbatement(i));
        }
        double a = 0;
        for (int b = 0; b < p.blockCount(i); b++) {
            if (p.blockCost(i, b) < g || inclusive && p.blockCost(i, b) == g) {
                a += p.blockAmount(i, b);
            }
        }
        return a;
    }

    static double[] duals(AllocationProblem p, AllocationSolution s) {
        int rows = (p.hasCap() ? 1 : 0) + p.receptorCount();
        double[] y = new double[rows];
        if (p.hasCap()) {
            y[0] = s.capPrice();
        }
        System.arraycopy(s.receptorPrices(), 0, y, p.hasCap() ? 1 : 0, p.receptorCount());
        return y;
    }

    static double coefficient(AllocationProblem p, int j, int r) {
        if (p.hasCap()) {
            return j == 0 ? 1 : p.transfer(j - 1, r);
        }
        return p.transfer(j, r);
    }

    static double requirement(AllocationProblem p, int j) {
        if (p.hasCap()) {
            return j == 0 ? p.capRequirement() : p.receptorRequirement(j - 1);
        }
        return p.receptorRequirement(j);
    }

    /** The yardsticks tolerances are taken against. */
    static final class Scales {
        final boolean quadratic;
        /** Largest |price| of the problem: unit costs, quadratic ends, weights, region prices. */
        final double price;
        final double[] regionMax;
        final double regionUnit;
        final double sourceUnit;
        /** Largest coefficient of each row (1 for the cap). */
        final double[] rowCoefficient;

        Scales(AllocationProblem p, AllocationSolution s) {
            boolean anyQuadratic = false;
            double largest = 0;
            regionMax = new double[p.regionCount()];
            double total = 0;
            for (int i = 0; i < p.sourceCount(); i++) {
                anyQuadratic |= p.isQuadratic(i);
                for (int b = 0; b < p.blockCount(i); b++) {
                    largest = Math.max(largest, Math.abs(p.blockCost(i, b)));
                }
                if (p.isQuadratic(i)) {
                    largest = Math.max(largest, Math.abs(p.quadLinear(i)));
                    largest = Math.max(largest, Math.abs(p.marginalCost(i, p.maxAbatement(i))));
                }
                regionMax[p.sourceRegion(i)] += p.maxAbatement(i);
                total += p.maxAbatement(i);
            }
            for (int r = 0; r < p.regionCount(); r++) {
                largest = Math.max(largest, Math.abs(p.regionWeight(r)));
                if (s.isOptimal()) {
                    largest = Math.max(largest, Math.abs(s.regionPrice(p, r)));
                }
            }
            this.quadratic = anyQuadratic;
            this.price = largest > 0 ? largest : 1;
            this.regionUnit = p.regionCount() == 0 ? 0 : total / p.regionCount();
            this.sourceUnit = p.sourceCount() == 0 ? 0 : total / p.sourceCount();
            int rows = (p.hasCap() ? 1 : 0) + p.receptorCount();
            rowCoefficient = new double[rows];
            for (int j = 0; j < rows; j++) {
                double c = 0;
                for (int r = 0; r < p.regionCount(); r++) {
                    c = Math.max(c, coefficient(p, j, r));
                }
                rowCoefficient[j] = c > 0 ? c : 1;
            }
        }
    }
}
