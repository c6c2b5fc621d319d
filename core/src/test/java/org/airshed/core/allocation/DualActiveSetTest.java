package org.airshed.core.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.airshed.core.allocation.RandomProblems.Flavour;
import org.junit.jupiter.api.Test;

/**
 * The exact finish on its own: started from duals that are nowhere near optimal (zero, or random),
 * it must still find the optimum, since any y ≥ 0 is a valid start of a dual method. Its answer,
 * split among sources and given the lexicographically smallest duals, must pass the KKT check at
 * 1e-9 and match the full solver's objective.
 */
class DualActiveSetTest {
    private static final int INSTANCES = 120;

    @Test
    void findsTheOptimumFromZeroAndFromRandomDuals() {
        List<String> failures = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(13);
        for (Flavour flavour : new Flavour[] {Flavour.RECEPTORS_ONLY, Flavour.CAP_AND_RECEPTORS, Flavour.TIES,
                Flavour.QUADRATIC_RECEPTORS, Flavour.WELFARE_WEIGHTS, Flavour.NOTHING_REQUIRED}) {
            for (int n = 0; n < INSTANCES; n++) {
                long seed = (flavour.ordinal() + 1) * 1_000_000L + 50_000 + n;
                AllocationProblem p = RandomProblems.generate(flavour, seed);
                AllocationSolution full = new ExactAllocationSolver().solve(p);
                if (!full.isOptimal() || p.receptorCount() == 0) {
                    continue;
                }
                int rows = (p.hasCap() ? 1 : 0) + p.receptorCount();
                double[] randomStart = new double[rows];
                for (int j = 0; j < rows; j++) {
                    randomStart[j] = random.nextDouble() < 0.3 ? 0 : random.nextDouble() * 100;
                }
                for (double[] start : new double[][] {new double[rows], randomStart}) {
                    AllocationSolution s = finishFrom(p, start);
                    List<String> violations = s == null ? List.of("gave up") : OptimalityCheck.verify(p, s, 1e-9);
                    double gap = s == null ? Double.NaN : Objectives.of(p, s) - Objectives.of(p, full);
                    if (!violations.isEmpty() || !(Math.abs(gap) <= 1e-9 * Objectives.scale(p, full))) {
                        failures.add(flavour + " seed " + seed + ": " + violations + ", objective off by " + gap);
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " failures, first: " + failures.subList(0,
                Math.min(3, failures.size())));
    }

    @Test
    void aRowThatIsOnlyRoundingAwayFromItsReachIsMetAtFullAbatement() {
        AllocationProblemBuilder b = AllocationProblem.builder();
        int a = b.addRegion("A", 0);
        int c = b.addRegion("B", 0);
        b.addStepSource(a, 10, new double[] {0.1, 0.2}, new double[] {1, 2});
        b.addQuadraticSource(c, 1, 0, 1, 1);
        double reach = 0.5 * (0.1 + 0.2) + 0.25 * 1;
        b.addReceptor(a, new double[] {0.5, 0.25}, reach * (1 + 1e-12));
        AllocationProblem p = b.build();
        AllocationSolution s = new ExactAllocationSolver().solve(p);
        assertEquals(AllocationStatus.OPTIMAL, s.status(), s.reasons().toString());
        assertEquals(List.of(), OptimalityCheck.verify(p, s, 1e-9));
        // Full abatement, priced at the least μ making every last unit worth it: 2 / 0.5 and 1 / 0.25.
        assertEquals(4, s.receptorPrices()[0], 1e-12);
    }

    /** The finish alone from {@code start} (caller units), its answer as a solution; null if it gives up. */
    static AllocationSolution finishFrom(AllocationProblem p, double[] start) {
        RegionCurves curves = new RegionCurves(p);
        double[] regionMax = new double[p.regionCount()];
        double unit = 0;
        double priceScale = 0;
        for (int r = 0; r < regionMax.length; r++) {
            regionMax[r] = curves.maxAbatement(r);
            unit += regionMax[r] / regionMax.length;
            priceScale = Math.max(priceScale, curves.largestBreakpoint(r) + Math.abs(p.regionWeight(r)));
        }
        CouplingRows rows = new CouplingRows(p, regionMax);
        DualActiveSet.Result exact = new DualActiveSet(curves, rows, regionMax, priceScale).solve(rows.scaledDuals(start));
        if (exact == null) {
            return null;
        }
        double[] y = rows.callerDuals(ValidDuals.lexMin(curves, rows, exact.y(), exact.regionPrice(),
                exact.regionTotal(), regionMax, unit, priceScale));
        double[] abatement = new double[p.sourceCount()];
        double[] sourceCost = new double[p.sourceCount()];
        double[] onBreakpoint = new double[p.regionCount()];
        for (int r = 0; r < onBreakpoint.length; r++) {
            onBreakpoint[r] = BoundaryRule.onBreakpoint(regionMax[r], unit);
        }
        PriceSplit.split(p, Workers.sequential(), exact.regionPrice(), exact.upper(), exact.pinned(),
                exact.regionTotal(), onBreakpoint, abatement, sourceCost);
        double cost = 0;
        for (double c : sourceCost) {
            cost += c;
        }
        double[] receptorPrices = new double[p.receptorCount()];
        System.arraycopy(y, p.hasCap() ? 1 : 0, receptorPrices, 0, receptorPrices.length);
        return new AllocationSolution(AllocationStatus.OPTIMAL, abatement, cost, p.hasCap() ? y[0] : 0, receptorPrices,
                0, exact.iterations(), List.of());
    }
}
