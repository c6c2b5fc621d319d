package org.airshed.core.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * The builder's checks name the field and the value: numbers are passed unboxed (a boxed check per
 * cell cost a national inventory millions of allocations before the JIT), and the message must read
 * as the boxed one did ("invalid " + what + ": " + the Double or Integer).
 */
class AllocationProblemBuilderMessagesTest {
    @Test
    void addSourcesNamesTheBadValueAsTheBoxedCheckDid() {
        assertEquals("invalid baseline: " + Double.valueOf(-1.5), message(sources(0, -1.5, 2.0, 10.0)));
        assertEquals("invalid block amount: " + Double.valueOf(Double.NaN), message(sources(0, 1, Double.NaN, 10.0)));
        assertEquals("invalid block unit cost: " + Double.valueOf(Double.POSITIVE_INFINITY),
                message(sources(0, 1, 2.0, Double.POSITIVE_INFINITY)));
        assertEquals("invalid region index: " + Integer.valueOf(7), message(sources(7, 1, 2.0, 10.0)));
        assertEquals("invalid baseline: -1.0E-300",
                message(() -> builder().addStepSource(0, -1e-300, new double[0], new double[0])));
        assertEquals("invalid quadratic slope (> 0): -0.0", message(() -> builder().addQuadraticSource(0, 1, 0, -0.0, 1)));
    }

    private static Runnable sources(int region, double baseline, double amount, double cost) {
        return () -> builder().addSources(new int[] {region}, new double[] {baseline}, new int[] {0, 1},
                new double[] {amount}, new double[] {cost}, new double[] {0}, new double[] {1}, new double[] {0});
    }

    private static AllocationProblemBuilder builder() {
        AllocationProblemBuilder builder = new AllocationProblemBuilder();
        builder.addRegion("A", 1);
        return builder;
    }

    private static String message(Runnable check) {
        return assertThrows(IllegalArgumentException.class, check::run).getMessage();
    }
}
