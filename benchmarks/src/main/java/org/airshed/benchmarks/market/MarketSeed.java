package org.airshed.benchmarks.market;

/** The one seed every market benchmark draws its instances from, so that every run times the same ones. */
final class MarketSeed {
    static final long SEED = 20_261_122L;

    private MarketSeed() {
    }
}
