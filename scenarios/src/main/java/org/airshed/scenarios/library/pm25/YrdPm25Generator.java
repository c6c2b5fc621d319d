package org.airshed.scenarios.library.pm25;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.airshed.core.io.CanonicalJson;
import org.airshed.core.io.ScenarioWriter;
import org.airshed.core.model.Region;
import org.airshed.core.model.Scenario;
import org.airshed.core.model.Source;
import org.airshed.core.model.Step;
import org.airshed.core.model.StepCurve;
import org.airshed.scenarios.library.Apportion;
import org.airshed.scenarios.library.MeasureCurve;
import org.airshed.scenarios.library.MoneyConversion;
import org.airshed.scenarios.library.TransferShares;
import org.airshed.scenarios.library.YrdScenarioGenerator;

/**
 * Generates the bundled {@code yrd-pm25} scenario (file format version 2): SO2, NOx and primary
 * PM2.5 from the 298 point sources of {@code yrd-so2} in Shanghai, Jiangsu, Zhejiang and Anhui,
 * with co-control options at the coal-power plants, per-pollutant curves elsewhere, a PM2.5
 * transfer matrix from the three precursors, per-pollutant caps and duties, a PM2.5 limit at
 * Shanghai, health valuation and a compensation section.
 *
 * <p>The SO2 side is {@code yrd-so2} itself ({@link YrdScenarioGenerator}, same seed): the same
 * sources, baselines, SO2 curves, SO2 transfer coefficients, duties and cap. NOx and PM2.5 are
 * added from the copied data under {@code /data/} and the choices of {@link YrdPm25Assumptions};
 * the description labels every number. Every random draw comes from one stream split from
 * {@code SplittableRandom(seed)}, in source order; only {@link StrictMath} is used, so the same
 * seed gives the same bytes.
 *
 * <p>Units: tonnes per year, CNY (2020) per year, µg/m³ of annual PM2.5.
 *
 * <p>Regenerate the bundled file from the repository root:
 * <pre>
 * ./mvnw -q -B package -DskipTests -pl scenarios -am
 * java -cp scenarios/target/airshed.jar org.airshed.scenarios.library.pm25.YrdPm25Generator \
 *     scenarios/src/main/resources/scenarios/yrd-pm25.json
 * </pre>
 */
public final class YrdPm25Generator {
    public static final String NAME = "yrd-pm25";
    /** Class-path location of the bundled file this generator must reproduce. */
    public static final String RESOURCE = "/scenarios/yrd-pm25.json";
    public static final long DEFAULT_SEED = 2010L;
    static final String REFERENCES = "/data/pm25-references.csv";
    static final String SO2_REFERENCES = "/data/so2-cost-references.csv";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String SO2 = YrdPm25Assumptions.SO2;
    private static final String NOX = YrdPm25Assumptions.NOX;
    private static final String PM = YrdPm25Assumptions.PM;

    private final YrdPm25Assumptions a;
    private final Map<String, ProvinceRow> provinces;
    private final TransferShares shares;
    private final PerTonCatalog catalog;
    private final PowerMeasures power;
    private final MoneyConversion money;
    private final References refs;
    private final References so2Refs;

    YrdPm25Generator(YrdPm25Assumptions assumptions) {
        this.a = assumptions;
        this.provinces = ProvinceRow.load();
        this.shares = TransferShares.load();
        this.catalog = PerTonCatalog.load();
        this.power = PowerMeasures.load();
        this.money = MoneyConversion.load(assumptions.moneyYear());
        this.refs = References.load(REFERENCES);
        this.so2Refs = References.load(SO2_REFERENCES);
    }

    /** The scenario tree for {@code seed}; the seed is recorded in it. */
    public static ObjectNode tree(long seed) {
        return new YrdPm25Generator(YrdPm25Assumptions.DEFAULT).build(seed).tree();
    }

    /** The canonical JSON text, exactly as the bundled file holds it for the default seed. */
    public static String json(long seed) {
        return CanonicalJson.print(tree(seed));
    }

