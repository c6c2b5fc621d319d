package org.airshed.scenarios.library.pm25;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every modelling choice of the yrd-pm25 generator in one place. None of these is a published
 * figure: each is ASSUMED (a modelling choice) or ILLUSTRATIVE (a plausible level, not measured),
 * and the scenario description repeats them with their label. Shares are fractions, masses tonnes,
 * concentrations µg/m³ of annual PM2.5.
 *
 * @param noxCoverage        ASSUMED share of each province's 2015 NOx emitted by the modelled point
 *                           sources (the rest: vehicles, area and small sources, in the background)
 * @param powerNoxShare      ASSUMED share of the four provinces' 2015 NOx from coal power, split between
 *                           provinces by 2020 coal capacity (as yrd-so2 splits power SO2)
 * @param noxSectorShares    ASSUMED split of the non-power modelled NOx between the sectors
 * @param pmPerSo2           ASSUMED primary PM2.5 per tonne of SO2 of each sector (province × sector totals)
 * @param pmCoverage         ASSUMED share of each province's primary PM2.5 emitted by the modelled sources
 *                           (only sizes the PM2.5 transfer coefficients)
 * @param minJitter          lowest per-source factor on the sector's NOx/SO2 and PM2.5/SO2 ratios (ASSUMED)
 * @param maxJitter          highest such factor (drawn log-uniformly in between)
 * @param minSiteFactor      lowest site factor on a non-power source's NOx and PM2.5 unit costs (as yrd-so2)
 * @param maxSiteFactor      highest site factor (drawn log-uniformly in between)
 * @param noxMeasures        CoST point-source NOx measures per non-power sector (merged by their convex hull)
 * @param pmMeasures         CoST point-source PM2.5 measures per non-power sector; a sector without one
 *                           takes the proxy step below
 * @param pmProxyEfficiency  ASSUMED PM2.5 removal of the proxy step, priced at the ULE particulate cost
 * @param powerFgdMeasure    ptipm measure whose efficiency the FGD option removes (500–699 MW wet FGD)
 * @param powerScrMeasure    ptipm measure whose efficiency the SCR option removes (500–699 MW SCR)
 * @param uleRemoval         ASSUMED total removal per pollutant with the ultra-low-emission retrofit
 * @param totalPm25          ILLUSTRATIVE baseline annual PM2.5 at each receptor
 * @param sulphate           ILLUSTRATIVE PM2.5 formed from SO2 (all of a province's SO2), as in yrd-so2
 * @param nitrate            ILLUSTRATIVE PM2.5 formed from NOx
 * @param primary            ILLUSTRATIVE primary anthropogenic PM2.5
 * @param nitrateFactors     ILLUSTRATIVE factor on the nitrate coefficient of "receptor&gt;source"
 *                           (negative: cutting that NOx raises the receptor's PM2.5)
 * @param noxDutyShare       ASSUMED stand-alone NOx duty, share of the province's modelled NOx
 * @param pmDutyShare        ASSUMED stand-alone primary PM2.5 duty, share of the province's modelled PM2.5
 * @param limitReceptor      receptor whose PM2.5 limit the policy sets
 * @param moneyYear          price year of converted U.S. costs
 * @param rules              compensation rules of the bundled file
 */
record YrdPm25Assumptions(double noxCoverage, double powerNoxShare, Map<String, Double> noxSectorShares,
                          Map<String, Double> pmPerSo2, double pmCoverage, double minJitter, double maxJitter,
                          double minSiteFactor, double maxSiteFactor, Map<String, List<String>> noxMeasures,
                          Map<String, List<String>> pmMeasures, double pmProxyEfficiency, String powerFgdMeasure,
                          String powerScrMeasure, Map<String, Double> uleRemoval, Map<String, Double> totalPm25,
                          Map<String, Double> sulphate, Map<String, Double> nitrate, Map<String, Double> primary,
                          Map<String, Double> nitrateFactors, double noxDutyShare, double pmDutyShare,
                          String limitReceptor, int moneyYear, List<String> rules) {

    static final String SO2 = "SO2";
    static final String NOX = "NOx";
    static final String PM = "PM2.5";
    static final List<String> POLLUTANTS = List.of(SO2, NOX, PM);
    static final String POWER = "power";

    static final YrdPm25Assumptions DEFAULT = new YrdPm25Assumptions(
            0.55,
            0.30,
            ordered("steel", 0.25, "cement", 0.40, "chemicals", 0.10, "industrial-boilers", 0.25),
            ordered(POWER, 0.10, "steel", 0.60, "cement", 1.20, "chemicals", 0.15, "industrial-boilers", 0.30),
            0.50,
            0.7, 1.4,
            0.8, 1.25,
            Map.of("steel", List.of("NLNBICB", "NDSNCRIBCS"),
                    "cement", List.of("NLNBUCMDY", "NMKFRCMDY", "NDBIOCM", "NDSNCRBCCK", "NDSCRCMDY"),
                    "chemicals", List.of("NLNBFFCCU", "NDLNBFFCCU"),
                    "industrial-boilers", List.of("NLNBICB", "NDSNCRIBCS")),
            Map.of("chemicals", List.of("PVENTCCU")),
            0.70,
            "SLSFOUBC4",
            "NSCR_UBCT4",
            ordered(SO2, 0.99, NOX, 0.95, PM, 0.70),
            ordered("SH", 50.0, "JS", 55.0, "ZJ", 48.0, "AH", 55.0),
            ordered("SH", 10.0, "JS", 12.0, "ZJ", 10.0, "AH", 12.0),
            ordered("SH", 8.0, "JS", 10.0, "ZJ", 8.0, "AH", 8.0),
            ordered("SH", 8.0, "JS", 10.0, "ZJ", 8.0, "AH", 10.0),
            Map.of("SH>SH", -0.3),
            0.25,
            0.20,
            "SH",
            2020,
            List.of("beneficiary-pays", "shapley", "nucleolus", "nash-bargaining", "proportional-population",
                    "concentration-shandong"));

    YrdPm25Assumptions {
        noxSectorShares = Collections.unmodifiableMap(new LinkedHashMap<>(noxSectorShares));
        pmPerSo2 = Collections.unmodifiableMap(new LinkedHashMap<>(pmPerSo2));
        noxMeasures = Map.copyOf(noxMeasures);
        pmMeasures = Map.copyOf(pmMeasures);
        uleRemoval = Collections.unmodifiableMap(new LinkedHashMap<>(uleRemoval));
        totalPm25 = Map.copyOf(totalPm25);
        sulphate = Map.copyOf(sulphate);
        nitrate = Map.copyOf(nitrate);
        primary = Map.copyOf(primary);
        nitrateFactors = Map.copyOf(nitrateFactors);
        rules = List.copyOf(rules);
    }

    /** The factor on the nitrate coefficient of receptor r from source region s (1 unless listed). */
    double nitrateFactor(String receptor, String source) {
        return nitrateFactors.getOrDefault(receptor + ">" + source, 1.0);
    }

    /** An insertion-ordered map from alternating keys and values. */
    private static Map<String, Double> ordered(Object... keysAndValues) {
        LinkedHashMap<String, Double> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], (Double) keysAndValues[i + 1]);
        }
        return map;
    }
}
