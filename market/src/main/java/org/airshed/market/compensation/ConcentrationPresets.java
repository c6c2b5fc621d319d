package org.airshed.market.compensation;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Published Chinese per-concentration compensation schemes (docs/DOMAIN.md §4), in yuan per µg/m³.
 * Shandong (2014) weights PM2.5 60 %, PM10 15 %, SO2 15 %, NO2 10 % at 200,000 yuan per µg/m³,
 * raised to 400,000 in 2016 and 800,000 in 2017; Shanxi and Zhengzhou pay 100,000 yuan per µg/m³
 * up to 5 µg/m³ and 200,000 above, on one pollutant.
 */
public final class ConcentrationPresets {
    public static final Map<String, Double> SHANDONG_POLLUTANT_WEIGHTS = Map.of(
            "PM2.5", 0.60, "PM10", 0.15, "SO2", 0.15, "NO2", 0.10);
    private static final Map<String, List<RateTier>> SCHEDULES = Map.of(
            "shandong-2014", List.of(new RateTier(Double.POSITIVE_INFINITY, 200_000)),
            "shandong-2016", List.of(new RateTier(Double.POSITIVE_INFINITY, 400_000)),
            "shandong-2017", List.of(new RateTier(Double.POSITIVE_INFINITY, 800_000)),
            "shanxi", List.of(new RateTier(5, 100_000), new RateTier(Double.POSITIVE_INFINITY, 200_000)),
            "zhengzhou", List.of(new RateTier(5, 100_000), new RateTier(Double.POSITIVE_INFINITY, 200_000)));

    private ConcentrationPresets() {
    }

    public static List<String> names() {
        return SCHEDULES.keySet().stream().sorted().toList();
    }

    /** The rate bands of a preset, or null for an unknown name. */
    public static List<RateTier> schedule(String preset) {
        return SCHEDULES.get(preset);
    }

    /** Whether the preset weights pollutants (Shandong's index) rather than paying on one pollutant. */
    public static boolean weighsPollutants(String preset) {
        return preset.startsWith("shandong");
    }

    /** Shandong's weight of a pollutant, or null when the index has no such pollutant. */
    public static Double shandongWeight(String pollutant) {
        return SHANDONG_POLLUTANT_WEIGHTS.get(pollutant.toUpperCase(Locale.ROOT));
    }
}
