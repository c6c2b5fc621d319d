package org.airshed.core.io;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The joined columns never hold more than twice what the sources read so far need, whatever the
 * file's shape: a first piece denser than the rest (small one-step sources first, then plants of
 * many steps, or cells padded later) must not size the columns for a file of such rows only.
 */
class SourcesCsvJoinGrowthTest {
    @Test
    void aDenseFirstPieceDoesNotSizeTheWholeFile() {
        // The review's file: 4.3 MB of one-step rows first, 63 MB in all, mostly padded cells.
        for (long joined = 4_300_000L; joined <= 63_000_000L; joined += 4_194_304L) {
            double growth = SourcesCsvJoin.growth(63_000_000L, joined);
            assertTrue(growth >= 1 && growth <= 2, "columns made " + growth + " x what is needed after " + joined + " bytes");
        }
    }

    @Test
    void theLastGrowthStopsNearTheFilesEnd() {
        assertTrue(SourcesCsvJoin.growth(246_000_000L, 200_000_000L) < 1.3);
        assertTrue(SourcesCsvJoin.growth(246_000_000L, 246_000_000L) >= 1);
    }
}
