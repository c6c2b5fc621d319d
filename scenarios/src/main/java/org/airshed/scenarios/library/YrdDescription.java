package org.airshed.scenarios.library;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.airshed.core.model.Region;

/**
 * The {@code description} of the yrd-so2 scenario: where every number comes from, and which
 * numbers are illustrative, unverified or assumed. Built from the facts the generator records.
 */
final class YrdDescription {
    private YrdDescription() {
    }

    /** What the generator used and produced, collected while it runs. */
    static final class Facts {
        final YrdAssumptions assumptions;
        final MoneyConversion money;
        final PowerCostReferences powerCosts;
        final long seed;
        int powerPlants;
        double minFgdCny = Double.POSITIVE_INFINITY;
        double maxFgdCny = Double.NEGATIVE_INFINITY;
        final Map<String, Integer> sourcesBySector = new LinkedHashMap<>();
        final Map<String, Integer> sourcesByVariant = new TreeMap<>();
        int quadratic;
        Map<String, Province> provinces;
        Map<String, Long> modelled;
        Map<String, Long> power;
        List<long[]> sectorTotals;
        Map<String, Map<String, Double>> transfer;
        List<Region> regions;
        Map<String, Double> duties;
        long cap;
        double limit;
        Map<YrdAssumptions.Variant, List<MeasureCurve.Block>> curves;
        CostMeasureCatalog catalog;

        Facts(YrdAssumptions assumptions, MoneyConversion money, PowerCostReferences powerCosts, long seed) {
            this.assumptions = assumptions;
            this.money = money;
            this.powerCosts = powerCosts;
            this.seed = seed;
        }

        void powerPlant(double mw, double fgdCny) {
            powerPlants++;
            sourcesBySector.merge(YrdAssumptions.POWER, 1, Integer::sum);
            minFgdCny = Math.min(minFgdCny, fgdCny);
            maxFgdCny = Math.max(maxFgdCny, fgdCny);
        }

        void nonPowerSource(String sector, String variant, boolean isQuadratic) {
            sourcesBySector.merge(sector, 1, Integer::sum);
            sourcesByVariant.merge(sector + ": " + variant, 1, Integer::sum);
            if (isQuadratic) {
                quadratic++;
            }
        }

        void record(Map<String, Province> provinces, Map<String, Long> modelled, Map<String, Long> power,
                    List<long[]> sectorTotals, long[] groupCounts, Map<String, Map<String, Double>> transfer,
                    List<Region> regions, Map<String, Double> duties, long cap, double limit,
                    Map<YrdAssumptions.Variant, List<MeasureCurve.Block>> curves, CostMeasureCatalog catalog) {
            this.provinces = provinces;
            this.modelled = modelled;
            this.power = power;
            this.sectorTotals = sectorTotals;
            this.transfer = transfer;
            this.regions = regions;
            this.duties = duties;
            this.cap = cap;
            this.limit = limit;
            this.curves = curves;
            this.catalog = catalog;
        }
    }

