package org.airshed.scenarios.library.pm25;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the us-arp-2020 generator read and derived: its description and the tests read these.
 * Masses in short tons, money in USD of the ptipm equations' cost year.
 */
final class ArpFacts {
    /** One modelled unit: its derived capacity and emissions and the measures it may still take. */
    record ModelledUnit(CampdData.Unit unit, String sourceId, double mw, long so2, long nox, List<Measure> so2Measures,
                        List<Measure> noxMeasures, String noOptionReason) {
    }

    /** A ptipm measure sized for one unit: removal of that pollutant's 2020 emissions and annual cost. */
    record Measure(String name, String abbreviation, double removal, double annualCost) {
    }

    /** Units left out and their share of their facilities' emissions. */
    static final class Excluded {
        int units;
        long so2;
        long nox;

        void add(long so2Tons, long noxTons) {
            units++;
            so2 += so2Tons;
            nox += noxTons;
        }
    }

    double arpAllocated;
    double arpEmitted;
    int arpFacilities;
    double csnoxEmitted;
    int csnoxFacilities;
    int facilities;
    long facilitiesSo2;
    long facilitiesNox;
    double facilitiesAllocation;
    final Map<String, Excluded> excluded = new LinkedHashMap<>();
    final List<ModelledUnit> units = new ArrayList<>();
    final Map<String, String> stateNames = new TreeMap<>();
    final Map<String, Integer> noOption = new TreeMap<>();
    long so2;
    long nox;
    long so2Cap;
    long noxCap;
    double maxSo2Reduction;
    double maxNoxReduction;
    int options;
    int equationYear;

    Excluded excluded(String reason) {
        return excluded.computeIfAbsent(reason, r -> new Excluded());
    }
}
