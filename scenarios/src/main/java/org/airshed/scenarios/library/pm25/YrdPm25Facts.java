package org.airshed.scenarios.library.pm25;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.airshed.scenarios.library.MeasureCurve;

/**
 * What the yrd-pm25 generator derived, collected while it runs: its description and the tests
 * read these instead of re-deriving them. Masses in tonnes; pollutant arrays in the order SO2,
 * NOx, PM2.5.
 */
final class YrdPm25Facts {
    final YrdPm25Assumptions assumptions;
    final long seed;
    final Map<String, ProvinceRow> provinces = new LinkedHashMap<>();
    /** Coal SO2 inlet rate of each plant recovered from its FGD cost, lb/MMBtu. */
    final Map<String, Double> inlet = new LinkedHashMap<>();
    /** FGD unit cost of each plant in yrd-so2, CNY per tonne SO2. */
    final Map<String, Double> fgdCny = new LinkedHashMap<>();
    /** Capacity of each plant, MW (DERIVED). */
    final Map<String, Double> mw = new LinkedHashMap<>();
    /** Baseline emissions per source, tonnes: {SO2, NOx, PM2.5}. */
    final Map<String, long[]> emissions = new LinkedHashMap<>();
    final Map<String, long[]> regionTotals = new LinkedHashMap<>();
    final Map<String, Long> modelledNox = new LinkedHashMap<>();
    final Map<String, Long> powerNox = new LinkedHashMap<>();
    final Map<String, Long> sectorNox = new LinkedHashMap<>();
    final Map<String, Long> sectorPm = new LinkedHashMap<>();
    /** Hull curve of each (sector, CoST size class), before the site factor. */
    final Map<String, List<MeasureCurve.Block>> noxCurves = new LinkedHashMap<>();
    final Map<String, List<MeasureCurve.Block>> pmCurves = new LinkedHashMap<>();
    /** Provincial primary PM2.5 (modelled / pmCoverage), tonnes (DERIVED). */
    final Map<String, Double> provincialPm = new LinkedHashMap<>();
    /** transfer[receptor][pollutant][source region], µg/m³ per tonne. */
    final Map<String, Map<String, Map<String, Double>>> transfer = new LinkedHashMap<>();
    final Map<String, Double> background = new LinkedHashMap<>();
    /** Stand-alone duties per region, tonnes: {SO2, NOx, PM2.5}. */
    final Map<String, long[]> duties = new LinkedHashMap<>();
    final long[] caps = new long[3];
    double concentrationUnderDuties;
    double limit;

    YrdPm25Facts(YrdPm25Assumptions assumptions, long seed) {
        this.assumptions = assumptions;
        this.seed = seed;
    }
}
