package org.airshed.scenarios.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.airshed.core.model.Region;

/**
 * The regions of a synthetic scenario: points on a plane (km), each about
 * {@value #REGION_SPACING_KM} km from its neighbours, with a lognormal population, a GDP, a
 * background concentration and a receptor sensitivity. Transfer from region r to receptor k
 * decays exponentially with distance, {@code T_kr = c_k · exp(−d_kr / L)} with
 * L = {@value #DECAY_KM} km, so a region's own emissions weigh most; coefficients below
 * {@value #CUTOFF} of the receptor's own are dropped (0), as a dispersion model's footprint ends.
 * Units: µg/m³ per t per year.
 */
public final class SyntheticRegions {
    static final double REGION_SPACING_KM = 150;
    static final double DECAY_KM = 100;
    static final double CUTOFF = 1e-3;
    /** Concentration (µg/m³) a receptor would see from its own region's typical emissions alone. */
    static final double OWN_CONCENTRATION = 20;

    private final String[] ids;
    private final double[] x;
    private final double[] y;
    private final double[] population;
    private final double[] gdp;
    private final double[] background;
    private final double[] sensitivity;
    private final int[] receptorRegions;

    private SyntheticRegions(String[] ids, double[] x, double[] y, double[] population, double[] gdp,
                             double[] background, double[] sensitivity, int[] receptorRegions) {
        this.ids = ids;
        this.x = x;
        this.y = y;
        this.population = population;
        this.gdp = gdp;
        this.background = background;
        this.sensitivity = sensitivity;
        this.receptorRegions = receptorRegions;
    }

    /**
     * Draws the regions of {@code spec}. Places, populations and backgrounds depend on the seed
     * and R only, sensitivities also on N (they scale with the typical regional emissions), and
     * the receptors are the K most populous regions, so K = 10 and K = 100 share a geography.
     */
    static SyntheticRegions draw(GeneratorSpec spec, SplittableRandom random) {
        int count = spec.regions();
        double side = REGION_SPACING_KM * StrictMath.sqrt(count);
        // Sources per region follow population; a receptor's sensitivity is scaled so that a
        // region's typical emissions give it about OWN_CONCENTRATION, whatever N and R are.
        double typicalRegionEmissions = Sector.meanBaseline() * spec.sources() / count;
        String[] ids = new String[count];
        double[] x = new double[count];
        double[] y = new double[count];
        double[] population = new double[count];
        double[] gdp = new double[count];
        double[] background = new double[count];
        double[] sensitivity = new double[count];
        int width = Integer.toString(count).length();
        for (int r = 0; r < count; r++) {
            ids[r] = "R" + "0".repeat(width - Integer.toString(r + 1).length()) + (r + 1);
            x[r] = Draws.round(Draws.uniform(random, 0, side), 10);
            y[r] = Draws.round(Draws.uniform(random, 0, side), 10);
            population[r] = Math.rint(Draws.lognormal(random, 5e6, 0.8));
            gdp[r] = Math.rint(population[r] * Draws.uniform(random, 4e4, 1.2e5) / 1e6) * 1e6; // CNY, to 1e6
            background[r] = Draws.round(Draws.uniform(random, 4, 12), 100);
            sensitivity[r] = Draws.fourDigits(OWN_CONCENTRATION * Draws.uniform(random, 0.5, 1.5)
                    / typicalRegionEmissions);
        }
        int[] receptors = IntStream.range(0, count).boxed()
                .sorted(Comparator.<Integer>comparingDouble(r -> -population[r]).thenComparingInt(r -> r))
                .limit(spec.receptors()).mapToInt(Integer::intValue).sorted().toArray();
        return new SyntheticRegions(ids, x, y, population, gdp, background, sensitivity, receptors);
    }

    public int count() {
        return ids.length;
    }

    public String id(int r) {
        return ids[r];
    }

    public double population(int r) {
        return population[r];
    }

    public double background(int r) {
        return background[r];
    }

    /** Region indices of the receptors, in region order (the order receptor rows take). */
    public int[] receptorRegions() {
        return receptorRegions.clone();
    }

    /** Concentration at region k per t per year emitted in region r (µg/m³ per t), 0 beyond the footprint. */
    public double transfer(int k, int r) {
        double distance = StrictMath.hypot(x[k] - x[r], y[k] - y[r]);
        double decay = StrictMath.exp(-distance / DECAY_KM);
        return decay < CUTOFF ? 0 : Draws.fourDigits(sensitivity[k] * decay);
    }

    /** Row k of the transfer matrix over all regions. */
    public double[] transferRow(int k) {
        double[] row = new double[ids.length];
        for (int r = 0; r < row.length; r++) {
            row[r] = transfer(k, r);
        }
        return row;
    }

    /** Cumulative population, for drawing each source's region in proportion to population. */
    double[] cumulativePopulation() {
        double[] cumulative = new double[population.length];
        double total = 0;
        for (int r = 0; r < population.length; r++) {
            total += population[r];
            cumulative[r] = total;
        }
        return cumulative;
    }

    /** The model regions: id, population, GDP, background; no damages or transaction costs. */
    List<Region> modelRegions() {
        List<Region> regions = new ArrayList<>(ids.length);
        for (int r = 0; r < ids.length; r++) {
            regions.add(new Region(ids[r], ids[r], OptionalDouble.of(population[r]), OptionalDouble.of(gdp[r]), 0,
                    background[r], 0));
        }
        return regions;
    }

    @Override
    public String toString() {
        return "SyntheticRegions" + Arrays.toString(ids);
    }
}