    static String text(Facts f) {
        YrdAssumptions a = f.assumptions;
        List<String> ids = new ArrayList<>(f.provinces.keySet());
        StringBuilder t = new StringBuilder();
        int total = f.sourcesBySector.values().stream().mapToInt(Integer::intValue).sum();

        t.append("Yangtze River Delta SO2: Shanghai (SH), Jiangsu (JS), Zhejiang (ZJ) and Anhui (AH) with ")
                .append(total).append(" point sources, generated deterministically by ")
                .append("org.airshed.scenarios.library.YrdScenarioGenerator (seed ").append(f.seed)
                .append(", java.util.SplittableRandom) from the data copied into scenarios/src/main/resources/data ")
                .append("(sources in data/SOURCES.md). Units: tonnes SO2 per year, CNY per year, ug/m3 of ")
                .append("SO2-attributable (sulphate) PM2.5. Labels: VERIFIED = marked as checked against the publication in ")
                .append("the project's data notes; UNVERIFIED = a recollection, not checked; DERIVED = computed from cited ")
                .append("inputs; ASSUMED = a modelling choice of this generator; ILLUSTRATIVE = a plausible value, not ")
                .append("measured.");

        t.append("\n\nREGIONS. Population: 7th national census 2020 (NBS, VERIFIED): ");
        t.append(list(ids, id -> count(f.provinces.get(id).population())));
        t.append(". GDP 2020, CNY: China Statistical Yearbook 2021, Table 3-9 (VERIFIED): ");
        t.append(list(ids, id -> sci(f.provinces.get(id).gdpCny())));
        t.append(". damagePerConcentration (CNY per ug/m3 of annual PM2.5 per year) is DERIVED, not published: ")
                .append("population x crude death rate 7.07 per mille (UNVERIFIED recollection) x (1 - exp(-0.00862)) ")
                .append("(hazard ratio 1.09 per 10 ug/m3, Yin et al. 2017, Environ. Health Perspect. 125:117002) x ")
                .append("VSL 5.54 million CNY (Jin, Andersson & Zhang 2020, JEEM): ");
        t.append(list(ids, id -> sci(f.provinces.get(id).pm25ValueCny())));
        t.append(". transactionCost 0 (none ASSUMED).");

        t.append("\n\nEMISSIONS. Provincial SO2 2010, kt: China Statistical Yearbook 2011, Table 12-24 (VERIFIED): ");
        t.append(list(ids, id -> number(f.provinces.get(id).so2In2010Kt())));
        t.append(". ASSUMED: the modelled point sources emit ").append(percent(a.coverage()))
                .append(" of each province's 2010 SO2 (modelled baseline, t: ");
        t.append(list(ids, id -> count(f.modelled.get(id))));
        t.append("); the other ").append(percent(1 - a.coverage()))
                .append(" (small and area sources) is in the background. Coal power: ASSUMED ")
                .append(percent(a.powerShare())).append(" of the four provinces' combined 2010 SO2, split by 2020 ")
                .append("coal-power capacity (China Electric Power Yearbook 2021, thermal capacity by province as ")
                .append("tabulated in the PyPSA-China data, VERIFIED; used as a proxy for the 2010 fleet), MW: ");
        t.append(list(ids, id -> count(f.provinces.get(id).coalPowerMw())));
        t.append("; power baseline, t: ");
        t.append(list(ids, id -> count(f.power.get(id))));
        t.append(". ").append(f.powerPlants).append(" plants: each ").append(a.minUnits()).append("-")
                .append(a.maxUnits()).append(" units of ").append(join(a.unitSizesMw(), "/")).append(" MW (probabilities ")
                .append(join(a.unitSizeWeights(), "/")).append(", ASSUMED) until the province's capacity is used; ")
                .append("coal SO2 inlet rate uniform in ").append(number(a.minInlet())).append("-")
                .append(number(a.maxInlet())).append(" lb/MMBtu (ASSUMED, the range of the worked FGD values); ")
                .append("plant baseline proportional to MW x inlet rate. The rest of the modelled SO2 is split ASSUMED: ");
        List<String> sectorShares = new ArrayList<>();
        for (YrdAssumptions.Sector s : a.sectors()) {
            sectorShares.add(s.name() + " " + percent(s.share()));
        }
        t.append(String.join(", ", sectorShares)).append("; sector baselines, t: ");
        List<String> bySector = new ArrayList<>();
        bySector.add("power " + count(f.power.values().stream().mapToLong(Long::longValue).sum()));
        for (int s = 0; s < a.sectors().size(); s++) {
            long sum = 0;
            for (long[] row : f.sectorTotals) {
                sum += row[s];
            }
            bySector.add(a.sectors().get(s).name() + " " + count(sum));
        }
        t.append(String.join(", ", bySector)).append(". Sources per sector: ");
        List<String> counts = new ArrayList<>();
        f.sourcesBySector.forEach((sector, n) -> counts.add(sector + " " + n));
        t.append(String.join(", ", counts)).append(" (").append(a.nonPowerSources())
                .append(" non-power sources, ASSUMED, at least ").append(a.minSourcesPerGroup())
                .append(" per sector and province, the rest by emissions). Non-power sizes within a sector and province: ")
                .append("Pareto weights (minimum 1, shape ").append(number(a.paretoShape())).append(") capped at ")
                .append(number(a.maxSizeWeight())).append(" (ASSUMED). Departments follow the responsibility lists of docs/DOMAIN.md ")
                .append("section 1: power and industrial-boilers ecology-environment; steel, cement, chemicals industry-IT.");

        t.append("\n\nCOSTS (CNY per tonne removed; steps are convex and never exceed the baseline). Power, step 1: ")
                .append("wet FGD (limestone forced oxidation, removal ")
                .append(percent(f.catalog.powerEfficiency(YrdAssumptions.POWER_FGD_MEASURE)))
                .append(", EPA ptipm 2016-03-29 measure ").append(YrdAssumptions.POWER_FGD_MEASURE)
                .append(") at the worked values of data/so2-cost-references.csv (quoted from the shared data set's notes;")
                .append(" derived from the EPA ptipm cost equations for ")
                .append("a 500 MW unit at capacity factor 0.7): ").append(number(f.powerCosts.fgdHighSulfurUsd()))
                .append(" USD/t at ").append(number(f.powerCosts.highInlet())).append(" lb/MMBtu and ")
                .append(number(f.powerCosts.fgdLowSulfurUsd())).append(" USD/t at ")
                .append(number(f.powerCosts.lowInlet())).append(" lb/MMBtu, interpolated as a + b/inlet; dollar year ")
                .append("ASSUMED ").append(f.powerCosts.fgdCostYear())
                .append(" (the cost year of the ptipm limestone-forced-oxidation equations; the notes give none); ")
                .append("converted as below to ").append(count(f.minFgdCny)).append("-").append(count(f.maxFgdCny))
                .append(" CNY/t. Step 2: ultra-low-emission retrofit to ").append(percent(a.uleTotalEfficiency()))
                .append(" total removal (ASSUMED) at ").append(count(f.powerCosts.uleCny()))
                .append(" CNY/t (Chinese coal-power ULE retrofit cost, 中国环境科学, as quoted in data/so2-cost-references.csv; ")
                .append("price year not stated, not deflated). Non-power: SO2 measures of the U.S. EPA Control ")
                .append("Strategy Tool point-source database v5.3 (CoST_CM_DB_Point_v.5.3_Eff.csv and _Summary.csv, ")
                .append("repository USEPA/emf, MIT licence), CostPerTon (USD of CostYear per short ton) and ")
                .append("ControlEfficiency: ");
        Map<String, ControlMeasure> used = new TreeMap<>();
        for (YrdAssumptions.Sector s : a.sectors()) {
            for (YrdAssumptions.Variant v : s.variants()) {
                v.measures().forEach(m -> used.put(m, f.catalog.measure(m)));
            }
        }
        List<String> measures = new ArrayList<>();
        used.values().forEach(m -> measures.add(m.abbreviation() + " (" + m.name() + ") " + number(m.usdPerShortTon())
                + " USD" + m.costYear() + "/short ton, " + percent(m.efficiency())));
        t.append(String.join("; ", measures));
        t.append(". Money conversion: USD of year y x CPI-U(").append(f.money.targetYear()).append(")/CPI-U(y) x ")
                .append(number(f.money.cnyPerUsd())).append(" CNY/USD (").append(f.money.targetYear())
                .append(" average) x ").append(String.format(Locale.ROOT, "%.5f", MoneyConversion.SHORT_TONS_PER_TONNE))
                .append(" short tons per tonne (CoST figures only; the worked FGD values are per tonne); CPI-U factors ");
        List<String> factors = new ArrayList<>();
        new TreeMap<>(yearsUsed(used, f)).forEach((year, factor) -> factors.add(year + " " + String.format(
                Locale.ROOT, "%.4f", factor)));
        t.append(String.join(", ", factors)).append(" (BLS CPI-U annual averages and the NBS 2020 exchange rate are ")
                .append("UNVERIFIED recollections, listed in data/money-conversion.csv). Alternative measures for one ")
                .append("process are merged into convex steps by the lower convex hull of (efficiency, cost per tonne ")
                .append("of baseline); a dominated measure drops out. Resulting steps (CNY/t before the site factor): ");
        List<String> variantCurves = new ArrayList<>();
        for (YrdAssumptions.Sector s : a.sectors()) {
            for (YrdAssumptions.Variant v : s.variants()) {
                List<MeasureCurve.Block> blocks = f.curves.get(v);
                if (blocks == null) {
                    continue;
                }
                List<String> parts = new ArrayList<>();
                blocks.forEach(b -> parts.add(percent(b.efficiency()) + " at " + count(b.cnyPerTonne()) + " ("
                        + b.measure() + ")"));
                variantCurves.add(s.name() + ", " + v.label() + " [probability " + percent(v.probability())
                        + ", ASSUMED; " + sources(f.sourcesByVariant.getOrDefault(s.name() + ": " + v.label(), 0))
                        + "]: " + String.join(" then ", parts));
            }
        }
        t.append(String.join("; ", variantCurves)).append(". Steel has no priced SO2 measure in CoST (its measures ")
                .append("are cost equations needing stack data), so coal-fired ICI boiler measures stand in (ASSUMED ")
                .append("proxy). Each non-power source's unit costs are multiplied by a site factor drawn ")
                .append("log-uniformly in ").append(number(a.minSiteFactor())).append("-").append(number(a.maxSiteFactor()))
                .append(" (ASSUMED; spreads otherwise identical costs). ").append(f.quadratic)
                .append(" coal-fired industrial boilers (about ").append(percent(a.quadraticShare()))
                .append(", ASSUMED) carry a quadratic curve with the first-unit cost and the full-control cost of ")
                .append("their steps instead.");

        t.append("\n\nTRANSFER. Shares of each receptor's PM2.5 by source province and from outside: ")
                .append("data/transfer-shares-illustrative.csv, ILLUSTRATIVE (built to sit inside published ranges: ")
                .append("Wang Yanli et al. 2017, 环境科学 38(12):4897; Yu et al. 2020, 中国环境科学 40(10):4237; not from ")
                .append("one study). transfer[r][s] = share[r][s] x C_r / E_s, rounded to 4 significant digits, with ")
                .append("E_s the province's 2010 SO2 (t) and C_r the SO2-attributable PM2.5 at r, ILLUSTRATIVE (chosen, ")
                .append("not measured), ug/m3: ");
        t.append(list(ids, id -> number(a.sulphateConcentration().get(id))));
        t.append(". The coefficients (ug/m3 per t) are of the order of EPA's county median 7.7e-6 ug/m3 per short ton ")
                .append("of power-plant SO2 (EPA EMF Impact_per_ton_estimates.csv). background_r = C_r x the outside ")
                .append("share + the contribution of the unmodelled emissions, so the baseline concentration is C_r: ");
        t.append(list(ids, id -> number(f.regions.stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow().background())));
        t.append(".");

        t.append("\n\nPOLICY. duties: each province's 2010-2015 SO2 reduction times ").append(percent(a.coverage()))
                .append(" (the modelled share), using the 2015 column of data/provinces.csv, an UNVERIFIED recollection ")
                .append("of the 2016 yearbook (2015 SO2, kt: ");
        t.append(list(ids, id -> number(f.provinces.get(id).so2In2015Kt())));
        t.append("); duties, t: ");
        t.append(list(ids, id -> count(f.duties.get(id))));
        t.append(". cap = total modelled baseline - total duties = ").append(count(f.cap))
                .append(" t. receptorLimits.").append(YrdScenarioGenerator.LIMIT_RECEPTOR).append(" = ")
                .append(number(f.limit)).append(" ug/m3: the concentration at ")
                .append(YrdScenarioGenerator.LIMIT_RECEPTOR).append(" if every province met exactly its own duty ")
                .append("(rounded down to 0.01), i.e. regional least-cost abatement may not leave Shanghai's air worse ")
                .append("than the administrative duties would; the cap alone moves abatement away from Shanghai, so ")
                .append("the limit binds at the least-cost optimum (checked by YrdAllocationTest). Objective: cost.");
        return t.toString();
    }

