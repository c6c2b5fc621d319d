package org.airshed.scenarios.library;

import java.util.List;
import java.util.Map;

/**
 * Every modelling ASSUMPTION of the yrd-so2 generator in one place (none of these is a published
 * figure; the scenario description repeats them). Shares are fractions; masses tonnes; capacity MW.
 *
 * @param provinces             region ids, in output order
 * @param coverage              share of each province's 2010 SO2 emitted by the modelled point sources
 * @param powerShare            share of the four provinces' combined 2010 SO2 from coal power, split
 *                              between provinces by their 2020 coal-power capacity
 * @param sectors               the non-power sectors, their share of non-power modelled SO2 and their
 *                              process variants
 * @param nonPowerSources       number of non-power sources (spread over provinces and sectors by emissions)
 * @param minSourcesPerGroup    fewest sources of one sector in one province
 * @param unitSizesMw           coal-power unit sizes drawn for a plant
 * @param unitSizeWeights       probabilities of {@code unitSizesMw}
 * @param minUnits              fewest units per plant
 * @param maxUnits              most units per plant
 * @param minPlantMw            a province's last plant absorbs any remainder below this
 * @param minInlet              lowest coal SO2 inlet rate drawn, lb/MMBtu
 * @param maxInlet              highest coal SO2 inlet rate drawn, lb/MMBtu
 * @param uleTotalEfficiency    removal reached with the ultra-low-emission retrofit on top of FGD
 * @param paretoShape           shape α of the Pareto size weights of non-power sources (skew)
 * @param maxSizeWeight         size weights are capped here (limits one source's share of a group)
 * @param minSiteFactor         lowest site-specific cost factor of a non-power source
 * @param maxSiteFactor         highest site-specific cost factor (drawn log-uniformly in between)
 * @param quadraticShare        share of coal-fired industrial boilers given a quadratic curve
 * @param sulphateConcentration ILLUSTRATIVE SO2-attributable (sulphate) PM2.5 at each receptor, µg/m³
 * @param moneyYear             price year of converted U.S. costs (CPI-U and CNY/USD of this year)
 */
record YrdAssumptions(List<String> provinces, double coverage, double powerShare, List<Sector> sectors,
                      int nonPowerSources, int minSourcesPerGroup, List<Double> unitSizesMw, List<Double> unitSizeWeights,
                      int minUnits, int maxUnits, double minPlantMw, double minInlet, double maxInlet,
                      double uleTotalEfficiency, double paretoShape, double maxSizeWeight, double minSiteFactor,
                      double maxSiteFactor, double quadraticShare, Map<String, Double> sulphateConcentration,
                      int moneyYear) {

    /** A process variant of a sector, costed by the lower convex hull of its CoST measures. */
    record Variant(String label, double probability, List<String> measures, boolean quadraticAllowed) {
    }

    /**
     * A non-power sector.
     *
     * @param code       short code used in source ids
     * @param share      share of the non-power modelled SO2
     * @param department lead department (docs/DOMAIN.md §1 responsibility lists)
     */
    record Sector(String name, String code, double share, String department, List<Variant> variants) {
    }

    static final String POWER = "power";
    static final String POWER_CODE = "PWR";
    static final String POWER_DEPARTMENT = "ecology-environment";
    /** Wet FGD (limestone forced oxidation) for 500–699 MW units: its efficiency applies to the FGD step. */
    static final String POWER_FGD_MEASURE = "SLSFOUBC4";

    static final YrdAssumptions DEFAULT = new YrdAssumptions(
            List.of("SH", "JS", "ZJ", "AH"),
            0.70,
            0.40,
            List.of(
                    new Sector("steel", "STL", 0.30, "industry-IT", List.of(
                            new Variant("sinter and coke-oven flue gas, costed as coal-fired ICI boilers (proxy)",
                                    1.0, List.of("SSRBINJICB", "SFGDICB"), false))),
                    new Sector("cement", "CEM", 0.20, "industry-IT", List.of(
                            new Variant("preheater/precalciner kiln", 0.6, List.of("SSPRAPRPR", "SSCRBPRPR"), false),
                            new Variant("dry-process kiln", 0.3, List.of("SSPRADRKL", "SSCRBDRKL"), false),
                            new Variant("wet-process kiln", 0.1, List.of("SSCRBCEMKL"), false))),
                    new Sector("chemicals", "CHM", 0.15, "industry-IT", List.of(
                            new Variant("sulphur recovery", 0.5, List.of("SSRTGSRPNC"), false),
                            new Variant("refinery catalytic cracking", 0.5, List.of("SCATPETCRK", "SSCRBPETCK"),
                                    false))),
                    new Sector("industrial-boilers", "IBL", 0.35, "ecology-environment", List.of(
                            new Variant("coal-fired", 0.85, List.of("SSRBINJICB", "SFGDICB"), true),
                            new Variant("residual-oil-fired", 0.15, List.of("SFGDICBOIL"), false)))),
            180,
            2,
            List.of(300.0, 600.0, 660.0, 1000.0),
            List.of(0.25, 0.35, 0.15, 0.25),
            2,
            4,
            300,
            0.6,
            2.0,
            0.99,
            1.5,
            20,
            0.8,
            1.25,
            0.10,
            Map.of("SH", 10.0, "JS", 12.0, "ZJ", 10.0, "AH", 12.0),
            2020);

    YrdAssumptions {
        provinces = List.copyOf(provinces);
        sectors = List.copyOf(sectors);
        unitSizesMw = List.copyOf(unitSizesMw);
        unitSizeWeights = List.copyOf(unitSizeWeights);
        sulphateConcentration = Map.copyOf(sulphateConcentration);
    }
}
