package org.airshed.core.io;

/**
 * The bounds a scenario is read within (docs/FORMAT.md, "Limits"), each with its reason. A value past
 * one is refused where it is read, with its file, JSON path (or CSV line and column) and value,
 * instead of failing later inside a solver or running out of memory.
 */
public final class ScenarioLimits {
    /**
     * The largest magnitude of any number in a scenario (quantities, costs, coefficients). Products
     * of two such numbers (cost = unit cost × amount, concentration = transfer × emissions, a
     * quadratic's slope × max²) summed over millions of sources stay far inside a double's range;
     * 1e15 is still a million times China's GDP in yuan.
     */
    public static final double MAX_MAGNITUDE = 1e15;
    /**
     * The most regions: the solver holds receptor limits × regions transfer coefficients and the
     * compensation game regions × regions, dense, so 5,000 regions is 200 MB each; China's 2,850
     * counties and the United States' 3,144 fit.
     */
    public static final int MAX_REGIONS = 5_000;
    /**
     * The longest row of a sources CSV (characters, quoted line breaks included): a row is a few
     * dozen characters, so a longer one is not a sources file (a binary file, /dev/zero).
     */
    public static final int MAX_CSV_ROW = 65_536;
    /**
     * The largest JSON file read whole (scenarios, sweeps, games): about a million inline sources.
     * Larger inventories belong in a sources CSV, which is read as a stream.
     */
    public static final long MAX_JSON_BYTES = 256L << 20;

    private ScenarioLimits() {
    }

    /** Whether {@code value} is within {@link #MAX_MAGNITUDE}. */
    public static boolean withinMagnitude(double value) {
        return Math.abs(value) <= MAX_MAGNITUDE;
    }

    /** The problem message for a number past {@link #MAX_MAGNITUDE}. */
    public static String beyondMagnitude() {
        return "must be at most 1e15 in magnitude: larger numbers overflow the solver's sums of products"
                + " (docs/FORMAT.md, \"Limits\"); choose larger units";
    }
}
