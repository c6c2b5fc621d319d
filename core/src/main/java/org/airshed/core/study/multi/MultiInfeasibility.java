package org.airshed.core.study.multi;

import java.util.ArrayList;
import java.util.List;
import org.airshed.core.allocation.multi.InfeasibilityCertificate;
import org.airshed.core.allocation.multi.MultiPollutantSolver;
import org.airshed.core.model.multi.CoControlOption;
import org.airshed.core.model.multi.MultiPolicy;
import org.airshed.core.model.multi.MultiSource;
import org.airshed.core.study.Infeasibility;
import org.airshed.core.study.ReadableNumbers;
import org.airshed.core.util.JsonPath;

/**
 * Explains, before solving, the policy rows of a version-2 scenario that no allocation can meet on
 * their own, in file terms: a cap beyond what every source abating its most of that pollutant
 * reaches, a limit above the lowest concentration the sources can bring about (cutting only what
 * lowers it: with a negative coefficient, cutting raises it). With signed coefficients that check is
 * not complete (rows that each hold can fail together), so {@link #of} then asks the solver's phase 1,
 * and words its proof in file terms: check and run call it alike, so validate and run agree.
 */
public final class MultiInfeasibility {
    private MultiInfeasibility() {
    }

    /**
     * Why no allocation meets the policy: the rows that cannot be met on their own ({@link #explain});
     * when each can, the rows {@code solver}'s phase 1 proves cannot be met together; empty when feasible.
     */
    public static List<Infeasibility> of(MultiScenarioProblem problem, MultiPollutantSolver solver) {
        List<Infeasibility> alone = explain(problem);
        if (!alone.isEmpty()) {
            return alone;
        }
        return solver.infeasibility(problem.problem()).map(proof -> List.of(together(problem, proof)))
                .orElse(List.of());
    }

    /**
     * Phase 1's proof in file terms, at the path of its first row: each row by its JSON path and value,
     * the reduction it needs from no abatement (in its units), the weights, and the shortfall.
     */
    static Infeasibility together(MultiScenarioProblem problem, InfeasibilityCertificate proof) {
        MultiPolicy policy = problem.scenario().policy();
        String mass = problem.scenario().units().mass();
        String concentration = problem.scenario().units().concentration();
        List<String> paths = new ArrayList<>();
        List<String> values = new ArrayList<>();
        List<String> needs = new ArrayList<>();
        List<String> weights = new ArrayList<>();
        boolean caps = false;
        boolean receptors = false;
        // The first row's path and need kept apart: a key may itself hold " = " or "needs ".
        String firstPath = null;
        String firstNeed = null;
        for (InfeasibilityCertificate.WeightedRow row : proof.rows()) {
            String path;
            String value;
            String need;
            if (row.isCap()) {
                String id = problem.pollutant(row.pollutant());
                path = JsonPath.child("$.policy.caps", id);
                value = ReadableNumbers.of(policy.caps().get(id));
                need = "an emission reduction of " + ReadableNumbers.of(row.requirement()) + " " + mass
                        + " (baseline " + ReadableNumbers.of(problem.total(row.pollutant())) + " minus the cap)";
                caps = true;
            } else {
                int j = problem.receptorRegions()[row.receptor()];
                String id = problem.region(j);
                path = JsonPath.child("$.policy.receptorLimits", id);
                value = ReadableNumbers.of(policy.receptorLimits().get(id));
                need = "a concentration reduction of " + ReadableNumbers.of(row.requirement()) + " "
                        + concentration + " (baseline " + ReadableNumbers.of(problem.baselineConcentration(j))
                        + " minus the limit" + (row.requirement() < 0 ? ": it may rise by at most "
                        + ReadableNumbers.of(-row.requirement()) + " " + concentration + ")" : ")");
                receptors = true;
            }
            if (firstPath == null) {
                firstPath = path;
                firstNeed = need;
            }
            paths.add(path + " = " + value);
            values.add(value);
            needs.add(path + " needs " + need);
            weights.add(ReadableNumbers.of(row.weight()));
        }
        // Weighted sums of rows of one kind keep its unit; caps and limits together mix them.
        String unit = caps && receptors ? "" : " " + (caps ? mass : concentration);
        String[] shown = ReadableNumbers.distinct(proof.weightedReach(), proof.weightedRequirement());
        String message;
        if (proof.rows().size() == 1) {
            double weight = proof.rows().get(0).weight();
            String[] one = ReadableNumbers.distinct(proof.weightedReach() / weight, proof.weightedRequirement() / weight);
            message = paths.get(0) + " cannot be met: it needs " + firstNeed
                    + ", but no allocation reaches more than " + one[0] + unit + " (short by "
                    + ReadableNumbers.of(proof.shortfall() / weight) + unit + ")";
        } else {
            message = join(paths, " and ") + " cannot be met together: a row's requirement is the reduction it needs"
                    + " from no abatement; " + join(needs, ", ") + ". Adding the rows with weights "
                    + join(weights, " and ") + ", the weighted requirement is " + shown[1] + unit
                    + " but no allocation reaches more than " + shown[0] + unit + " (short by "
                    + ReadableNumbers.of(proof.shortfall()) + unit + ")";
        }
        return new Infeasibility(firstPath, values.get(0), message);
    }

