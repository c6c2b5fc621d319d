package org.airshed.core.discrete.solver;

import java.util.List;
import java.util.Map;

import org.airshed.core.discrete.domain.DiscretePlan;
import org.airshed.core.discrete.domain.SourceChoice;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.AcceptorType;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * Solver configurations of the discrete mode, as the benchmarks module's
 * {@code discreteBenchmarkConfig.xml} chose them (figures in {@code benchmarks/README.md}). Two local search phases over subset moves ({@link SubsetMoveFactory}: one to three
 * sources re-optimised together, drawn mostly from the relaxation's core):
 * <ol>
 *   <li>descent: hill climbing, first acceptable move, until a step finds none in up to
 *       {@value #DESCENT_MOVES_PER_STEP} moves — on thousands of sources improving moves are
 *       rare, and a search that takes worse moves drifts away from the rounded optimum;</li>
 *   <li>tabu search (entity tabu {@value #ENTITY_TABU_RATIO} of the sources, best of
 *       {@value #ACCEPTED_COUNT_LIMIT} moves per step) to climb out of the local optimum the
 *       descent ends in: this is what finds the optimum on small instances.</li>
 * </ol>
 * Always single-threaded and {@link EnvironmentMode#REPRODUCIBLE}: the same seed gives the same
 * moves whatever the machine's thread count.
 */
public final class DiscreteSolverConfigs {
    public static final long DESCENT_MOVES_PER_STEP = 1_000_000;
    /** Sideways steps the descent may take on a plateau (it also ends when a step finds no move). */
    public static final int DESCENT_UNIMPROVED_STEP_LIMIT = 1_000;
    public static final double ENTITY_TABU_RATIO = 0.2;
    public static final int ACCEPTED_COUNT_LIMIT = 20;

    private DiscreteSolverConfigs() {
    }

    /** Domain, Bavet constraint streams, reproducible mode and seed; no phases. */
    public static SolverConfig base(long seed) {
        return new SolverConfig()
                .withSolutionClass(DiscretePlan.class)
                .withEntityClasses(SourceChoice.class)
                .withConstraintProviderClass(DiscreteConstraintProvider.class)
                .withConstraintStreamImplType(ConstraintStreamImplType.BAVET)
                .withEnvironmentMode(EnvironmentMode.REPRODUCIBLE)
                .withRandomSeed(seed);
    }

    /** The descent phase, ending when stuck or on {@code termination} (phase limits). */
    public static LocalSearchPhaseConfig descent(TerminationConfig termination) {
        return new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(subsetMoves(DESCENT_MOVES_PER_STEP))
                .withAcceptorConfig(new LocalSearchAcceptorConfig()
                        .withAcceptorTypeList(List.of(AcceptorType.HILL_CLIMBING)))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1))
                .withTerminationConfig(termination);
    }

    /** The tabu phase, ending on {@code termination} (phase limits) or when a step is stuck. */
    public static LocalSearchPhaseConfig tabu(TerminationConfig termination) {
        return new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(subsetMoves(SubsetMoveFactory.MOVES_PER_STEP))
                .withAcceptorConfig(new LocalSearchAcceptorConfig().withEntityTabuRatio(ENTITY_TABU_RATIO))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(ACCEPTED_COUNT_LIMIT))
                .withTerminationConfig(termination);
    }

    private static MoveIteratorFactoryConfig subsetMoves(long maxMovesPerStep) {
        return new MoveIteratorFactoryConfig()
                .withMoveIteratorFactoryClass(SubsetMoveFactory.class)
                .withMoveIteratorFactoryCustomProperties(Map.of("maxMovesPerStep", Long.toString(maxMovesPerStep)));
    }

    /**
     * For a plan already initialised (by the rounded hull): descent then tabu search, each with
     * {@code phaseTermination} (the descent at most {@value #DESCENT_UNIMPROVED_STEP_LIMIT}
     * unimproved steps when it sets none), the whole run with {@code solverTermination}.
     */
    public static SolverConfig localSearchOnly(long seed, TerminationConfig solverTermination,
                                               TerminationConfig phaseTermination) {
        TerminationConfig descentTermination = phaseTermination.copyConfig();
        if (descentTermination.getUnimprovedStepCountLimit() == null) {
            descentTermination.setUnimprovedStepCountLimit(DESCENT_UNIMPROVED_STEP_LIMIT);
        }
        return base(seed)
                .withTerminationConfig(solverTermination)
                .withPhases(descent(descentTermination), tabu(phaseTermination.copyConfig()));
    }
}
