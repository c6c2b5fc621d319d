package org.airshed.scenarios.library.pm25;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.airshed.scenarios.library.MeasureCurve;
import org.airshed.scenarios.library.MoneyConversion;

/**
 * The {@code description} of yrd-pm25: where every number comes from, labelled VERIFIED,
 * UNVERIFIED, DERIVED, ASSUMED or ILLUSTRATIVE, built from the facts the generator recorded.
 */
final class YrdPm25Description {
    private static final String[] POLLUTANTS = {"SO2", "NOx", "PM2.5"};

    private YrdPm25Description() {
    }

    static String text(YrdPm25Facts f, YrdPm25Generator g) {
        YrdPm25Assumptions a = f.assumptions;
        Collection<String> ids = f.provinces.keySet();
        MoneyConversion money = g.money();
        References refs = g.references();
        References so2 = g.so2References();
        StringBuilder t = new StringBuilder();

        t.append("Yangtze River Delta PM2.5 from three precursors (file format version 2): SO2, NOx and primary PM2.5 ")
                .append("of Shanghai (SH), Jiangsu (JS), Zhejiang (ZJ) and Anhui (AH) from the ").append(f.emissions.size())
                .append(" point sources of yrd-so2, generated deterministically by ")
                .append("org.airshed.scenarios.library.pm25.YrdPm25Generator (seed ").append(f.seed)
                .append(": the SO2 side is yrd-so2's generator run with the same seed; the NOx and PM2.5 draws come from ")
                .append("a stream split from java.util.SplittableRandom(seed)) from the data copied into ")
                .append("scenarios/src/main/resources/data (sources in data/SOURCES.md). Units: tonnes per year, CNY per ")
                .append("year (converted U.S. costs in ").append(money.targetYear()).append(" yuan), ug/m3 of annual PM2.5. ")
                .append("Labels: VERIFIED = marked as checked against the publication in the project's data notes; ")
                .append("UNVERIFIED = a recollection, not checked; DERIVED = computed from cited inputs; ASSUMED = a ")
                .append("modelling choice of this generator; ILLUSTRATIVE = a plausible value, not measured.");

        t.append("\n\nREGIONS. Population: 7th national census 2020 (NBS, VERIFIED): ")
                .append(Text.list(ids, id -> Text.count(f.provinces.get(id).population())))
                .append(". GDP 2020, CNY: China Statistical Yearbook 2021, Table 3-9 (VERIFIED): ")
                .append(Text.list(ids, id -> Text.sci(f.provinces.get(id).gdpCny())))
                .append(". health: mortalityRate ").append(Text.number(refs.value("crude_death_rate")))
                .append(" (crude death rate 7.07 per mille, UNVERIFIED recollection in the data notes); beta ")
                .append(Text.number(g.beta())).append(" per ug/m3, DERIVED = ln(hazard ratio ")
                .append(Text.number(refs.value("hazard_ratio_per_10")))
                .append(" per 10 ug/m3)/10 to 3 digits (Yin et al. 2017, Environ. Health Perspect. 125:117002); vsl ")
                .append(Text.count(refs.value("vsl"))).append(" CNY (Jin, Andersson & Zhang 2020, JEEM). No ")
                .append("damagePerConcentration: a welfare run uses the linearised value population x mortalityRate x ")
                .append("beta x vsl (docs/FORMAT.md, Version 2 additions), DERIVED, CNY per ug/m3 per year: ")
                .append(Text.list(ids, id -> Text.sci(f.provinces.get(id).population() * refs.value("crude_death_rate")
                        * g.beta() * refs.value("vsl"))))
                .append(". transactionCost 0 (none ASSUMED).");

        t.append("\n\nEMISSIONS (tonnes a year). SO2: exactly yrd-so2's sources and baselines (provincial SO2 2010, ")
                .append("China Statistical Yearbook 2011, Table 12-24, VERIFIED; ASSUMED 70% from the modelled point ")
                .append("sources, coal power 40% of the total split by 2020 coal capacity; see yrd-so2's description). ")
                .append("NOx: provincial NOx 2015, kt, from data/provinces.csv, an UNVERIFIED recollection of the 2016 ")
                .append("yearbook table (the data has no other NOx figure; note the year differs from SO2's 2010, ASSUMED ")
                .append("to describe the same baseline): ")
                .append(Text.list(ids, id -> Text.number(f.provinces.get(id).noxIn2015Kt())))
                .append(". ASSUMED: the modelled sources emit ").append(Text.percent(a.noxCoverage()))
                .append(" of each province's NOx (the rest, vehicles, area and small sources, is in the background): ")
                .append(Text.list(ids, id -> Text.count(f.modelledNox.get(id))))
                .append("; coal power ASSUMED ").append(Text.percent(a.powerNoxShare()))
                .append(" of the four provinces' NOx, split by 2020 coal capacity (China Electric Power Yearbook 2021, ")
                .append("VERIFIED): ").append(Text.list(ids, id -> Text.count(f.powerNox.get(id))))
                .append(", and within a province in proportion to plant capacity (ASSUMED: one NOx rate per MW). Plant ")
                .append("capacity is DERIVED from yrd-so2, which sizes each plant's SO2 as MW x coal inlet rate and prices ")
                .append("its FGD at a + b/inlet through the worked values ").append(Text.count(so2.value("fgd_worked_high_sulfur")))
                .append(" USD/t at ").append(Text.number(so2.number("fgd_worked_high_sulfur", "inlet_lb_per_mmbtu")))
                .append(" and ").append(Text.count(so2.value("fgd_worked_low_sulfur"))).append(" USD/t at ")
                .append(Text.number(so2.number("fgd_worked_low_sulfur", "inlet_lb_per_mmbtu")))
                .append(" lb/MMBtu: inverting the cost gives the inlet (").append(range(f.inlet.values(), 2))
                .append(" lb/MMBtu), MW is proportional to SO2/inlet and sums to the province's capacity (")
                .append(range(f.mw.values(), 0)).append(" MW per plant; this recovers the drawn plant sizes). The ")
                .append("non-power NOx is split ASSUMED ").append(shares(a.noxSectorShares()))
                .append(", and within a sector and province in proportion to SO2 x a factor drawn log-uniformly in ")
                .append(Text.number(a.minJitter())).append("-").append(Text.number(a.maxJitter()))
                .append(" (ASSUMED spread of NOx/SO2 ratios). Sector NOx: ").append(sectorTotals(f.sectorNox))
                .append(". PM2.5 (primary): the data has no provincial primary PM2.5, so it is DERIVED from ASSUMED ")
                .append("tonnes of PM2.5 per tonne of SO2 of each sector's province total (order-of-magnitude ratios for ")
                .append("controlled stacks, not from a study): ").append(ratios(a.pmPerSo2()))
                .append("; within power by capacity, within other sectors in proportion to SO2 x a ")
                .append("second factor drawn the same way. Sector PM2.5: ").append(sectorTotals(f.sectorPm))
                .append(". Modelled totals SO2/NOx/PM2.5: ")
                .append(Text.list(ids, id -> Text.count(f.regionTotals.get(id)[0]) + "/"
                        + Text.count(f.regionTotals.get(id)[1]) + "/" + Text.count(f.regionTotals.get(id)[2])))
                .append(".");

        double fgd = g.powerMeasures().efficiency(a.powerFgdMeasure()).efficiency();
        double scr = g.powerMeasures().efficiency(a.powerScrMeasure()).efficiency();
        t.append("\n\nCOSTS (CNY a year; a plant's options are alternatives, mixed by application shares summing to ")
                .append("at most 1). Coal power, four co-control options: FGD removes SO2 ").append(Text.percent(fgd))
                .append(" (EPA ptipm 2016-03-29 ").append(a.powerFgdMeasure()).append(", limestone forced oxidation, ")
                .append("500-699 MW) at the plant's yrd-so2 FGD cost (").append(range(f.fgdCny.values(), 0))
                .append(" CNY/t: the worked values above, dollar year ASSUMED 2011, converted as below); SCR removes NOx ")
                .append(Text.percent(scr)).append(" (ptipm ").append(a.powerScrMeasure()).append(") at the worked value ")
                .append(Text.count(refs.value("scr_worked_value"))).append(" USD/t NOx for a 500 MW unit at capacity ")
                .append("factor 0.7 (data notes, derived from the ptipm equations; dollar year ASSUMED ")
                .append(refs.year("scr_worked_value")).append(") = ").append(Text.count(g.scrCny()))
                .append(" CNY/t; FGD+SCR removes both at the sum of the two costs (ASSUMED independent); ULE, the ")
                .append("ultra-low-emission retrofit, removes SO2 ").append(Text.percent(a.uleRemoval().get("SO2")))
                .append(", NOx ").append(Text.percent(a.uleRemoval().get("NOx"))).append(" and PM2.5 ")
                .append(Text.percent(a.uleRemoval().get("PM2.5")))
                .append(" (removals ASSUMED; the SO2 one is yrd-so2's) at FGD + SCR + 44,600 CNY/t on the further SO2 + ")
                .append(Text.count(refs.value("ule_nox"))).append(" CNY/t on the further NOx + ")
                .append(Text.count(refs.value("ule_pm"))).append(" CNY/t on the PM2.5 (Chinese coal-power ULE retrofit ")
                .append("costs, 中国环境科学, as quoted in the data notes; price year not stated, not deflated). The EPA ")
                .append("tables list no PM2.5 removal for wet FGD; their multi-pollutant utility measures (coal washing ")
                .append("SCWSHUBCF: SO2 and PM 35%; fuel switch SFWHLUBHS) are left out: priced for U.S. high-sulphur coal ")
                .append("at about 3,900 CNY/t SO2 they would undercut FGD at every plant. Other sectors, independent ")
                .append("curves per pollutant: SO2 is yrd-so2's curve unchanged (CoST SO2 measures, six boilers ")
                .append("quadratic); NOx from the U.S. EPA Control Strategy Tool point-source database v5.3 ")
                .append("(CoST_CM_DB_Point_v.5.3_Eff.csv and _Summary.csv, repository USEPA/emf, MIT licence), CostPerTon in ")
                .append("USD of CostYear per short ton, the row for the source's size where CoST has two (365 short tons ")
                .append("a year): ").append(measures(f, g, a.noxMeasures(), "NOx"))
                .append(". Steel has no priced NOx measure for sintering, so the coal-fired ICI boiler measures stand in ")
                .append("(ASSUMED proxy, as yrd-so2 does for SO2). Alternatives are merged into convex steps by the lower ")
                .append("convex hull of (efficiency, cost per tonne of baseline); resulting NOx steps, CNY/t before the ")
                .append("site factor: ").append(curves(f.noxCurves)).append(". PM2.5: ")
                .append(measures(f, g, a.pmMeasures(), "PM2.5")).append(" for chemicals; CoST prices its other ")
                .append("particulate measures by equations needing stack gas flows, so steel, cement and boilers take one ")
                .append("ASSUMED proxy step, ").append(Text.percent(a.pmProxyEfficiency()))
                .append(" removal at the ULE particulate cost ").append(Text.count(refs.value("ule_pm")))
                .append(" CNY/t. Each non-power source's NOx and PM2.5 unit costs are multiplied by a site factor drawn ")
                .append("log-uniformly in ").append(Text.number(a.minSiteFactor())).append("-")
                .append(Text.number(a.maxSiteFactor())).append(" (ASSUMED, as yrd-so2). Money: USD of year y x ")
                .append("CPI-U(").append(money.targetYear()).append(")/CPI-U(y) x ").append(Text.number(money.cnyPerUsd()))
                .append(" CNY/USD x ").append(String.format(Locale.ROOT, "%.5f", MoneyConversion.SHORT_TONS_PER_TONNE))
                .append(" short tons per tonne for CoST figures; CPI-U factors ").append(cpiFactors(f, g))
                .append(" (BLS CPI-U and the NBS 2020 rate are UNVERIFIED recollections, data/money-conversion.csv).");

        t.append("\n\nTRANSFER (ug/m3 of annual PM2.5 per tonne a year; TM5-FASST/EMEP-style source-receptor ")
                .append("coefficients per precursor, ILLUSTRATIVE). transfer[r][p][s] = share[r][s] x C[r][p] / E[s][p], ")
                .append("4 significant digits: share from data/transfer-shares-illustrative.csv (ILLUSTRATIVE, built to sit ")
                .append("inside published ranges: Wang Yanli et al. 2017, 环境科学 38(12):4897; Yu et al. 2020, 中国环境科学 ")
                .append("40(10):4237; not from one study); E the province's emissions of p (SO2 2010 and NOx 2015 as above; ")
                .append("primary PM2.5 DERIVED as the modelled PM2.5 / ").append(Text.number(a.pmCoverage()))
                .append(", an ASSUMED modelled share: ").append(Text.list(ids, id -> Text.count(f.provincialPm.get(id))))
                .append("); C the PM2.5 formed from p at r, ILLUSTRATIVE: sulphate from SO2 ")
                .append(Text.list(ids, id -> Text.number(a.sulphate().get(id))))
                .append(" (yrd-so2's levels, so the SO2 coefficients are yrd-so2's), nitrate from NOx ")
                .append(Text.list(ids, id -> Text.number(a.nitrate().get(id)))).append(", primary PM2.5 ")
                .append(Text.list(ids, id -> Text.number(a.primary().get(id)))).append(". The nitrate coefficient ");
        List<String> factors = new ArrayList<>();
        new TreeSet<>(a.nitrateFactors().keySet()).forEach(k -> factors.add(k.replace(">", " from ") + " is multiplied by "
                + Text.number(a.nitrateFactors().get(k))));
        t.append(String.join("; ", factors))
                .append(" (ILLUSTRATIVE: in a NOx-saturated urban core, cutting local NOx raises oxidants and secondary ")
                .append("aerosol, so the net annual response is taken as slightly negative; NH3-limited nitrate elsewhere ")
                .append("is not modelled). Coefficient ranges, ug/m3 per tonne: ").append(ranges(f))
                .append("; for scale, EPA's county response-surface medians are 7.7e-06 (SO2, power plants) and 1.8e-06 ")
                .append("(NOx) ug/m3 per short ton (EPA EMF Impact_per_ton_estimates.csv), i.e. 8.5e-06 and 2.0e-06 per ")
                .append("tonne. Baseline annual PM2.5, ILLUSTRATIVE (round values of the order reported for the provinces ")
                .append("in the mid-2010s, not checked): ").append(Text.list(ids, id -> Text.number(a.totalPm25().get(id))))
                .append("; background = that minus the modelled sources' contribution (vehicles, dust, residential, ")
                .append("secondary organics, outside the four provinces, unmodelled SO2/NOx/PM2.5): ")
                .append(Text.list(ids, id -> Text.number(f.background.get(id)))).append(".");

        t.append("\n\nPOLICY. duties (tonnes, stand-alone reductions per pollutant): SO2 = yrd-so2's (70% of each ")
                .append("province's 2010-2015 SO2 change, using the UNVERIFIED 2015 column); NOx ASSUMED ")
                .append(Text.percent(a.noxDutyShare())).append(" and primary PM2.5 ASSUMED ")
                .append(Text.percent(a.pmDutyShare())).append(" of each province's modelled emissions. SO2/NOx/PM2.5: ")
                .append(Text.list(ids, id -> Text.count(f.duties.get(id)[0]) + "/" + Text.count(f.duties.get(id)[1]) + "/"
                        + Text.count(f.duties.get(id)[2])))
                .append(". caps = total modelled baseline - total duties, per pollutant: SO2 ").append(Text.count(f.caps[0]))
                .append(", NOx ").append(Text.count(f.caps[1])).append(", PM2.5 ").append(Text.count(f.caps[2]))
                .append(" t. receptorLimits.").append(a.limitReceptor()).append(" = ").append(Text.number(f.limit))
                .append(" ug/m3: the PM2.5 at ").append(a.limitReceptor()).append(" if every province met exactly its own ")
                .append("duties (").append(String.format(Locale.ROOT, "%.3f", f.concentrationUnderDuties))
                .append(", rounded down to 0.01), so least-cost trading may not leave Shanghai's air worse than the ")
                .append("administrative duties would; the caps alone move abatement away from Shanghai, so the limit ")
                .append("binds (checked by YrdPm25GeneratorTest with a reference LP). Every option and step applied ")
                .append("meets every cap and brings Shanghai well below the limit (checked likewise). Objective: cost.");

        t.append("\n\nCOMPENSATION. baseline duties: each province meets its three duties alone; a coalition meets ")
                .append("the sum of its members' duties at least cost. Rules: ").append(String.join(", ", a.rules()))
                .append("; concentration-shandong applies Shandong's 2017 rate (800,000 yuan per ug/m3 on its index, PM2.5 ")
                .append("weight 0.6, docs/DOMAIN.md section 4) to the provinces' PM2.5, an ILLUSTRATIVE use of a city rule.");
        return t.toString();
    }

