package org.airshed.benchmarks.allocation;

import java.util.Arrays;
import org.airshed.scenarios.generate.DrawnSource;
import org.airshed.scenarios.generate.SourceSink;

/** Collects every block's unit cost and amount into flat arrays, in the problem's block order. */
final class BlockArrays implements SourceSink {
    private double[] costs;
    private double[] amounts;
    private int size;

    BlockArrays(int expectedBlocks) {
        costs = new double[expectedBlocks];
        amounts = new double[expectedBlocks];
    }

    @Override
    public void accept(DrawnSource source) {
        int blocks = source.blockCount();
        if (size + blocks > costs.length) {
            costs = Arrays.copyOf(costs, Math.max(2 * costs.length, size + blocks));
            amounts = Arrays.copyOf(amounts, costs.length);
        }
        System.arraycopy(source.unitCosts(), 0, costs, size, blocks);
        System.arraycopy(source.amounts(), 0, amounts, size, blocks);
        size += blocks;
    }

    double[] costs() {
        return size == costs.length ? costs : Arrays.copyOf(costs, size);
    }

    double[] amounts() {
        return size == amounts.length ? amounts : Arrays.copyOf(amounts, size);
    }
}
