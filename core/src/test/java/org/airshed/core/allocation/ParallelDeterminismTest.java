package org.airshed.core.allocation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The answer does not depend on how many threads compute it, nor on the fast paths: chunks are
 * fixed by the data size and everything that decides the answer is combined in a fixed order.
 * Instances are large enough for every pass to go parallel.
 */
class ParallelDeterminismTest {
    private static final long SEED = 11;

    private static void assertSame(AllocationSolution expected, AllocationSolution actual, String where) {
        assertEquals(expected.status(), actual.status(), where);
        assertEquals(expected.capPrice(), actual.capPrice(), 0, where);
        assertEquals(expected.cost(), actual.cost(), 0, where);
        assertEquals(expected.relativeGap(), actual.relativeGap(), 0, where);
        assertEquals(expected.iterations(), actual.iterations(), where);
        assertArrayEquals(expected.receptorPrices(), actual.receptorPrices(), where);
        assertArrayEquals(expected.abatement(), actual.abatement(), where);
    }

    private static AllocationSolution solve(AllocationProblem p, int threads, int bracketMinSources) {
        return new ExactAllocationSolver(SEED, Workers.of(threads, 0), bracketMinSources).solve(p);
    }

    @Test
    void capOnlyIsTheSameOnOneTwoAndThreeThreadsAndAsThePlainSelection() {
        for (ManySourceProblems family : List.of(new ManySourceProblems(60_000, 31, 0, 0.2, true, false, 0.05),
                new ManySourceProblems(40_000, 5, 0, 0.3, false, true, 0.1))) {
            AllocationProblem p = family.generate(3, 0.6);
            AllocationSolution plain = solve(p, 1, Integer.MAX_VALUE);
            assertTrue(plain.isOptimal());
            for (int threads = 1; threads <= 3; threads++) {
                assertSame(plain, solve(p, threads, 0), family + " on " + threads + " threads");
            }
        }
    }

    @Test
    void receptorLimitsGiveTheSameBitsOnOneAndTwoThreadsAndAsThePlainSelection() {
        AllocationProblem p = new ManySourceProblems(30_000, 12, 4, 0.2, false, false, 0.05).generate(5, 0.4);
        AllocationSolution plain = solve(p, 1, Integer.MAX_VALUE);
        assertTrue(plain.isOptimal(), plain.reasons().toString());
        assertSame(plain, solve(p, 1, 0), "fast path, one thread");
        assertSame(plain, solve(p, 2, 0), "fast path, two threads");
    }

    @Test
    void theFastPathsGiveTheSameBitsOnSmallRandomProblems() {
        for (RandomProblems.Flavour flavour : RandomProblems.Flavour.values()) {
            for (long seed = 0; seed < 150; seed++) {
                AllocationProblem p = RandomProblems.generate(flavour, seed);
                AllocationSolution plain = new ExactAllocationSolver(SEED).solve(p);
                if (plain.isOptimal()) {
                    assertSame(plain, solve(p, 2, 0), flavour + " seed " + seed);
                }
            }
        }
    }

    @Test
    void solvingInsideAParallelStreamNeitherDeadlocksNorChangesTheAnswer() {
        AllocationProblem p = new ManySourceProblems(80_000, 8, 0, 0.1, false, false, 0.05).generate(7, 0.6);
        AllocationSolution alone = new ExactAllocationSolver(SEED, 2).solve(p);
        List<AllocationSolution> many = IntStream.range(0, 6).parallel()
                .mapToObj(k -> new ExactAllocationSolver(SEED, 2).solve(p)).toList();
        for (AllocationSolution s : many) {
            assertSame(alone, s, "inside a parallel stream");
        }
    }

    @Test
    void aFailingChunkFailsThePassAfterTheOthersFinish() {
        AtomicInteger ran = new AtomicInteger();
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> Workers.of(2, 0).forEach(40, 1_000_000, (chunk, worker) -> {
                    ran.incrementAndGet();
                    if (chunk == 17) {
                        throw new IllegalStateException("chunk 17");
                    }
                }));
        assertEquals("chunk 17", thrown.getMessage());
        assertTrue(ran.get() >= 18);
    }

    @Test
    void parallelismBelowOneIsRejected() {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> new ExactAllocationSolver(SEED, 0));
        assertTrue(thrown.getMessage().contains("0"), thrown.getMessage());
    }
}
