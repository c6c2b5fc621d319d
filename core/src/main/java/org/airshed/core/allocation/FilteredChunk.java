package org.airshed.core.allocation;

import java.util.Arrays;

/**
 * What one chunk of sources left after the filtering pass of {@link BracketSelection}: per group,
 * the sums over everything wholly below the bracket or spanning it, and the few blocks and
 * quadratic sources that lie inside it. Written by one thread, read after the pass.
 */
final class FilteredChunk {
    final double[] below;
    final double[] quadConstant;
    final double[] alpha;
    final double[] beta;
    final int[] spanning;
    /** Listed blocks: index, owner (null when the pass did not record it), price t = cost − offset, amount. */
    int[] block;
    int[] blockSource;
    double[] t;
    double[] amount;
    int blockCount;
    int[] quadSource = new int[8];
    int quadCount;

    FilteredChunk(int groups) {
        below = new double[groups];
        quadConstant = new double[groups];
        alpha = new double[groups];
        beta = new double[groups];
        spanning = new int[groups];
    }

    void addQuad(int i) {
        if (quadCount == quadSource.length) {
            quadSource = Arrays.copyOf(quadSource, 2 * quadCount);
        }
        quadSource[quadCount++] = i;
    }
}
