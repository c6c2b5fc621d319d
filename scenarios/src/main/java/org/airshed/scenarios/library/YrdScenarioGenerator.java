package org.airshed.scenarios.library;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SplittableRandom;

import org.airshed.core.io.ScenarioWriter;
import org.airshed.core.model.AbatementCurve;
import org.airshed.core.model.Objective;
import org.airshed.core.model.Policy;
import org.airshed.core.model.QuadraticCurve;
import org.airshed.core.model.Region;
import org.airshed.core.model.Scenario;
import org.airshed.core.model.Source;
import org.airshed.core.model.Step;
import org.airshed.core.model.StepCurve;
import org.airshed.core.model.TransferMatrix;
import org.airshed.core.model.Units;

/**
 * Generates the bundled {@code yrd-so2} scenario: SO2 from about 300 point sources in Shanghai,
 * Jiangsu, Zhejiang and Anhui, built deterministically from the data copied under
 * {@code /data/} (see {@code data/SOURCES.md}) and the assumptions of {@link YrdAssumptions}.
 * The same seed always gives byte-identical JSON: every random draw comes from one
 * {@link SplittableRandom}, in a fixed order, and only {@link StrictMath} is used.
 *
 * <p>Units: tonnes SO2 per year, CNY per year, µg/m³ of SO2-attributable PM2.5.
 *
 * <p>Regenerate the bundled file from the repository root:
 * <pre>
 * ./mvnw -q -B package -DskipTests -pl scenarios -am
 * java -cp scenarios/target/airshed.jar org.airshed.scenarios.library.YrdScenarioGenerator \
 *     scenarios/src/main/resources/scenarios/yrd-so2.json
 * </pre>
 */
public final class YrdScenarioGenerator {
    public static final String NAME = "yrd-so2";
    /** Class-path location of the bundled file this generator must reproduce. */
    public static final String RESOURCE = "/scenarios/yrd-so2.json";
    public static final long DEFAULT_SEED = 2010L;
    /** Receptor whose limit the policy sets. */
    static final String LIMIT_RECEPTOR = "SH";

    private final YrdAssumptions assumptions;
    private final Map<String, Province> provinces;
    private final TransferShares shares;
    private final CostMeasureCatalog catalog;
    private final MoneyConversion money;
    private final PowerCostReferences powerCosts;

    YrdScenarioGenerator(YrdAssumptions assumptions) {
        this.assumptions = assumptions;
        Map<String, Province> all = Province.load();
        this.provinces = new LinkedHashMap<>();
        for (String id : assumptions.provinces()) {
            Province p = all.get(id);
            if (p == null) {
                throw new IllegalStateException(Province.RESOURCE + " has no province " + id);
            }
            provinces.put(id, p);
        }
        this.shares = TransferShares.load();
        this.catalog = CostMeasureCatalog.load();
        this.money = MoneyConversion.load(assumptions.moneyYear());
        this.powerCosts = PowerCostReferences.load();
    }

    /** The bundled scenario (default seed). */
    public static Scenario generate() {
        return generate(DEFAULT_SEED);
    }

    /** The scenario for {@code seed}; the seed is recorded in the scenario. */
    public static Scenario generate(long seed) {
        return new YrdScenarioGenerator(YrdAssumptions.DEFAULT).build(seed, new SplittableRandom(seed));
    }

    /** The canonical JSON of {@link #generate(long)}, exactly as the bundled file holds it. */
    public static String json(long seed) {
        return ScenarioWriter.toJson(generate(seed));
    }

