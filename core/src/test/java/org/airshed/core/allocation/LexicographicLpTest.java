package org.airshed.core.allocation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The small lexicographic LP behind the choice of duals, on polyhedra whose answer is clear by hand. */
class LexicographicLpTest {
    private static final double TOL = 1e-12;

    @Test
    void minimisesTheFirstCoordinateThenTheSecondOnTheFaceThatIsLeft() {
        // −w1 − w2 ≤ 1, −w1 ≤ 2, −w2 ≤ 2 (w = 0 feasible): w1 goes down to −2, then w2 only to 1.
        double[][] g = {{-1, -1}, {-1, 0}, {0, -1}};
        double[] h = {1, 2, 2};
        double[] w = LexicographicLp.minimise(g, h, new double[][] {{1, 0}, {0, 1}});
        assertArrayEquals(new double[] {-2, 1}, w, TOL);
    }

    @Test
    void aConstantObjectiveLeavesTheNextOneFree() {
        // Only the second coordinate is bounded below (w2 ≥ −3); the first objective is w2 − w2 = 0.
        double[][] g = {{0, -1}};
        double[] h = {3};
        double[] w = LexicographicLp.minimise(g, h, new double[][] {{0, 0}, {0, 1}});
        assertEquals(-3, w[1], TOL);
        assertEquals(0, w[0], TOL);
    }

    @Test
    void aDegenerateVertexDoesNotCycle() {
        // Many constraints tight at the start (h = 0), some redundant: Bland's rule must get out.
        double[][] g = {{-1, 0, 0}, {0, -1, 0}, {0, 0, -1}, {-1, -1, 0}, {-1, 0, -1}, {0, -1, -1}, {-1, -1, -1},
                {1, 1, 1}};
        double[] h = {0, 0, 0, 0, 0, 0, 0, 5};
        double[] w = LexicographicLp.minimise(g, h, new double[][] {{-1, 0, 0}, {0, -1, 0}, {0, 0, -1}});
        // Maximise w1, then w2, then w3 over the simplex w ≥ 0, Σw ≤ 5: (5, 0, 0).
        assertArrayEquals(new double[] {5, 0, 0}, w, TOL);
    }

    @Test
    void anUnboundedStageIsReportedAsNull() {
        assertEquals(null, LexicographicLp.minimise(new double[][] {{1}}, new double[] {1}, new double[][] {{1}}));
    }
}
