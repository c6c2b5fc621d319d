package org.airshed.core.allocation;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.optim.linear.NoFeasibleSolutionException;

/**
 * The plain, obviously-correct reference for {@link AllocationProblem}: one dense LP over every
 * block, solved with Commons Math's simplex, to test fast solvers against on small instances.
 *
 * <p>Variables are x_b ∈ [0, amount_b] (mass), one per block, at cost {@code unitCost_b − w_r}
 * (money per mass); rows are the cap Σ x ≥ capRequirement (if any) and, per receptor k,
 * Σ_b T_{k,r(b)} x_b ≥ requirement_k; upper bounds are rows too. Blocks of a source have
 * non-decreasing unit costs, so the LP fills them cheapest first and its optimum is the problem's.
 *
 * <p>A quadratic source enters as a convex piecewise-linear chain of chords
 * ({@link ReferenceQuadraticChain}), refined until the objective moves by at most 1e-13 relative
 * and each quadratic source's marginal cost meets its region price within 1e-10 of the price
 * scale. Each refinement adds breakpoints at the source's current abatement, just either side of
 * it, and where its marginal cost equals the current dual price; {@code iterations} in the answer
 * counts the refinements.
 *
 * <p>Duals (λ money per mass, μ_k money per concentration unit) come from solving the dual LP
 * explicitly with the same simplex, because Commons Math does not expose them.
 *
 * <p>Dense tableaux grow quadratically: instances with more than {@value #MAX_BLOCKS} blocks
 * (a quadratic source counts as one) are rejected. Stateless, so safe to share between threads.
 */
public final class ReferenceLpSolver implements AllocationSolver {
    /** Largest instance accepted: blocks plus quadratic sources. */
    public static final int MAX_BLOCKS = 2_000;
    /** Stop refining when the LP objective moves by less than this, relative to its terms. */
    static final double OBJECTIVE_TOLERANCE = 1e-13;
    /** Largest |marginal cost − region price| accepted at a quadratic source, relative to the price scale. */
    static final double STATIONARITY_TOLERANCE = 1e-10;
    /** Half-width (fraction of max) of the breakpoint pair placed around a quadratic source's abatement. */
    private static final double NEIGHBOUR = 1e-11;
    private static final int MAX_REFINEMENTS = 200;

    @Override
    public AllocationSolution solve(AllocationProblem p) {
        List<ReferenceQuadraticChain> chains = new ArrayList<>();
        int blocks = 0;
        for (int i = 0; i < p.sourceCount(); i++) {
            blocks += p.blockCount(i);
            if (p.isQuadratic(i)) {
                chains.add(new ReferenceQuadraticChain(i, p.quadLinear(i), p.quadSlope(i), p.maxAbatement(i)));
                blocks++;
            }
        }
        if (blocks > MAX_BLOCKS) {
            throw new IllegalArgumentException("ReferenceLpSolver takes at most " + MAX_BLOCKS
                    + " blocks (a quadratic source counts as one), got " + blocks
                    + ": its dense simplex tableau would not fit; use ExactAllocationSolver");
        }
        double priceScale = priceScale(p);

        double previousObjective = Double.NaN;
        for (int refinements = 0; ; refinements++) {
            List<ReferenceLp.Column> columns = stepColumns(p);
            for (ReferenceQuadraticChain chain : chains) {
                chain.appendColumns(columns);
            }
            ReferenceLp.Result lp;
            try {
                lp = ReferenceLp.solve(p, columns);
            } catch (NoFeasibleSolutionException e) {
                return AllocationSolution.infeasible(ReferenceInfeasibility.explain(p), p.receptorCount());
            }
            checkStrongDuality(lp);
            double[] abatement = new double[p.sourceCount()];
            for (int j = 0; j < columns.size(); j++) {
                abatement[columns.get(j).source()] += lp.x()[j];
            }

            boolean settled = Math.abs(previousObjective - lp.primalValue())
                    <= OBJECTIVE_TOLERANCE * lp.termMagnitude();
            double worstResidual = 0;
            for (ReferenceQuadraticChain chain : chains) {
                int i = chain.source();
                double g = p.regionPrice(p.sourceRegion(i), lp.capPrice(), lp.receptorPrices());
                worstResidual = Math.max(worstResidual, chain.stationarityResidual(abatement[i], g));
            }
            boolean stationary = worstResidual <= STATIONARITY_TOLERANCE * priceScale;
            if (chains.isEmpty() || (settled && stationary)) {
                return optimal(p, abatement, lp, refinements);
            }
            if (refinements == MAX_REFINEMENTS) {
                throw new IllegalStateException("reference LP did not converge in " + MAX_REFINEMENTS
                        + " refinements: objective change " + Math.abs(previousObjective - lp.primalValue())
                        + ", worst |marginal cost − price| " + worstResidual + " (price scale " + priceScale
                        + ") on " + p);
            }
            for (ReferenceQuadraticChain chain : chains) {
                int i = chain.source();
                double a = abatement[i];
                double g = p.regionPrice(p.sourceRegion(i), lp.capPrice(), lp.receptorPrices());
                double max = p.maxAbatement(i);
                chain.add(a);
                chain.add(chain.response(g));
                // Close neighbours make the chain's kink at a narrow, which pins the dual price
                // to the true marginal cost when a is held in place by a binding row.
                chain.add(a - NEIGHBOUR * max);
                chain.add(a + NEIGHBOUR * max);
            }
            previousObjective = lp.primalValue();
        }
    }

