package org.airshed.scenarios.library.pm25;

import org.airshed.scenarios.library.ClasspathCsv;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;

/**
 * The EPA power-sector (IPM, "ptipm") control measures of 2016-03-29: efficiencies, capital
 * recovery factors and size classes from {@code ptipm_20160329_efficiencies.csv}, cost equations
 * from {@code ptipm_20160329_equations.csv}. Only the SO2 and NOx rows are read.
 *
 * <p>Equation type 1 (all money in USD of the equation's cost year, MW the unit's capacity):
 * capital = var1 [$/kW] × MW × 1000 × (var4/MW)^var5; fixed O&amp;M = var2 [$/kW-yr] × MW × 1000;
 * variable O&amp;M = var3 [$/MWh] × MW × capacity factor × 8760; annual = CRF × capital + O&amp;M.
 * The size-class equations used here have var4 = var5 = 0, so the scaling factor is 1.
 */
final class PowerMeasures {
    static final String EFFICIENCIES = "/data/epa-cost-measures/ptipm_20160329_efficiencies.csv";
    static final String EQUATIONS = "/data/epa-cost-measures/ptipm_20160329_equations.csv";

    /** An efficiency row: removal of one pollutant, the CRF and the MW range the row applies to. */
    record Efficiency(String abbreviation, String pollutant, double efficiency, double capitalRecoveryFactor,
                      double minMw, double maxMw) {
    }

    /** A type 1 cost equation. */
    record Equation(String abbreviation, int costYear, double capitalPerKw, double fixedPerKwYear,
                    double variablePerMwh, double scaleMw, double scaleExponent) {
    }

    private final Map<String, Efficiency> efficiencies;
    private final Map<String, Equation> equations;

    private PowerMeasures(Map<String, Efficiency> efficiencies, Map<String, Equation> equations) {
        this.efficiencies = efficiencies;
        this.equations = equations;
    }

    static PowerMeasures load() {
        Map<String, Efficiency> efficiencies = new HashMap<>();
        for (CSVRecord row : ClasspathCsv.withHeader(EFFICIENCIES)) {
            String pollutant = switch (row.get("pollutant").toUpperCase(Locale.ROOT)) {
                case "SO2" -> "SO2";
                case "NOX" -> "NOx";
                default -> null;
            };
            if (pollutant == null) {
                continue;
            }
            String abbreviation = row.get("cmabbreviation");
            Efficiency e = new Efficiency(abbreviation, pollutant, ClasspathCsv.percent(row, "controlefficiency", EFFICIENCIES),
                    ClasspathCsv.numberOr(row, "caprecfactor", EFFICIENCIES, Double.NaN),
                    ClasspathCsv.numberOr(row, "mincapacity", EFFICIENCIES, 0),
                    ClasspathCsv.numberOr(row, "maxcapacity", EFFICIENCIES, Double.POSITIVE_INFINITY));
            if (efficiencies.put(abbreviation, e) != null) {
                throw new IllegalStateException(EFFICIENCIES + ": several SO2/NOx rows for " + abbreviation);
            }
        }
        Map<String, Equation> equations = new HashMap<>();
        for (CSVRecord row : ClasspathCsv.withHeader(EQUATIONS)) {
            if (!"Type 1".equals(row.get("cmeqntype"))) {
                continue;
            }
            String abbreviation = row.get("cmabbreviation");
            equations.put(abbreviation, new Equation(abbreviation, (int) ClasspathCsv.number(row, "costyear", EQUATIONS),
                    ClasspathCsv.number(row, "var1", EQUATIONS), ClasspathCsv.number(row, "var2", EQUATIONS),
                    ClasspathCsv.number(row, "var3", EQUATIONS), ClasspathCsv.numberOr(row, "var4", EQUATIONS, 0),
                    ClasspathCsv.numberOr(row, "var5", EQUATIONS, 0)));
        }
        return new PowerMeasures(Map.copyOf(efficiencies), Map.copyOf(equations));
    }

    /** The SO2 or NOx efficiency row of {@code abbreviation}. */
    Efficiency efficiency(String abbreviation) {
        Efficiency e = efficiencies.get(abbreviation);
        if (e == null) {
            throw new IllegalArgumentException("no SO2/NOx efficiency for " + abbreviation + " in " + EFFICIENCIES);
        }
        return e;
    }

    Equation equation(String abbreviation) {
        Equation e = equations.get(abbreviation);
        if (e == null) {
            throw new IllegalArgumentException("no type 1 cost equation for " + abbreviation + " in " + EQUATIONS);
        }
        return e;
    }

    /**
     * The size-class measure of a family ({@code SLSFOUBC} → SLSFOUBC1 … SLSFOUBC5) for a unit of
     * {@code mw}: the class with the largest minimum capacity at or below {@code mw}; null below the
     * smallest class (the measures start at 25 MW).
     */
    String sizeClass(String family, double mw) {
        List<Efficiency> classes = new ArrayList<>();
        for (Efficiency e : efficiencies.values()) {
            String suffix = e.abbreviation().startsWith(family) ? e.abbreviation().substring(family.length()) : "";
            if (!suffix.isEmpty() && suffix.chars().allMatch(Character::isDigit) && e.minMw() > 0) {
                classes.add(e);
            }
        }
        if (classes.isEmpty()) {
            throw new IllegalArgumentException("no size classes of " + family + " in " + EFFICIENCIES);
        }
        classes.sort(Comparator.comparingDouble(Efficiency::minMw));
        String found = null;
        for (Efficiency e : classes) {
            if (e.minMw() <= mw) {
                found = e.abbreviation();
            }
        }
        return found;
    }

    /** Annual cost (USD of the equation's cost year) with the efficiency table's capital recovery factor. */
    double annualCost(String abbreviation, double mw, double capacityFactor) {
        double crf = efficiency(abbreviation).capitalRecoveryFactor();
        if (!(crf > 0)) {
            throw new IllegalStateException(EFFICIENCIES + " gives no capital recovery factor for " + abbreviation);
        }
        return annualCost(abbreviation, mw, capacityFactor, crf);
    }

    /** Annual cost (USD of the equation's cost year) with capital recovery factor {@code crf}. */
    double annualCost(String abbreviation, double mw, double capacityFactor, double crf) {
        Equation q = equation(abbreviation);
        double scale = q.scaleExponent() == 0 ? 1 : StrictMath.pow(q.scaleMw() / mw, q.scaleExponent());
        double capital = q.capitalPerKw() * mw * 1000 * scale;
        double fixed = q.fixedPerKwYear() * mw * 1000;
        double variable = q.variablePerMwh() * mw * capacityFactor * 8760;
        return crf * capital + fixed + variable;
    }
}