    private static Map<Integer, Double> yearsUsed(Map<String, ControlMeasure> used, Facts f) {
        Map<Integer, Double> years = new LinkedHashMap<>();
        years.put(f.powerCosts.fgdCostYear(), f.money.inflationFactor(f.powerCosts.fgdCostYear()));
        used.values().forEach(m -> years.put(m.costYear(), f.money.inflationFactor(m.costYear())));
        return years;
    }

    private interface Format {
        String apply(String id);
    }

    private static String list(List<String> ids, Format format) {
        List<String> parts = new ArrayList<>();
        for (String id : ids) {
            parts.add(id + " " + format.apply(id));
        }
        return String.join(", ", parts);
    }

    private static String join(List<Double> values, String separator) {
        List<String> parts = new ArrayList<>();
        values.forEach(v -> parts.add(number(v)));
        return String.join(separator, parts);
    }

    /** Whole number with thousands separators. */
    private static String count(double value) {
        return String.format(Locale.ROOT, "%,d", Math.round(value));
    }

    private static String sources(int n) {
        return n == 1 ? "1 source" : n + " sources";
    }

    private static String percent(double fraction) {
        return number(fraction * 100) + "%";
    }

    private static String sci(double value) {
        return String.format(Locale.ROOT, "%.4g", value).replace("e+", "e");
    }

    /** Shortest plain form: 0.7, 1050, 6.8974 (at most 6 decimals). */
    private static String number(double value) {
        return new BigDecimal(value).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros()
                .toPlainString();
    }
}