    private static String join(List<String> parts, String last) {
        StringBuilder joined = new StringBuilder();
        for (int n = 0; n < parts.size(); n++) {
            joined.append(n == 0 ? "" : n == parts.size() - 1 ? last : ", ").append(parts.get(n));
        }
        return joined.toString();
    }

    /** The rows that cannot be met on their own; empty when each can. */
    public static List<Infeasibility> explain(MultiScenarioProblem problem) {
        List<Infeasibility> reasons = new ArrayList<>();
        String mass = problem.scenario().units().mass();
        String concentration = problem.scenario().units().concentration();
        MultiPolicy policy = problem.scenario().policy();
        for (int p = 0; p < problem.pollutantCount(); p++) {
            double required = problem.capRequirement(p);
            if (!(required > 0)) {
                continue;
            }
            double reach = 0;
            for (int i = 0; i < problem.sourceCount(); i++) {
                reach += problem.maxAbatement(i, p);
            }
            if (reach < required * (1 - 1e-12) - 1e-9) {
                String id = problem.pollutant(p);
                String[] shown = ReadableNumbers.distinct(reach, required);
                reasons.add(new Infeasibility(JsonPath.child("$.policy.caps", id), ReadableNumbers.of(policy.caps().get(id)),
                        "maximum feasible reduction of " + id + " " + shown[0] + " " + mass
                                + " is less than required " + shown[1] + " " + mass + " (short by "
                                + ReadableNumbers.of(required - reach) + " " + mass + "; baseline "
                                + ReadableNumbers.of(problem.total(p)) + " " + mass + " minus the cap)"));
            }
        }
        for (int j : problem.receptorRegions()) {
            String id = problem.region(j);
            double limit = policy.receptorLimits().get(id);
            double lowest = lowestConcentration(problem, j);
            if (lowest > limit * (1 + 1e-12) + 1e-12) {
                reasons.add(new Infeasibility(JsonPath.child("$.policy.receptorLimits", id), ReadableNumbers.of(limit),
                        "receptor " + id + " cannot be met: with every control that lowers it applied its"
                                + " concentration is " + ReadableNumbers.of(lowest) + " " + concentration
                                + ", above the limit " + ReadableNumbers.of(limit) + " " + concentration + " by "
                                + ReadableNumbers.of(lowest - limit) + " " + concentration));
            }
        }
        return List.copyOf(reasons);
    }

    /** The lowest concentration at region j: each source on its own does what lowers it most. */
    static double lowestConcentration(MultiScenarioProblem problem, int j) {
        double[] row = problem.transferRow(j);
        double lowest = problem.baselineConcentration(j);
        if (row == null) {
            return lowest;
        }
        int pCount = problem.pollutantCount();
        int rCount = problem.regionCount();
        for (int i = 0; i < problem.sourceCount(); i++) {
            int r = problem.sourceRegion(i);
            MultiSource s = problem.scenario().sources().get(i);
            if (s.hasOptions()) {
                double best = 0;
                for (CoControlOption o : s.options()) {
                    double fall = 0;
                    for (int p = 0; p < pCount; p++) {
                        fall += row[p * rCount + r] * o.removal(problem.pollutant(p)) * problem.baseline(i, p);
                    }
                    best = Math.max(best, fall);
                }
                lowest -= best;
            } else {
                for (int p = 0; p < pCount; p++) {
                    double t = row[p * rCount + r];
                    if (t > 0) {
                        lowest -= t * problem.maxAbatement(i, p);
                    }
                }
            }
        }
        return lowest;
    }
}