    /** One column per block with a positive amount; empty blocks cannot change anything. */
    private static List<ReferenceLp.Column> stepColumns(AllocationProblem p) {
        List<ReferenceLp.Column> columns = new ArrayList<>();
        for (int i = 0; i < p.sourceCount(); i++) {
            for (int b = 0; b < p.blockCount(i); b++) {
                if (p.blockAmount(i, b) > 0) {
                    columns.add(new ReferenceLp.Column(i, p.blockAmount(i, b), p.blockCost(i, b)));
                }
            }
        }
        return columns;
    }

    /**
     * The LP and its dual are solved independently; their optima must coincide. A gap means the
     * simplex stopped early, and a reference that is silently wrong is worse than none.
     */
    private static void checkStrongDuality(ReferenceLp.Result lp) {
        double gap = Math.abs(lp.primalValue() - lp.dualValue());
        if (gap > 1e-9 * lp.termMagnitude()) {
            throw new IllegalStateException("reference LP and its dual disagree: primal " + lp.primalValue()
                    + ", dual " + lp.dualValue());
        }
    }

    /** Largest |unit cost − w| the problem's curves span (money per mass); 1 if all are zero. */
    private static double priceScale(AllocationProblem p) {
        double scale = 0;
        for (int i = 0; i < p.sourceCount(); i++) {
            double w = p.regionWeight(p.sourceRegion(i));
            for (int b = 0; b < p.blockCount(i); b++) {
                scale = Math.max(scale, Math.abs(p.blockCost(i, b) - w));
            }
            if (p.isQuadratic(i)) {
                scale = Math.max(scale, Math.abs(p.quadLinear(i) - w));
                scale = Math.max(scale, Math.abs(p.marginalCost(i, p.maxAbatement(i)) - w));
            }
        }
        return scale > 0 ? scale : 1;
    }

    private static AllocationSolution optimal(AllocationProblem p, double[] abatement, ReferenceLp.Result lp,
                                              int refinements) {
        double cost = 0;
        for (int i = 0; i < p.sourceCount(); i++) {
            cost += p.cost(i, abatement[i]);
        }
        return new AllocationSolution(AllocationStatus.OPTIMAL, abatement, cost, lp.capPrice(),
                lp.receptorPrices(), 0, refinements, List.of());
    }
}