    /** Writes the scenario: {@code YrdPm25Generator OUTPUT.json [SEED]}. */
    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: YrdPm25Generator OUTPUT.json [SEED]  (default seed " + DEFAULT_SEED + ")");
            System.exit(2);
        }
        long seed = args.length == 2 ? Long.parseLong(args[1]) : DEFAULT_SEED;
        Path out = Path.of(args[0]);
        Files.writeString(out, json(seed), StandardCharsets.UTF_8);
        System.out.println("wrote " + out.toAbsolutePath() + " (seed " + seed + ")");
    }

    /** The generated tree and the facts its description and the tests read. */
    record Result(ObjectNode tree, YrdPm25Facts facts) {
    }

    Result build(long seed) {
        Scenario base = YrdScenarioGenerator.generate(seed);
        YrdPm25Facts f = new YrdPm25Facts(a, seed);
        List<String> ids = base.regions().stream().map(Region::id).toList();
        for (String id : ids) {
            f.provinces.put(id, province(id));
        }

        // per-source draws, in source order: NOx jitter, PM2.5 jitter, site factor (non-power only)
        SplittableRandom random = new SplittableRandom(seed).split();
        Map<String, double[]> draws = new LinkedHashMap<>();
        for (Source s : base.sources()) {
            if (!s.sector().equals(YrdPm25Assumptions.POWER)) {
                draws.put(s.id(), new double[] {logUniform(random, a.minJitter(), a.maxJitter()),
                        logUniform(random, a.minJitter(), a.maxJitter()),
                        logUniform(random, a.minSiteFactor(), a.maxSiteFactor())});
            }
        }

        plantCapacities(base, f);
        emissions(base, draws, f);
        transfer(ids, f);
        policy(base, ids, f);

        // sources first: building them records the curves the description lists
        ArrayNode sources = NODES.arrayNode();
        for (Source s : base.sources()) {
            sources.add(s.sector().equals(YrdPm25Assumptions.POWER) ? plant(s, f) : nonPower(s, draws.get(s.id()), f));
        }
        ObjectNode root = NODES.objectNode();
        root.put("name", NAME);
        root.put("description", YrdPm25Description.text(f, this));
        root.put("seed", seed);
        ObjectNode units = root.putObject("units");
        units.put("mass", "t");
        units.put("money", "CNY");
        units.put("concentration", "ug/m3");
        root.put("objective", "cost");
        ArrayNode pollutants = root.putArray("pollutants");
        YrdPm25Assumptions.POLLUTANTS.forEach(p -> pollutants.addObject().put("id", p));
        root.set("regions", regions(ids, f));
        root.set("transfer", transferNode(ids, f));
        root.set("sources", sources);
        root.set("policy", policyNode(ids, f));
        root.set("compensation", compensation());
        return new Result(root, f);
    }

    // ---- emissions ------------------------------------------------------------------------

    /**
     * Capacity of each yrd-so2 plant, recovered from its two published facts: its SO2 baseline is
     * proportional to MW × coal SO2 inlet rate, and its FGD unit cost is the worked value a + b/inlet
     * converted to CNY. Inverting the cost gives the inlet; MW ∝ baseline / inlet, scaled to the
     * province's coal capacity.
     */
    private void plantCapacities(Scenario base, YrdPm25Facts f) {
        for (String id : f.provinces.keySet()) {
            List<Source> plants = base.sources().stream()
                    .filter(s -> s.region().equals(id) && s.sector().equals(YrdPm25Assumptions.POWER)).toList();
            double[] weights = new double[plants.size()];
            double sum = 0;
            for (int k = 0; k < plants.size(); k++) {
                List<Step> steps = powerSteps(plants.get(k));
                double inlet = inlet(steps.get(0).unitCost());
                weights[k] = plants.get(k).baseline() / inlet;
                sum += weights[k];
                f.inlet.put(plants.get(k).id(), inlet);
                f.fgdCny.put(plants.get(k).id(), steps.get(0).unitCost());
            }
            for (int k = 0; k < plants.size(); k++) {
                f.mw.put(plants.get(k).id(), f.provinces.get(id).coalPowerMw() * weights[k] / sum);
            }
        }
    }

    /** Coal SO2 inlet (lb/MMBtu) whose worked-value FGD cost converts to {@code fgdCny} CNY/t. */
    double inlet(double fgdCny) {
        double high = so2Refs.value("fgd_worked_high_sulfur");
        double low = so2Refs.value("fgd_worked_low_sulfur");
        double highInlet = so2Refs.number("fgd_worked_high_sulfur", "inlet_lb_per_mmbtu");
        double lowInlet = so2Refs.number("fgd_worked_low_sulfur", "inlet_lb_per_mmbtu");
        double b = (low - high) / (1 / lowInlet - 1 / highInlet);
        double intercept = high - b / highInlet;
        double usd = money.cnyToUsd(fgdCny, so2Refs.year("fgd_worked_high_sulfur"));
        return b / (usd - intercept);
    }

    private void emissions(Scenario base, Map<String, double[]> draws, YrdPm25Facts f) {
        double totalNox = 0;
        double totalMw = 0;
        for (ProvinceRow p : f.provinces.values()) {
            totalNox += p.noxIn2015Tonnes();
            totalMw += p.coalPowerMw();
        }
        for (Source s : base.sources()) {
            f.emissions.put(s.id(), new long[] {Math.round(s.baseline()), 0, 0});
        }
        for (ProvinceRow p : f.provinces.values()) {
            long modelled = Math.round(a.noxCoverage() * p.noxIn2015Tonnes());
            long powerNox = Math.round(a.powerNoxShare() * totalNox * p.coalPowerMw() / totalMw);
            if (powerNox > modelled) {
                throw new IllegalStateException("power NOx " + powerNox + " t of " + p.id()
                        + " exceeds its modelled NOx " + modelled + " t: lower powerNoxShare or raise noxCoverage");
            }
            f.modelledNox.put(p.id(), modelled);
            f.powerNox.put(p.id(), powerNox);

            List<Source> plants = group(base, p.id(), YrdPm25Assumptions.POWER);
            double[] mw = plants.stream().mapToDouble(s -> f.mw.get(s.id())).toArray();
            long plantSo2 = plants.stream().mapToLong(s -> Math.round(s.baseline())).sum();
            long plantPm = Math.round(a.pmPerSo2().get(YrdPm25Assumptions.POWER) * plantSo2);
            spread(plants, Apportion.largestRemainder(powerNox, mw), 1, f);
            spread(plants, Apportion.largestRemainder(plantPm, mw), 2, f);
            f.sectorNox.merge(YrdPm25Assumptions.POWER, powerNox, Long::sum);
            f.sectorPm.merge(YrdPm25Assumptions.POWER, plantPm, Long::sum);

            double[] sectorShares = a.noxSectorShares().values().stream().mapToDouble(Double::doubleValue).toArray();
            long[] sectorNox = Apportion.largestRemainder(modelled - powerNox, sectorShares);
            int k = 0;
            for (String sector : a.noxSectorShares().keySet()) {
                List<Source> group = group(base, p.id(), sector);
                if (group.isEmpty()) {
                    throw new IllegalStateException("yrd-so2 has no " + sector + " source in " + p.id());
                }
                long groupSo2 = group.stream().mapToLong(s -> Math.round(s.baseline())).sum();
                long groupPm = Math.round(a.pmPerSo2().get(sector) * groupSo2);
                double[] noxWeights = group.stream().mapToDouble(s -> s.baseline() * draws.get(s.id())[0]).toArray();
                double[] pmWeights = group.stream().mapToDouble(s -> s.baseline() * draws.get(s.id())[1]).toArray();
                spread(group, Apportion.largestRemainder(sectorNox[k], noxWeights), 1, f);
                spread(group, Apportion.largestRemainder(groupPm, pmWeights), 2, f);
                f.sectorNox.merge(sector, sectorNox[k], Long::sum);
                f.sectorPm.merge(sector, groupPm, Long::sum);
                k++;
            }
        }
        for (Source s : base.sources()) {
            long[] e = f.emissions.get(s.id());
            long[] totals = f.regionTotals.computeIfAbsent(s.region(), r -> new long[3]);
            for (int p = 0; p < 3; p++) {
                totals[p] += e[p];
            }
        }
    }

    private static void spread(List<Source> sources, long[] amounts, int pollutant, YrdPm25Facts f) {
        for (int k = 0; k < sources.size(); k++) {
            f.emissions.get(sources.get(k).id())[pollutant] = amounts[k];
        }
    }

    private static List<Source> group(Scenario base, String region, String sector) {
        return base.sources().stream().filter(s -> s.region().equals(region) && s.sector().equals(sector)).toList();
    }

    // ---- sources --------------------------------------------------------------------------

    /** A coal-power plant: co-control options (FGD, SCR, both, ultra-low-emission retrofit). */
    private ObjectNode plant(Source s, YrdPm25Facts f) {
        long[] e = f.emissions.get(s.id());
        List<Step> steps = powerSteps(s);
        double fgdCny = steps.get(0).unitCost();
        double uleSo2Cny = steps.get(1).unitCost();
        double fgd = power.efficiency(a.powerFgdMeasure()).efficiency();
        double scr = power.efficiency(a.powerScrMeasure()).efficiency();
        long fgdCost = Math.round(fgd * e[0] * fgdCny);
        long scrCost = Math.round(scr * e[1] * scrCny());
        double uleSo2 = a.uleRemoval().get(SO2);
        double uleNox = a.uleRemoval().get(NOX);
        double ulePm = a.uleRemoval().get(PM);
        long uleCost = fgdCost + scrCost + Math.round((uleSo2 - fgd) * e[0] * uleSo2Cny
                + (uleNox - scr) * e[1] * refs.value("ule_nox") + ulePm * e[2] * refs.value("ule_pm"));

        ObjectNode node = sourceHeader(s, e);
        ArrayNode options = node.putArray("options");
        option(options, "FGD", removal(SO2, fgd), fgdCost);
        option(options, "SCR", removal(NOX, scr), scrCost);
        option(options, "FGD+SCR", removal(SO2, fgd, NOX, scr), fgdCost + scrCost);
        option(options, "ULE", removal(SO2, uleSo2, NOX, uleNox, PM, ulePm), uleCost);
        return node;
    }

    /** SCR at the worked value, CNY per tonne NOx (whole yuan). */
    double scrCny() {
        return Math.round(money.usdToCny(refs.value("scr_worked_value"), refs.year("scr_worked_value")));
    }

    /** A non-power source: its yrd-so2 SO2 curve, a CoST NOx curve and a PM2.5 curve. */
    private ObjectNode nonPower(Source s, double[] draw, YrdPm25Facts f) {
        long[] e = f.emissions.get(s.id());
        double siteFactor = draw[2];
        ObjectNode node = sourceHeader(s, e);
        ObjectNode curves = node.putObject("curves");
        curves.set(SO2, ScenarioWriter.curve(s.curve()));
        List<MeasureCurve.Block> nox = MeasureCurve.of(noxMeasures(s.sector(), e[1]));
        List<MeasureCurve.Block> pm = MeasureCurve.of(pmMeasures(s.sector(), e[2]));
        f.noxCurves.putIfAbsent(s.sector() + (large(e[1]) ? " (large)" : " (small)"), nox);
        f.pmCurves.putIfAbsent(s.sector(), pm);
        putSteps(curves, NOX, nox, e[1], siteFactor);
        putSteps(curves, PM, pm, e[2], siteFactor);
        return node;
    }

    List<MeasureCurve.Measure> noxMeasures(String sector, long tonnes) {
        List<MeasureCurve.Measure> measures = new ArrayList<>();
        for (String abbreviation : a.noxMeasures().get(sector)) {
            PerTonMeasure m = catalog.measure(abbreviation, NOX, tonnes * MoneyConversion.SHORT_TONS_PER_TONNE);
            measures.add(new MeasureCurve.Measure(abbreviation, m.efficiency(),
                    money.usdPerShortTonToCnyPerTonne(m.usdPerShortTon(), m.costYear())));
        }
        return measures;
    }

    List<MeasureCurve.Measure> pmMeasures(String sector, long tonnes) {
        List<String> listed = a.pmMeasures().get(sector);
        if (listed == null) {
            return List.of(new MeasureCurve.Measure("ULE particulate cost (proxy)", a.pmProxyEfficiency(),
                    refs.value("ule_pm")));
        }
        List<MeasureCurve.Measure> measures = new ArrayList<>();
        for (String abbreviation : listed) {
            PerTonMeasure m = catalog.measure(abbreviation, PM, tonnes * MoneyConversion.SHORT_TONS_PER_TONNE);
            measures.add(new MeasureCurve.Measure(abbreviation, m.efficiency(),
                    money.usdPerShortTonToCnyPerTonne(m.usdPerShortTon(), m.costYear())));
        }
        return measures;
    }

    /** CoST's size rule: 365 short tons a year or more is a large source. */
    static boolean large(long tonnes) {
        return tonnes * MoneyConversion.SHORT_TONS_PER_TONNE >= 365;
    }

    /** Steps of one pollutant: whole tonnes (cumulative floors, as yrd-so2), unit costs × site factor. */
    private static void putSteps(ObjectNode curves, String pollutant, List<MeasureCurve.Block> blocks, long baseline,
                                 double siteFactor) {
        ArrayNode steps = NODES.arrayNode();
        double cumulative = 0;
        long taken = 0;
        for (MeasureCurve.Block b : blocks) {
            cumulative += b.efficiency();
            long upTo = (long) Math.floor(cumulative * baseline + 1e-9);
            if (upTo > taken) {
                ObjectNode step = steps.addObject();
                step.put("amount", upTo - taken);
                step.put("unitCost", Math.round(b.cnyPerTonne() * siteFactor));
            }
            taken = upTo;
        }
        if (!steps.isEmpty()) {
            curves.putObject(pollutant).set("steps", steps);
        }
    }

    private static ObjectNode sourceHeader(Source s, long[] e) {
        ObjectNode node = NODES.objectNode();
        node.put("id", s.id());
        node.put("region", s.region());
        node.put("sector", s.sector());
        node.put("department", s.department());
        ObjectNode emissions = node.putObject("emissions");
        for (int p = 0; p < 3; p++) {
            emissions.put(YrdPm25Assumptions.POLLUTANTS.get(p), e[p]);
        }
        return node;
    }

    private static void option(ArrayNode options, String name, ObjectNode removal, long annualCost) {
        ObjectNode option = options.addObject();
        option.put("name", name);
        option.set("removal", removal);
        option.put("annualCost", annualCost);
    }

    private static ObjectNode removal(Object... pollutantsAndFractions) {
        ObjectNode node = NODES.objectNode();
        for (int i = 0; i < pollutantsAndFractions.length; i += 2) {
            node.put((String) pollutantsAndFractions[i], (Double) pollutantsAndFractions[i + 1]);
        }
        return node;
    }

    /** A yrd-so2 power plant's two steps: wet FGD, then the ultra-low-emission retrofit. */
    private static List<Step> powerSteps(Source s) {
        if (s.curve() instanceof StepCurve c && c.steps().size() == 2) {
            return c.steps();
        }
        throw new IllegalStateException("yrd-so2 power plant " + s.id() + " does not have the two steps"
                + " (FGD, ULE) this generator reads its costs from");
    }

    // ---- transfer, regions, policy --------------------------------------------------------

    /**
     * A[r][p][s] = share[r][s] × C_{r,p} / E_{s,p} (4 significant digits): E the province's
     * emissions of p (SO2 2010, NOx 2015, primary PM2.5 = modelled / pmCoverage), C the ILLUSTRATIVE
     * PM2.5 formed from p at r; the nitrate coefficient carries the ILLUSTRATIVE factor of the pair.
     * background_r = total PM2.5 at r − the modelled sources' contribution.
     */
    private void transfer(List<String> ids, YrdPm25Facts f) {
        for (String s : ids) {
            f.provincialPm.put(s, f.regionTotals.get(s)[2] / a.pmCoverage());
        }
        for (String r : ids) {
            Map<String, Map<String, Double>> byPollutant = new LinkedHashMap<>();
            double contribution = 0;
            for (String p : YrdPm25Assumptions.POLLUTANTS) {
                Map<String, Double> row = new LinkedHashMap<>();
                for (String s : ids) {
                    double coefficient = switch (p) {
                        case SO2 -> shares.share(r, s) * a.sulphate().get(r) / f.provinces.get(s).so2In2010Tonnes();
                        case NOX -> shares.share(r, s) * a.nitrate().get(r) / f.provinces.get(s).noxIn2015Tonnes()
                                * a.nitrateFactor(r, s);
                        default -> shares.share(r, s) * a.primary().get(r) / f.provincialPm.get(s);
                    };
                    coefficient = Apportion.significant(coefficient, 4);
                    row.put(s, coefficient);
                    contribution += coefficient * f.regionTotals.get(s)[YrdPm25Assumptions.POLLUTANTS.indexOf(p)];
                }
                byPollutant.put(p, row);
            }
            f.transfer.put(r, byPollutant);
            f.background.put(r, Apportion.decimals(a.totalPm25().get(r) - contribution, 3));
        }
    }

    private void policy(Scenario base, List<String> ids, YrdPm25Facts f) {
        for (String id : ids) {
            long[] totals = f.regionTotals.get(id);
            Double so2Duty = base.policy().duties().get(id);
            if (so2Duty == null) {
                throw new IllegalStateException("yrd-so2 gives no SO2 duty for " + id);
            }
            f.duties.put(id, new long[] {Math.round(so2Duty), Math.round(a.noxDutyShare() * totals[1]),
                    Math.round(a.pmDutyShare() * totals[2])});
        }
        for (int p = 0; p < 3; p++) {
            long cap = 0;
            for (String id : ids) {
                cap += f.regionTotals.get(id)[p] - f.duties.get(id)[p];
            }
            f.caps[p] = cap;
        }
        String j = a.limitReceptor();
        double underDuties = f.background.get(j);
        for (int p = 0; p < 3; p++) {
            for (String s : ids) {
                underDuties += f.transfer.get(j).get(YrdPm25Assumptions.POLLUTANTS.get(p)).get(s)
                        * (f.regionTotals.get(s)[p] - f.duties.get(s)[p]);
            }
        }
        f.concentrationUnderDuties = underDuties;
        f.limit = Math.floor(underDuties * 100) / 100;
    }

    private ArrayNode regions(List<String> ids, YrdPm25Facts f) {
        ArrayNode regions = NODES.arrayNode();
        for (String id : ids) {
            ProvinceRow p = f.provinces.get(id);
            ObjectNode r = regions.addObject();
            r.put("id", id);
            r.put("name", p.name());
            r.put("population", p.population());
            r.put("gdp", p.gdpCny());
            r.put("background", f.background.get(id));
            r.put("transactionCost", 0);
            ObjectNode health = r.putObject("health");
            health.put("mortalityRate", refs.value("crude_death_rate"));
            health.put("beta", beta());
            health.put("vsl", refs.value("vsl"));
        }
        return regions;
    }

    /** beta = ln(hazard ratio per 10 µg/m³) / 10, to 3 significant digits (0.00862, as in the data notes). */
    double beta() {
        return Apportion.significant(StrictMath.log(refs.value("hazard_ratio_per_10")) / 10, 3);
    }

    private static ObjectNode transferNode(List<String> ids, YrdPm25Facts f) {
        ObjectNode transfer = NODES.objectNode();
        for (String r : ids) {
            ObjectNode byPollutant = transfer.putObject(r);
            f.transfer.get(r).forEach((p, row) -> {
                ObjectNode node = byPollutant.putObject(p);
                row.forEach(node::put);
            });
        }
        return transfer;
    }

    private ObjectNode policyNode(List<String> ids, YrdPm25Facts f) {
        ObjectNode policy = NODES.objectNode();
        ObjectNode caps = policy.putObject("caps");
        for (int p = 0; p < 3; p++) {
            caps.put(YrdPm25Assumptions.POLLUTANTS.get(p), f.caps[p]);
        }
        policy.putObject("receptorLimits").put(a.limitReceptor(), f.limit);
        ObjectNode duties = policy.putObject("duties");
        for (String id : ids) {
            ObjectNode d = duties.putObject(id);
            for (int p = 0; p < 3; p++) {
                d.put(YrdPm25Assumptions.POLLUTANTS.get(p), f.duties.get(id)[p]);
            }
        }
        return policy;
    }

    private ObjectNode compensation() {
        ObjectNode compensation = NODES.objectNode();
        compensation.put("baseline", "duties");
        ArrayNode rules = compensation.putArray("rules");
        a.rules().forEach(rules::add);
        ObjectNode shandong = compensation.putObject("concentrationRules").putObject("shandong");
        shandong.put("preset", "shandong-2017");
        shandong.put("pollutant", PM);
        return compensation;
    }

    private ProvinceRow province(String id) {
        ProvinceRow p = provinces.get(id);
        if (p == null) {
            throw new IllegalStateException(ProvinceRow.RESOURCE + " has no province " + id);
        }
        return p;
    }

    private static double logUniform(SplittableRandom random, double min, double max) {
        double lo = StrictMath.log(min);
        return StrictMath.exp(lo + (StrictMath.log(max) - lo) * random.nextDouble());
    }

    // ---- read by the description ----------------------------------------------------------

    MoneyConversion money() {
        return money;
    }

    References references() {
        return refs;
    }

    References so2References() {
        return so2Refs;
    }

    PowerMeasures powerMeasures() {
        return power;
    }

    PerTonCatalog catalog() {
        return catalog;
    }
}