    private static String measures(YrdPm25Facts f, YrdPm25Generator g, Map<String, List<String>> bySector,
                                   String pollutant) {
        Set<String> abbreviations = new TreeSet<>();
        bySector.values().forEach(abbreviations::addAll);
        List<String> parts = new ArrayList<>();
        for (String abbreviation : abbreviations) {
            Set<String> rows = new LinkedHashSet<>();
            PerTonMeasure small = g.catalog().measure(abbreviation, pollutant, 0);
            PerTonMeasure large = g.catalog().measure(abbreviation, pollutant, 1e9);
            for (PerTonMeasure m : List.of(small, large)) {
                rows.add(Text.number(m.usdPerShortTon()) + " USD" + m.costYear() + "/short ton"
                        + (sameCost(small, large) ? "" : " " + m.sizeClass()));
            }
            parts.add(abbreviation + " (" + small.name() + ") " + Text.percent(small.efficiency()) + ", "
                    + String.join(" or ", rows));
        }
        return String.join("; ", parts);
    }

    private static boolean sameCost(PerTonMeasure a, PerTonMeasure b) {
        return a.usdPerShortTon() == b.usdPerShortTon() && a.costYear() == b.costYear()
                && a.efficiency() == b.efficiency();
    }

    private static String curves(Map<String, List<MeasureCurve.Block>> curves) {
        List<String> parts = new ArrayList<>();
        curves.forEach((key, blocks) -> {
            List<String> steps = new ArrayList<>();
            blocks.forEach(b -> steps.add(Text.percent(b.efficiency()) + " at " + Text.count(b.cnyPerTonne()) + " ("
                    + b.measure() + ")"));
            parts.add(key + ": " + String.join(" then ", steps));
        });
        return String.join("; ", parts);
    }

