package org.airshed.core.allocation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link RegionCurves} counted and placed in chunks on several threads is the same, bit for bit, as
 * built in one pass on one thread: every region's sorted blocks, sources, sums and responses. (The
 * solver now builds a problem's curves once, so its own determinism tests meet the chunked build
 * only on their first solve; this compares the builds directly.)
 */
class RegionCurvesChunksTest {

    @Test
    void chunkedBuildsOnOneTwoAndThreeThreadsAreTheOnePassBuild() {
        List<AllocationProblem> problems = new ArrayList<>();
        for (RandomProblems.Flavour flavour : RandomProblems.Flavour.values()) {
            for (long seed = 0; seed < 20; seed++) {
                problems.add(RandomProblems.generate(flavour, seed));
            }
        }
        problems.add(new ManySourceProblems(20_000, 31, 3, 0.2, false, true, 0.05).generate(3, 0.6));
        problems.add(new ManySourceProblems(5_000, 3, 0, 0.5, true, false, 0.1).generate(4, 0.5));
        for (int index = 0; index < problems.size(); index++) {
            AllocationProblem p = problems.get(index);
            RegionCurves onePass = new RegionCurves(p, Workers.sequential());
            for (int threads = 1; threads <= 3; threads++) {
                for (int chunk : new int[] {1, 7, 1_000}) {
                    assertSameCurves(p, onePass, new RegionCurves(p, Workers.of(threads, 0), chunk),
                            "problem " + index + ", " + threads + " threads, chunks of " + chunk);
                }
            }
        }
    }

    @Test
    void aProblemBuildsItsCurvesAndItsFeasibilityCheckOnce() {
        AllocationProblem p = RandomProblems.generate(RandomProblems.Flavour.TIES, 3);
        assertSame(p.curves(Workers.of(2, 0)), p.curves(Workers.sequential()));
        assertSame(FeasibilityCheck.of(p, Workers.of(2, 0)), FeasibilityCheck.of(p));
    }

    private static void assertSameCurves(AllocationProblem p, RegionCurves expected, RegionCurves actual, String where) {
        assertEquals(bits(expected.blockTotalInRegionOrder()), bits(actual.blockTotalInRegionOrder()), where);
        for (int r = 0; r <= p.regionCount(); r++) {
            assertEquals(expected.blockStart(r), actual.blockStart(r), where + " region start " + r);
        }
        for (int r = 0; r < p.regionCount(); r++) {
            String region = where + " region " + r;
            assertArrayEquals(expected.sources(r), actual.sources(r), region + " sources");
            assertEquals(bits(expected.maxAbatement(r)), bits(actual.maxAbatement(r)), region + " max");
            assertEquals(bits(expected.blockTotalInSourceOrder(r)), bits(actual.blockTotalInSourceOrder(r)), region);
            assertEquals(bits(expected.largestBreakpoint(r)), bits(actual.largestBreakpoint(r)), region);
            for (int k = expected.blockStart(r); k < expected.blockStart(r + 1); k++) {
                assertEquals(bits(expected.sortedCost(k)), bits(actual.sortedCost(k)), region + " cost " + k);
                assertEquals(bits(expected.sortedAmount(k)), bits(actual.sortedAmount(k)), region + " amount " + k);
            }
            for (double g : new double[] {-5, 0, 3, 4, 6, 17.5, 1e9}) {
                for (boolean inclusive : new boolean[] {false, true}) {
                    RegionCurves.Point e = expected.response(r, g, inclusive);
                    RegionCurves.Point a = actual.response(r, g, inclusive);
                    assertEquals(bits(e.abatement()), bits(a.abatement()), region + " response at " + g);
                    assertEquals(bits(e.cost()), bits(a.cost()), region + " cost at " + g);
                    assertEquals(bits(expected.nextBreakpoint(r, g, inclusive)), bits(actual.nextBreakpoint(r, g, inclusive)),
                            region + " next breakpoint from " + g);
                }
            }
        }
    }

    private static long bits(double x) {
        return Double.doubleToRawLongBits(x);
    }
}