    /** Writes the scenario: {@code YrdScenarioGenerator OUTPUT.json [SEED]}. */
    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: YrdScenarioGenerator OUTPUT.json [SEED]  (default seed " + DEFAULT_SEED + ")");
            System.exit(2);
        }
        long seed = args.length == 2 ? Long.parseLong(args[1]) : DEFAULT_SEED;
        Path out = Path.of(args[0]);
        ScenarioWriter.write(generate(seed), out);
        System.out.println("wrote " + out.toAbsolutePath() + " (seed " + seed + ")");
    }

    Scenario build(long seed, SplittableRandom random) {
        YrdAssumptions a = assumptions;
        YrdDescription.Facts facts = new YrdDescription.Facts(a, money, powerCosts, seed);
        double totalSo2 = 0;
        double totalMw = 0;
        for (Province p : provinces.values()) {
            totalSo2 += p.so2In2010Tonnes();
            totalMw += p.coalPowerMw();
        }

        // modelled emissions per province, and their power / non-power split
        Map<String, Long> modelled = new LinkedHashMap<>();
        Map<String, Long> powerTotal = new LinkedHashMap<>();
        List<long[]> sectorTotals = new ArrayList<>();
        List<Double> groupWeights = new ArrayList<>();
        double[] sectorShares = a.sectors().stream().mapToDouble(YrdAssumptions.Sector::share).toArray();
        for (Province p : provinces.values()) {
            long m = Math.round(a.coverage() * p.so2In2010Tonnes());
            long pw = Math.round(a.powerShare() * totalSo2 * p.coalPowerMw() / totalMw);
            if (pw > m) {
                throw new IllegalStateException("power SO2 " + pw + " t of " + p.id()
                        + " exceeds its modelled total " + m + " t: lower powerShare or raise coverage");
            }
            modelled.put(p.id(), m);
            powerTotal.put(p.id(), pw);
            long[] bySector = Apportion.largestRemainder(m - pw, sectorShares);
            sectorTotals.add(bySector);
            for (long t : bySector) {
                groupWeights.add((double) t);
            }
        }
        long[] groupCounts = groupCounts(groupWeights);

        List<Source> sources = new ArrayList<>();
        Map<YrdAssumptions.Variant, List<MeasureCurve.Block>> curves = new HashMap<>();
        int province = 0;
        for (Province p : provinces.values()) {
            powerPlants(p, powerTotal.get(p.id()), random, sources, facts);
            for (int s = 0; s < a.sectors().size(); s++) {
                YrdAssumptions.Sector sector = a.sectors().get(s);
                int count = (int) groupCounts[province * a.sectors().size() + s];
                nonPowerSources(p, sector, sectorTotals.get(province)[s], count, random, curves, sources, facts);
            }
            province++;
        }

        // transfer coefficients A[r][s] = share[r][s]·C_r/E_s, E_s the province's 2010 SO2 (t)
        Map<String, Map<String, Double>> transfer = new LinkedHashMap<>();
        List<Region> regions = new ArrayList<>();
        for (Province r : provinces.values()) {
            double c = concentration(r.id());
            Map<String, Double> row = new LinkedHashMap<>();
            double background = c * shares.share(r.id(), TransferShares.OUTSIDE);
            for (Province s : provinces.values()) {
                double coefficient = significant(shares.share(r.id(), s.id()) * c / s.so2In2010Tonnes(), 4);
                row.put(s.id(), coefficient);
                background += coefficient * (s.so2In2010Tonnes() - modelled.get(s.id()));
            }
            transfer.put(r.id(), row);
            background = Math.round(background * 1000) / 1000.0;
            regions.add(new Region(r.id(), r.name(), OptionalDouble.of(r.population()), OptionalDouble.of(r.gdpCny()),
                    r.pm25ValueCny(), background, 0));
        }

        // duties: 2010→2015 change (2015 unverified) scaled to the modelled share; cap = Σ baseline − Σ duties
        Map<String, Double> duties = new LinkedHashMap<>();
        long totalBaseline = 0;
        long totalDuties = 0;
        for (Province p : provinces.values()) {
            long duty = Math.round(a.coverage() * (p.so2In2010Kt() - p.so2In2015Kt()) * 1000);
            duties.put(p.id(), (double) duty);
            totalDuties += duty;
            totalBaseline += modelled.get(p.id());
        }
        long cap = totalBaseline - totalDuties;

        // the receptor limit: the concentration the stand-alone duties would leave at the receptor
        Region receptor = regions.stream().filter(r -> r.id().equals(LIMIT_RECEPTOR)).findFirst().orElseThrow();
        double underDuties = receptor.background();
        for (Province s : provinces.values()) {
            underDuties += transfer.get(LIMIT_RECEPTOR).get(s.id()) * (modelled.get(s.id()) - duties.get(s.id()));
        }
        double limit = Math.floor(underDuties * 100) / 100;

        facts.record(provinces, modelled, powerTotal, sectorTotals, groupCounts, transfer, regions, duties, cap,
                limit, curves, catalog);
        Policy policy = new Policy(OptionalDouble.of(cap), Map.of(LIMIT_RECEPTOR, limit), duties);
        return new Scenario(NAME, YrdDescription.text(facts), seed, Units.DEFAULT, Objective.COST, regions,
                new TransferMatrix(transfer), sources, policy);
    }

    /** Sources per (province, sector) group: a minimum each, the rest by emissions (largest remainder). */
    private long[] groupCounts(List<Double> groupWeights) {
        int groups = groupWeights.size();
        int spare = assumptions.nonPowerSources() - groups * assumptions.minSourcesPerGroup();
        if (spare < 0) {
            throw new IllegalStateException("nonPowerSources " + assumptions.nonPowerSources() + " is below "
                    + groups + " groups × " + assumptions.minSourcesPerGroup());
        }
        long[] counts = Apportion.largestRemainder(spare, groupWeights.stream().mapToDouble(Double::doubleValue).toArray());
        for (int g = 0; g < groups; g++) {
            counts[g] += assumptions.minSourcesPerGroup();
        }
        return counts;
    }

    /** Coal-power plants of one province: units sized from its capacity, emissions ∝ MW × inlet rate. */
    private void powerPlants(Province p, long total, SplittableRandom random, List<Source> sources,
                             YrdDescription.Facts facts) {
        YrdAssumptions a = assumptions;
        List<double[]> plants = new ArrayList<>(); // {MW, inlet lb/MMBtu}
        double remaining = p.coalPowerMw();
        while (remaining > 0) {
            int units = a.minUnits() + random.nextInt(a.maxUnits() - a.minUnits() + 1);
            double unitMw = a.unitSizesMw().get(Apportion.draw(a.unitSizeWeights(), random));
            double inlet = a.minInlet() + (a.maxInlet() - a.minInlet()) * random.nextDouble();
            double mw = units * unitMw;
            if (mw >= remaining || remaining - mw < a.minPlantMw()) {
                mw = remaining;
            }
            plants.add(new double[] {mw, inlet});
            remaining -= mw;
        }
        double[] weights = plants.stream().mapToDouble(x -> x[0] * x[1]).toArray();
        long[] baselines = Apportion.largestRemainder(total, weights);
        double fgdEfficiency = catalog.powerEfficiency(YrdAssumptions.POWER_FGD_MEASURE);
        for (int k = 0; k < plants.size(); k++) {
            long baseline = baselines[k];
            double fgdCny = Math.round(money.usdToCny(powerCosts.fgdUsdPerTonne(plants.get(k)[1]),
                    powerCosts.fgdCostYear()));
            long fgd = (long) Math.floor(fgdEfficiency * baseline);
            long ule = (long) Math.floor(a.uleTotalEfficiency() * baseline) - fgd;
            AbatementCurve curve = new StepCurve(List.of(new Step(fgd, fgdCny), new Step(ule, powerCosts.uleCny())));
            String id = String.format(Locale.ROOT, "%s-%s-%03d", p.id(), YrdAssumptions.POWER_CODE, k + 1);
            sources.add(new Source(id, p.id(), YrdAssumptions.POWER, YrdAssumptions.POWER_DEPARTMENT, baseline, curve));
            facts.powerPlant(plants.get(k)[0], fgdCny);
        }
    }

    /** Non-power sources of one sector in one province: Pareto sizes, CoST hull costs × site factor. */
    private void nonPowerSources(Province p, YrdAssumptions.Sector sector, long total, int count,
                                 SplittableRandom random, Map<YrdAssumptions.Variant, List<MeasureCurve.Block>> curves,
                                 List<Source> sources, YrdDescription.Facts facts) {
        YrdAssumptions a = assumptions;
        List<Double> probabilities = sector.variants().stream().map(YrdAssumptions.Variant::probability).toList();
        YrdAssumptions.Variant[] variants = new YrdAssumptions.Variant[count];
        double[] weights = new double[count];
        double[] siteFactors = new double[count];
        boolean[] quadratic = new boolean[count];
        double logMin = StrictMath.log(a.minSiteFactor());
        double logMax = StrictMath.log(a.maxSiteFactor());
        for (int k = 0; k < count; k++) {
            // four draws per source, always, so that one branch never shifts the stream of the next
            variants[k] = sector.variants().get(Apportion.draw(probabilities, random));
            double u = random.nextDouble();
            weights[k] = Math.min(a.maxSizeWeight(), StrictMath.pow(1 - u, -1 / a.paretoShape()));
            siteFactors[k] = StrictMath.exp(logMin + (logMax - logMin) * random.nextDouble());
            quadratic[k] = random.nextDouble() < a.quadraticShare() && variants[k].quadraticAllowed();
        }
        long[] baselines = Apportion.largestRemainder(total, weights);
        for (int k = 0; k < count; k++) {
            List<MeasureCurve.Block> blocks = curves.computeIfAbsent(variants[k], v -> MeasureCurve.of(
                    v.measures().stream().map(catalog::measure).toList(), money));
            long baseline = baselines[k];
            List<Step> steps = new ArrayList<>();
            double cumulative = 0;
            long taken = 0;
            for (MeasureCurve.Block b : blocks) {
                cumulative += b.efficiency();
                long upTo = (long) Math.floor(cumulative * baseline + 1e-9);
                steps.add(new Step(upTo - taken, Math.round(b.cnyPerTonne() * siteFactors[k])));
                taken = upTo;
            }
            AbatementCurve curve = quadratic[k] && steps.size() >= 2 ? quadraticLike(steps) : new StepCurve(steps);
            String id = String.format(Locale.ROOT, "%s-%s-%03d", p.id(), sector.code(), k + 1);
            sources.add(new Source(id, p.id(), sector.name(), sector.department(), baseline, curve));
            facts.nonPowerSource(sector.name(), variants[k].label(), curve instanceof QuadraticCurve);
        }
    }

    /**
     * A quadratic curve with the step curve's first-unit cost and its cost at full control:
     * linear = first unit cost, max = total amount, slope = 2(C(max) − linear·max)/max².
     */
    private static AbatementCurve quadraticLike(List<Step> steps) {
        double max = 0;
        double cost = 0;
        for (Step s : steps) {
            max += s.amount();
            cost += s.amount() * s.unitCost();
        }
        double linear = steps.get(0).unitCost();
        double slope = significant(2 * (cost - linear * max) / (max * max), 4);
        if (!(max > 0 && slope > 0)) {
            return new StepCurve(steps);
        }
        return new QuadraticCurve(linear, slope, max);
    }

    private double concentration(String region) {
        Double c = assumptions.sulphateConcentration().get(region);
        if (c == null) {
            throw new IllegalStateException("no illustrative sulphate concentration assumed for " + region);
        }
        return c;
    }

    /** {@code value} rounded to {@code digits} significant digits (exactly, via BigDecimal). */
    static double significant(double value, int digits) {
        return new BigDecimal(value).round(new MathContext(digits)).doubleValue();
    }
}