    private static String cpiFactors(YrdPm25Facts f, YrdPm25Generator g) {
        Set<Integer> years = new TreeSet<>();
        years.add(g.so2References().year("fgd_worked_high_sulfur"));
        years.add(g.references().year("scr_worked_value"));
        for (Map<String, List<String>> bySector : List.of(f.assumptions.noxMeasures(), f.assumptions.pmMeasures())) {
            String pollutant = bySector == f.assumptions.noxMeasures() ? "NOx" : "PM2.5";
            bySector.values().forEach(list -> list.forEach(m -> {
                years.add(g.catalog().measure(m, pollutant, 0).costYear());
                years.add(g.catalog().measure(m, pollutant, 1e9).costYear());
            }));
        }
        List<String> parts = new ArrayList<>();
        years.forEach(y -> parts.add(y + " " + String.format(Locale.ROOT, "%.4f", g.money().inflationFactor(y))));
        return String.join(", ", parts);
    }

    private static String ranges(YrdPm25Facts f) {
        List<String> parts = new ArrayList<>();
        for (String p : POLLUTANTS) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (Map<String, Map<String, Double>> byPollutant : f.transfer.values()) {
                for (double c : byPollutant.get(p).values()) {
                    min = Math.min(min, c);
                    max = Math.max(max, c);
                }
            }
            parts.add(p + " " + Text.sci(min) + " to " + Text.sci(max));
        }
        return String.join(", ", parts);
    }

    private static String shares(Map<String, Double> shares) {
        List<String> parts = new ArrayList<>();
        shares.forEach((k, v) -> parts.add(k + " " + Text.percent(v)));
        return String.join(", ", parts);
    }

    private static String ratios(Map<String, Double> ratios) {
        List<String> parts = new ArrayList<>();
        ratios.forEach((k, v) -> parts.add(k + " " + Text.number(v)));
        return String.join(", ", parts);
    }

    private static String sectorTotals(Map<String, Long> totals) {
        List<String> parts = new ArrayList<>();
        totals.forEach((k, v) -> parts.add(k + " " + Text.count(v)));
        return String.join(", ", parts);
    }

    private static String range(Collection<Double> values, int decimals) {
        double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        String format = "%,." + decimals + "f";
        return String.format(Locale.ROOT, format, min) + "-" + String.format(Locale.ROOT, format, max);
    }
}
