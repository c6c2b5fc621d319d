package org.airshed.benchmarks.allocation;

/**
 * The memory-bandwidth floor: one branch-free streaming pass over the block arrays a solver's
 * first pass must read (unit cost and amount, two doubles per block), summing the capacities
 * and the cost of abating everything. No solver that reads these arrays can be faster.
 */
final class OnePassFloor {
    private OnePassFloor() {
    }

    /**
     * {Σ amount (t), Σ cost·amount (CNY)}. Four independent partial sums each: Java keeps a
     * floating-point sum in order, so one accumulator would measure the adder's latency
     * (≈ 4 cycles per block), not the memory.
     */
    static double[] pass(double[] costs, double[] amounts) {
        double c0 = 0;
        double c1 = 0;
        double c2 = 0;
        double c3 = 0;
        double w0 = 0;
        double w1 = 0;
        double w2 = 0;
        double w3 = 0;
        int n = amounts.length;
        int b = 0;
        for (; b + 3 < n; b += 4) {
            double a0 = amounts[b];
            double a1 = amounts[b + 1];
            double a2 = amounts[b + 2];
            double a3 = amounts[b + 3];
            c0 += a0;
            c1 += a1;
            c2 += a2;
            c3 += a3;
            w0 += costs[b] * a0;
            w1 += costs[b + 1] * a1;
            w2 += costs[b + 2] * a2;
            w3 += costs[b + 3] * a3;
        }
        for (; b < n; b++) {
            c0 += amounts[b];
            w0 += costs[b] * amounts[b];
        }
        return new double[] {(c0 + c1) + (c2 + c3), (w0 + w1) + (w2 + w3)};
    }
}
