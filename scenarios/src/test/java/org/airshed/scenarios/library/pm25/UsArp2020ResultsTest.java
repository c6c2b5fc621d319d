package org.airshed.scenarios.library.pm25;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;
import org.airshed.core.study.multi.MultiAllocationReport;
import org.junit.jupiter.api.Test;

/**
 * us-arp-2020 through the pipeline reproduces V2-SCENARIOS.md's figures (reference LP, HiGHS agreed):
 * least cost 1.135×10⁹ USD (0.05 %), λ SO2 7,843 and λ NOx 10,743 USD per short ton (0.1 %), and the
 * caps do not interact: each alone costs its share at the same price.
 */
class UsArp2020ResultsTest {
    private static MultiAllocationReport run(Consumer<ObjectNode> edit) {
        return V2Runs.run(UsArp2020Generator.RESOURCE, edit).context().multiAllocation();
    }

    private static void assertResult(MultiAllocationReport r, double cost, double so2, double nox) {
        assertTrue(r.isOptimal(), r.reasons()::toString);
        assertEquals(cost, r.totalCost(), 5e-4 * cost, "total cost");
        assertEquals(so2, r.pollutants().get(0).capPrice(), Math.max(1e-6, 1e-3 * so2), "λ SO2");
        assertEquals(nox, r.pollutants().get(1).capPrice(), Math.max(1e-6, 1e-3 * nox), "λ NOx");
    }

    @Test
    void bothCaps() {
        assertResult(run(tree -> { }), 1.135e9, 7843, 10743);
    }

    @Test
    void theSo2CapAlone() {
        assertResult(run(tree -> V2Runs.drop(tree, "caps", "NOx")), 6.709e8, 7843, 0);
    }

    @Test
    void theNoxCapAlone() {
        assertResult(run(tree -> V2Runs.drop(tree, "caps", "SO2")), 4.644e8, 0, 10743);
    }
}
