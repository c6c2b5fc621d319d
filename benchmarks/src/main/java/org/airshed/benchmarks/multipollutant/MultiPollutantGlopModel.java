package org.airshed.benchmarks.multipollutant;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import org.airshed.benchmarks.allocation.GlopSolvers;
import org.airshed.core.allocation.multi.MultiPollutantProblem;

/**
 * The multi-pollutant LP for OR-Tools GLOP, written as for one pollutant (the allocation
 * package's GlopModel): a variable per block x_b ∈ [0, amount_b] at its unit cost, a share per
 * option x_o ∈ [0, 1] at its annual cost with Σ_o x_o ≤ 1 per source, a linking variable per
 * region and pollutant A_rp (free: a signed receptor row may want it either way, but every
 * contribution is ≥ 0 so it is ≥ 0 anyway), the caps Σ_r A_rp ≥ required and each receptor
 * Σ_p Σ_r T_kpr A_rp ≥ required over non-zero T only; dual simplex. Blocks and options only
 * (quadratics are refused). Owns native memory: {@link #close()} it.
 */
final class MultiPollutantGlopModel implements AutoCloseable {
    private final MPSolver solver;

    private MultiPollutantGlopModel(MPSolver solver) {
        this.solver = solver;
    }

    static MultiPollutantGlopModel build(MultiPollutantProblem q) {
        MPSolver solver = GlopSolvers.dualSimplex();
        double infinity = MPSolver.infinity();
        int regions = q.regionCount();
        int pollutants = q.pollutantCount();
        MPVariable[] total = new MPVariable[regions * pollutants];
        MPConstraint[] link = new MPConstraint[regions * pollutants];
        for (int rp = 0; rp < total.length; rp++) {
            total[rp] = solver.makeNumVar(0, infinity, "A" + rp);
            link[rp] = solver.makeConstraint(0, 0, "link" + rp);
            link[rp].setCoefficient(total[rp], -1);
        }
        MPObjective objective = solver.objective();
        for (int i = 0; i < q.sourceCount(); i++) {
            int r = q.sourceRegion(i);
            if (q.isOptionSource(i)) {
                MPConstraint shares = solver.makeConstraint(-infinity, 1, "");
                for (int o = q.optionStart(i); o < q.optionStart(i + 1); o++) {
                    MPVariable x = solver.makeNumVar(0, 1, "");
                    objective.setCoefficient(x, q.optionCost(o) - welfare(q, i, o));
                    shares.setCoefficient(x, 1);
                    for (int p = 0; p < pollutants; p++) {
                        double amount = q.optionRemoval(o, p) * q.emission(i, p);
                        if (amount != 0) {
                            link[r * pollutants + p].setCoefficient(x, amount);
                        }
                    }
                }
                continue;
            }
            for (int p = 0; p < pollutants; p++) {
                if (q.isQuadratic(i, p)) {
                    throw new IllegalArgumentException("GLOP model takes blocks and options only; source " + i
                            + " has a quadratic curve");
                }
                for (int b = 0; b < q.blockCount(i, p); b++) {
                    MPVariable x = solver.makeNumVar(0, q.blockAmount(i, p, b), "");
                    objective.setCoefficient(x, q.blockCost(i, p, b) - q.weight(p, r));
                    link[r * pollutants + p].setCoefficient(x, 1);
                }
            }
        }
        objective.setMinimization();
        for (int p = 0; p < pollutants; p++) {
            if (q.hasCap(p)) {
                MPConstraint cap = solver.makeConstraint(q.capRequirement(p), infinity, "cap" + p);
                for (int r = 0; r < regions; r++) {
                    cap.setCoefficient(total[r * pollutants + p], 1);
                }
            }
        }
        for (int k = 0; k < q.receptorCount(); k++) {
            MPConstraint receptor = solver.makeConstraint(q.receptorRequirement(k), infinity, "receptor" + k);
            for (int r = 0; r < regions; r++) {
                for (int p = 0; p < pollutants; p++) {
                    double t = q.transfer(k, p, r);
                    if (t != 0) {
                        receptor.setCoefficient(total[r * pollutants + p], t);
                    }
                }
            }
        }
        return new MultiPollutantGlopModel(solver);
    }

    private static double welfare(MultiPollutantProblem q, int i, int o) {
        double w = 0;
        for (int p = 0; p < q.pollutantCount(); p++) {
            w += q.weight(p, q.sourceRegion(i)) * q.optionRemoval(o, p) * q.emission(i, p);
        }
        return w;
    }

    /** Solves to optimality and returns the objective; throws on any other status. */
    double solve() {
        return GlopSolvers.optimum(solver);
    }

    int variables() {
        return solver.numVariables();
    }

    @Override
    public void close() {
        solver.delete();
    }
}
