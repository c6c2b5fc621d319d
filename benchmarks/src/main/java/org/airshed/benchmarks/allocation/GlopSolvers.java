package org.airshed.benchmarks.allocation;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPSolver;

/**
 * GLOP as every comparison here sets it up: the dual simplex ({@code use_dual_simplex: true};
 * GLOP's default primal simplex was 100× slower on these LPs, docs/PERFORMANCE.md), solved to
 * optimality or not at all. The caller owns the solver's native memory ({@code delete()}).
 */
public final class GlopSolvers {
    public static final String PARAMETERS = "use_dual_simplex: true";

    static {
        Loader.loadNativeLibraries();
    }

    private GlopSolvers() {
    }

    /** A fresh, empty GLOP solver with {@link #PARAMETERS}. */
    public static MPSolver dualSimplex() {
        MPSolver solver = MPSolver.createSolver("GLOP");
        if (solver == null) {
            throw new IllegalStateException("OR-Tools has no GLOP solver in this build");
        }
        if (!solver.setSolverSpecificParametersAsString(PARAMETERS)) {
            throw new IllegalStateException("GLOP refused the parameters " + PARAMETERS);
        }
        return solver;
    }

    /** Solves to optimality and returns the objective; throws on any other status. */
    public static double optimum(MPSolver solver) {
        MPSolver.ResultStatus status = solver.solve();
        if (status != MPSolver.ResultStatus.OPTIMAL) {
            throw new IllegalStateException("GLOP ended " + status);
        }
        return solver.objective().value();
    }
}
