package org.airshed.scenarios.generate;

/**
 * One source as the generator draws it, handed to a {@link SourceSink}. The generator reuses
 * one instance for every source so that a million sources allocate no objects: a sink must
 * copy what it keeps before returning.
 */
public final class DrawnSource {
    private final double[][] amountsByCount;
    private final double[][] costsByCount;
    int index;
    int region;
    Sector sector;
    double baseline;
    int blocks;

    DrawnSource(int maxBlocks) {
        amountsByCount = new double[maxBlocks + 1][];
        costsByCount = new double[maxBlocks + 1][];
        for (int b = 0; b <= maxBlocks; b++) {
            amountsByCount[b] = new double[b];
            costsByCount[b] = new double[b];
        }
    }

    /** 0-based position in the inventory. */
    public int index() {
        return index;
    }

    /** Region index (into {@link SyntheticRegions}). */
    public int region() {
        return region;
    }

    public String sector() {
        return sector.key;
    }

    /** Emissions before abatement (t per year). */
    public double baseline() {
        return baseline;
    }

    public int blockCount() {
        return blocks;
    }

    /** Block amounts (t per year), exactly {@link #blockCount()} long; reused, do not keep. */
    public double[] amounts() {
        return amountsByCount[blocks];
    }

    /** Block unit costs (CNY per t), non-decreasing, exactly {@link #blockCount()} long; reused. */
    public double[] unitCosts() {
        return costsByCount[blocks];
    }

    /** Largest abatement: the sum of the block amounts (t per year). */
    public double maxAbatement() {
        double total = 0;
        for (double a : amounts()) {
            total += a;
        }
        return total;
    }
}
