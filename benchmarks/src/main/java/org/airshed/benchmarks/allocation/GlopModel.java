package org.airshed.benchmarks.allocation;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import org.airshed.core.allocation.AllocationProblem;

/**
 * The allocation LP for OR-Tools GLOP, written as an expert would: one variable per block
 * x_b ∈ [0, amount_b] at its unit cost, a linking variable per region A_r = Σ_{b∈r} x_b, the
 * cap Σ_r A_r ≥ required and each receptor Σ_r T_kr A_r ≥ required_k over the non-zero T_kr
 * only (so the K rows have R entries, not N × 5), solved by dual simplex
 * ({@code use_dual_simplex: true}; GLOP's default primal simplex was 100× slower here,
 * docs/PERFORMANCE.md). Owns native memory: {@link #close()} it.
 */
final class GlopModel implements AutoCloseable {
    private final MPSolver solver;

    private GlopModel(MPSolver solver) {
        this.solver = solver;
    }

    static GlopModel build(AllocationProblem p) {
        MPSolver solver = GlopSolvers.dualSimplex();
        double infinity = MPSolver.infinity();
        int regions = p.regionCount();
        MPVariable[] regionTotal = new MPVariable[regions];
        MPConstraint[] link = new MPConstraint[regions];
        for (int r = 0; r < regions; r++) {
            regionTotal[r] = solver.makeNumVar(0, infinity, "A" + r);
            link[r] = solver.makeConstraint(0, 0, "link" + r);
            link[r].setCoefficient(regionTotal[r], -1);
        }
        MPObjective objective = solver.objective();
        for (int i = 0; i < p.sourceCount(); i++) {
            MPConstraint row = link[p.sourceRegion(i)];
            for (int b = 0; b < p.blockCount(i); b++) {
                MPVariable x = solver.makeNumVar(0, p.blockAmount(i, b), "");
                objective.setCoefficient(x, p.blockCost(i, b));
                row.setCoefficient(x, 1);
            }
        }
        objective.setMinimization();
        if (p.hasCap()) {
            MPConstraint cap = solver.makeConstraint(p.capRequirement(), infinity, "cap");
            for (int r = 0; r < regions; r++) {
                cap.setCoefficient(regionTotal[r], 1);
            }
        }
        for (int k = 0; k < p.receptorCount(); k++) {
            MPConstraint receptor = solver.makeConstraint(p.receptorRequirement(k), infinity, "receptor" + k);
            for (int r = 0; r < regions; r++) {
                double t = p.transfer(k, r);
                if (t != 0) {
                    receptor.setCoefficient(regionTotal[r], t);
                }
            }
        }
        return new GlopModel(solver);
    }

    /** Solves to optimality and returns the objective Σ cost·x (CNY); throws on any other status. */
    double solve() {
        return GlopSolvers.optimum(solver);
    }

    int variables() {
        return solver.numVariables();
    }

    int constraints() {
        return solver.numConstraints();
    }

    @Override
    public void close() {
        solver.delete();
    }
}
