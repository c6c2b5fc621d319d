package org.airshed.scenarios.generate;

/**
 * Sums over the drawn sources, accumulated in inventory order, exactly as
 * {@code Scenario.totalBaseline()} and {@code ScenarioProblem} sum them when the files are read
 * back, so the policy's requirements come out bit for bit the same either way.
 */
final class SourceTotals implements SourceSink {
    final double[] regionBaseline;
    final double[] regionMaxAbatement;
    double totalBaseline;
    double totalMaxAbatement;
    long blocks;
    int sources;

    SourceTotals(int regions) {
        regionBaseline = new double[regions];
        regionMaxAbatement = new double[regions];
    }

    @Override
    public void accept(DrawnSource source) {
        double max = source.maxAbatement();
        totalBaseline += source.baseline();
        totalMaxAbatement += max;
        regionBaseline[source.region()] += source.baseline();
        regionMaxAbatement[source.region()] += max;
        blocks += source.blockCount();
        sources++;
    }
}
