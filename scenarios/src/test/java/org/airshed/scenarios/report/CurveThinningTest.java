package org.airshed.scenarios.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A thinned curve keeps at most 2n + 2 of its own points, both ends included. */
class CurveThinningTest {
    @Test
    void aMillionPointCurveKeepsAtMost2nPlus2IncludingBothEnds() {
        int n = 1_000_000;
        CurveThinning thinning = new CurveThinning(50, 0, 1e4, 1e6);
        int kept = 0;
        boolean first = false;
        boolean last = false;
        for (int k = 0; k < n; k++) {
            // A convex curve: flat first, then steep.
            double price = 1e4 * Math.pow((double) k / (n - 1), 4);
            boolean keep = thinning.keep(price, k, k == n - 1);
            kept += keep ? 1 : 0;
            first |= keep && k == 0;
            last |= keep && k == n - 1;
        }
        assertTrue(kept <= 102 && kept >= 50, "kept " + kept);
        assertTrue(first && last);
    }

    @Test
    void aCurveOfOnePriceKeepsItsEnds() {
        CurveThinning thinning = new CurveThinning(1, 5, 5, 0);
        assertTrue(thinning.keep(5, 0, false));
        assertEquals(false, thinning.keep(5, 0, false));
        assertTrue(thinning.keep(5, 0, true));
    }
}
