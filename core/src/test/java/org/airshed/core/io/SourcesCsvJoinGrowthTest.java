package org.airshed.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The joined columns grow for the whole file only as far as the heap can spare: a first piece
 * denser than the rest (small one-step sources first, then plants of many steps, or cells padded
 * later) must not size them for a file of such rows only when the heap is small.
 */
class SourcesCsvJoinGrowthTest {
    private static final long MB = 1L << 20;

    @Test
    void aDenseFirstPieceInASmallHeapGrowsAsAList() {
        // The review's file: 4.3 MB of one-step rows first (about 14 MB of columns), 63 MB in all, in a 96 MB heap.
        double growth = SourcesCsvJoin.growth(63_000_000L, 4_300_000L, 14 * MB, 96 * MB / 8);
        assertTrue(growth <= 2, "columns made " + growth + " x what is needed");
    }

    @Test
    void aLargeHeapTakesTheWholeFileAtOnce() {
        // 10^6 sources, 246 MB, 4 MB pieces: the first piece's columns are about 2.4 MB.
        assertEquals(1.02 * 246 / 4, SourcesCsvJoin.growth(246 * MB, 4 * MB, 2_400_000L, 5_800 * MB / 8), 1e-9);
    }

    @Test
    void neverMoreThanTheFileSuggestsNorBelowWhatIsNeeded() {
        assertTrue(SourcesCsvJoin.growth(246 * MB, 200 * MB, 100 * MB, 1) < 1.3);
        assertTrue(SourcesCsvJoin.growth(246 * MB, 246 * MB, 100 * MB, 1) >= 1);
    }
}
