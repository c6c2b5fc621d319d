package org.airshed.scenarios.library.pm25;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/**
 * The least-cost allocation of a version 2 file as one dense linear programme through Commons
 * Math: a plain, obviously-correct reference for the back-of-envelope figures of V2-SCENARIOS.md,
 * not the project's solver. Variables: each option's application share (Σ ≤ 1 per source, as
 * docs/FORMAT.md's continuous mode) and each step's fraction in [0, 1]; a quadratic curve is cut into
 * equal linear segments (its secant costs), so its cost is slightly over-stated.
 */
final class ReferenceLp {
    /** Total annual cost and each source's reduction per pollutant at the optimum. */
    record Result(double cost, Map<String, Map<String, Double>> reduction) {
    }

    private record Variable(String source, double cost, Map<String, Double> reduction) {
    }

    private ReferenceLp() {
    }

    /** Least cost under the file's caps and, when {@code withLimits}, its receptor limits. */
    static Result solve(V2File f, boolean withLimits, int quadraticSegments) {
        return solve(f, withLimits, quadraticSegments, Map.of(), 0);
    }

    /**
     * The same with caps lowered by {@code tighterCaps} (pollutant → mass) and every limit lowered by
     * {@code tighterLimits}: the cost difference over the change is a one-sided price.
     */
    static Result solve(V2File f, boolean withLimits, int quadraticSegments, Map<String, Double> tighterCaps,
                        double tighterLimits) {
        List<Variable> vars = new ArrayList<>();
        List<int[]> groups = new ArrayList<>();
        for (V2File.Source s : f.sources) {
            int first = vars.size();
            for (V2File.Option o : s.options()) {
                Map<String, Double> cut = new LinkedHashMap<>();
                o.removal().forEach((p, r) -> cut.put(p, r * s.emission(p)));
                vars.add(new Variable(s.id(), o.annualCost(), cut));
            }
            if (vars.size() > first) {
                groups.add(new int[] {first, vars.size()});
            }
            s.curves().forEach((p, c) -> {
                if (c.steps() != null) {
                    c.steps().forEach(st -> vars.add(new Variable(s.id(), st[0] * st[1], Map.of(p, st[0]))));
                } else {
                    double linear = c.quadratic()[0];
                    double slope = c.quadratic()[1];
                    double max = c.quadratic()[2];
                    for (int k = 0; k < quadraticSegments; k++) {
                        double a0 = max * k / quadraticSegments;
                        double a1 = max * (k + 1) / quadraticSegments;
                        double cost = linear * (a1 - a0) + slope * (a1 * a1 - a0 * a0) / 2;
                        vars.add(new Variable(s.id(), cost, Map.of(p, a1 - a0)));
                    }
                }
            });
        }
        int n = vars.size();
        List<LinearConstraint> constraints = new ArrayList<>();
        for (int[] g : groups) {
            double[] row = new double[n];
            for (int v = g[0]; v < g[1]; v++) {
                row[v] = 1;
            }
            constraints.add(new LinearConstraint(row, Relationship.LEQ, 1));
        }
        boolean[] grouped = new boolean[n];
        groups.forEach(g -> Arrays.fill(grouped, g[0], g[1], true));
        for (int v = 0; v < n; v++) {
            if (!grouped[v]) {
                double[] row = new double[n];
                row[v] = 1;
                constraints.add(new LinearConstraint(row, Relationship.LEQ, 1));
            }
        }
        for (Map.Entry<String, Double> cap : f.caps.entrySet()) {
            double[] row = new double[n];
            for (int v = 0; v < n; v++) {
                row[v] = vars.get(v).reduction().getOrDefault(cap.getKey(), 0.0);
            }
            double cut = f.baseline(cap.getKey()) - cap.getValue() + tighterCaps.getOrDefault(cap.getKey(), 0.0);
            constraints.add(new LinearConstraint(row, Relationship.GEQ, cut));
        }
        if (withLimits) {
            Map<String, String> regionOf = new LinkedHashMap<>();
            f.sources.forEach(s -> regionOf.put(s.id(), s.region()));
            for (Map.Entry<String, Double> limit : f.limits.entrySet()) {
                String j = limit.getKey();
                double[] row = new double[n];
                for (int v = 0; v < n; v++) {
                    Variable x = vars.get(v);
                    double effect = 0;
                    for (Map.Entry<String, Double> cut : x.reduction().entrySet()) {
                        effect += f.coefficient(j, cut.getKey(), regionOf.get(x.source())) * cut.getValue();
                    }
                    row[v] = effect;
                }
                constraints.add(new LinearConstraint(row, Relationship.GEQ,
                        f.concentration(j, Map.of()) - limit.getValue() + tighterLimits));
            }
        }
        // scaled so that the largest cost and each row's largest coefficient are 1: the dense simplex
        // compares against absolute tolerances
        double[] cost = vars.stream().mapToDouble(Variable::cost).toArray();
        double costScale = Arrays.stream(cost).map(Math::abs).max().orElse(1);
        Arrays.setAll(cost, v -> cost[v] / costScale);
        List<LinearConstraint> scaled = new ArrayList<>();
        for (LinearConstraint c : constraints) {
            double[] row = c.getCoefficients().toArray();
            double max = Arrays.stream(row).map(Math::abs).max().orElse(0);
            double m = max > 0 ? max : 1;
            Arrays.setAll(row, v -> row[v] / m);
            scaled.add(new LinearConstraint(row, c.getRelationship(), c.getValue() / m));
        }
        PointValuePair solution = new SimplexSolver(1e-9, 10, 1e-12).optimize(new MaxIter(1_000_000),
                new LinearObjectiveFunction(cost, 0), new LinearConstraintSet(scaled), GoalType.MINIMIZE,
                new NonNegativeConstraint(true));
        Map<String, Map<String, Double>> reduction = new LinkedHashMap<>();
        double[] x = solution.getPoint();
        for (int v = 0; v < n; v++) {
            Variable var = vars.get(v);
            double share = x[v];
            var.reduction().forEach((p, r) -> reduction.computeIfAbsent(var.source(), k -> new LinkedHashMap<>())
                    .merge(p, r * share, Double::sum));
        }
        return new Result(solution.getValue() * costScale, reduction);
    }
}
