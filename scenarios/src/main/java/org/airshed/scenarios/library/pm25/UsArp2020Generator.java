package org.airshed.scenarios.library.pm25;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.airshed.core.io.CanonicalJson;
import org.airshed.scenarios.library.Apportion;

/**
 * Generates the bundled {@code us-arp-2020} scenario (file format version 2): SO2 and NOx from the
 * coal-fired Acid Rain Program units of 2020 in the states of the CSAPR annual NOx programme, built
 * from the EPA Clean Air Markets files (CAMPD) and the EPA power-sector control measures (ptipm).
 * Each unit's installed controls decide which measures it may still take; capacity and unit
 * emissions, which the data lacks, are derived and labelled (see {@link ArpAssumptions}). No
 * random draws: the data alone fixes the file.
 *
 * <p>Units: short tons per year, USD of the ptipm equations' cost year (2011) per year, µg/m³.
 *
 * <p>Regenerate the bundled file from the repository root:
 * <pre>
 * ./mvnw -q -B package -DskipTests -pl scenarios -am
 * java -cp scenarios/target/airshed.jar org.airshed.scenarios.library.pm25.UsArp2020Generator \
 *     scenarios/src/main/resources/scenarios/us-arp-2020.json
 * </pre>
 */
public final class UsArp2020Generator {
    public static final String NAME = "us-arp-2020";
    /** Class-path location of the bundled file this generator must reproduce. */
    public static final String RESOURCE = "/scenarios/us-arp-2020.json";
    static final String ARP = "ARP";
    static final String CSNOX = "CSNOX";
    static final String OPERATING = "Operating";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ArpAssumptions a;
    private final PowerMeasures power;
    private final References refs;

    UsArp2020Generator(ArpAssumptions assumptions) {
        this.a = assumptions;
        this.power = PowerMeasures.load();
        this.refs = References.load(YrdPm25Generator.REFERENCES);
    }

    /** The scenario tree. */
    public static ObjectNode tree() {
        return new UsArp2020Generator(ArpAssumptions.DEFAULT).build().tree();
    }

    /** The canonical JSON text, exactly as the bundled file holds it. */
    public static String json() {
        return CanonicalJson.print(tree());
    }

    /** Writes the scenario: {@code UsArp2020Generator OUTPUT.json}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: UsArp2020Generator OUTPUT.json");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        Files.writeString(out, json(), StandardCharsets.UTF_8);
        System.out.println("wrote " + out.toAbsolutePath());
    }

    /** The generated tree and the facts its description and the tests read. */
    record Result(ObjectNode tree, ArpFacts facts) {
    }

    Result build() {
        ArpFacts f = new ArpFacts();
        Map<String, CampdData.Facility> arp = CampdData.facilities(ARP);
        Map<String, CampdData.Facility> csnox = CampdData.facilities(CSNOX);
        f.arpFacilities = arp.size();
        f.arpAllocated = arp.values().stream().mapToDouble(CampdData.Facility::allocated).sum();
        f.arpEmitted = arp.values().stream().mapToDouble(CampdData.Facility::emissions).sum();
        f.csnoxFacilities = csnox.size();
        f.csnoxEmitted = csnox.values().stream().mapToDouble(CampdData.Facility::emissions).sum();
        f.equationYear = power.equation(power.sizeClass(ArpAssumptions.WET_FGD, 500)).costYear();

        Map<String, List<CampdData.Unit>> byFacility = new LinkedHashMap<>();
        for (CampdData.Unit u : CampdData.units()) {
            if (u.programmes().contains(ARP)) {
                byFacility.computeIfAbsent(u.facilityId(), k -> new ArrayList<>()).add(u);
            }
        }
        List<String> ids = new ArrayList<>(byFacility.keySet());
        ids.sort(Comparator.comparingLong(Long::parseLong));
        for (String id : ids) {
            List<CampdData.Unit> units = byFacility.get(id);
            if (units.stream().noneMatch(this::coal)) {
                continue;
            }
            if (!arp.containsKey(id) || !csnox.containsKey(id)) {
                continue; // outside the CSAPR annual NOx states: the data gives no facility NOx
            }
            facility(units, arp.get(id), csnox.get(id), f);
        }
        f.units.sort(Comparator.comparing((ArpFacts.ModelledUnit m) -> m.unit().state())
                .thenComparingLong(m -> Long.parseLong(m.unit().facilityId())));
        f.so2Cap = Math.round((1 - a.so2Cut()) * f.so2);
        f.noxCap = Math.round((1 - a.noxCut()) * f.nox);

        ObjectNode root = NODES.objectNode();
        root.put("name", NAME);
        root.put("description", "");
        root.put("seed", 0);
        ObjectNode units = root.putObject("units");
        units.put("mass", "short ton");
        units.put("money", "USD");
        units.put("concentration", "ug/m3");
        root.put("objective", "cost");
        ArrayNode pollutants = root.putArray("pollutants");
        pollutants.addObject().put("id", "SO2");
        pollutants.addObject().put("id", "NOx");
        ArrayNode regions = root.putArray("regions");
        f.stateNames.forEach((state, name) -> {
            ObjectNode r = regions.addObject();
            r.put("id", state);
            r.put("name", name);
        });
        ObjectNode transfer = root.putObject("transfer");
        for (String state : f.stateNames.keySet()) {
            ObjectNode row = transfer.putObject(state);
            row.putObject("SO2").put(state, refs.value("epa_median_so2"));
            row.putObject("NOx").put(state, refs.value("epa_median_nox"));
        }
        ArrayNode sources = root.putArray("sources");
        for (ArpFacts.ModelledUnit m : f.units) {
            sources.add(source(m, f));
        }
        ObjectNode caps = root.putObject("policy").putObject("caps");
        caps.put("SO2", f.so2Cap);
        caps.put("NOx", f.noxCap);
        root.put("description", ArpDescription.text(f, a, this));
        return new Result(root, f);
    }

    boolean coal(CampdData.Unit u) {
        return a.coalFuels().contains(u.primaryFuel());
    }

    /**
     * One facility: its ARP SO2 and CSAPR NOx are split between all its ARP units (largest
     * remainder, so the parts add up to the published totals) by relative heat input × relative
     * emission rate; its CSAPR NOx allocation, given in proportion to historic heat input, sizes the
     * units. Operating coal units with 2020 emissions become sources.
     */
    private void facility(List<CampdData.Unit> units, CampdData.Facility arp, CampdData.Facility csnox, ArpFacts f) {
        f.facilities++;
        f.facilitiesSo2 += Math.round(arp.emissions());
        f.facilitiesNox += Math.round(csnox.emissions());
        f.facilitiesAllocation += csnox.allocated();
        double[] heat = units.stream().mapToDouble(this::heatInputWeight).toArray();
        double[] so2Weights = new double[units.size()];
        double[] noxWeights = new double[units.size()];
        double heatSum = 0;
        for (int k = 0; k < units.size(); k++) {
            so2Weights[k] = heat[k] * so2Rate(units.get(k));
            noxWeights[k] = heat[k] * noxRate(units.get(k));
            heatSum += heat[k];
        }
        long[] so2 = Apportion.largestRemainder(Math.round(arp.emissions()), so2Weights);
        long[] nox = Apportion.largestRemainder(Math.round(csnox.emissions()), noxWeights);
        for (int k = 0; k < units.size(); k++) {
            CampdData.Unit u = units.get(k);
            if (!coal(u)) {
                f.excluded("that are not coal-fired (gas or oil units at a coal facility)").add(so2[k], nox[k]);
                continue;
            }
            if (!OPERATING.equals(u.operatingStatus())) {
                f.excluded("that retired during 2020 or are in long-term cold storage").add(so2[k], nox[k]);
                continue;
            }
            if (so2[k] == 0 && nox[k] == 0) {
                f.excluded("with no 2020 emissions (a zero share of their facility's)").add(0, 0);
                continue;
            }
            double heatInput = csnox.allocated() * heat[k] / heatSum * 2000 / a.allocationRate();
            double mw = heatInput / (a.heatRate() * 8760 * a.baselineCapacityFactor());
            modelled(u, mw, so2[k], nox[k], f);
        }
    }

    private void modelled(CampdData.Unit u, double mw, long so2, long nox, ArpFacts f) {
        List<ArpFacts.Measure> so2Measures = new ArrayList<>();
        List<ArpFacts.Measure> noxMeasures = new ArrayList<>();
        String reason = null;
        boolean boiler = a.boilerTypes().stream().anyMatch(t -> u.unitType().startsWith(t));
        String smallest = power.sizeClass(ArpAssumptions.WET_FGD, mw);
        if (!boiler) {
            reason = "not a boiler (" + u.unitType() + ")";
        } else if (smallest == null) {
            reason = "below the 25 MW of the smallest ptipm size class";
        } else {
            boolean scrubbed = a.scrubbers().stream().anyMatch(s -> CampdData.Unit.active(u.so2Controls(), s));
            if (!scrubbed && so2 > 0) {
                double installed = 1 - remaining(u);
                so2Measures.add(measure("wet-FGD", ArpAssumptions.WET_FGD, mw, installed));
                so2Measures.add(measure("dry-FGD", ArpAssumptions.DRY_FGD, mw, installed));
            }
            boolean scr = CampdData.Unit.active(u.noxControls(), "Selective Catalytic Reduction");
            boolean sncr = CampdData.Unit.active(u.noxControls(), "Selective Non-catalytic Reduction");
            if (!scr && nox > 0) {
                double installed = sncr ? power.efficiency(power.sizeClass(ArpAssumptions.SNCR, mw)).efficiency() : 0;
                noxMeasures.add(measure("SCR", ArpAssumptions.SCR, mw, installed));
                if (!sncr) {
                    noxMeasures.add(measure("SNCR", ArpAssumptions.SNCR, mw, 0));
                }
            }
            if (so2Measures.isEmpty() && noxMeasures.isEmpty()) {
                reason = "scrubber and SCR installed";
            }
        }
        String id = u.state() + "-" + u.facilityId() + "-" + u.unitId();
        f.units.add(new ArpFacts.ModelledUnit(u, id, mw, so2, nox, List.copyOf(so2Measures), List.copyOf(noxMeasures),
                reason));
        f.stateNames.put(u.state(), u.stateName());
        f.so2 += so2;
        f.nox += nox;
        if (reason != null) {
            f.noOption.merge(reason.startsWith("not a boiler") ? "not a boiler" : reason, 1, Integer::sum);
        }
        f.maxSo2Reduction += so2 * so2Measures.stream().mapToDouble(ArpFacts.Measure::removal).max().orElse(0);
        f.maxNoxReduction += nox * noxMeasures.stream().mapToDouble(ArpFacts.Measure::removal).max().orElse(0);
    }

    /**
     * A measure of {@code family} sized for the unit: removal 1 − (1 − e)/(1 − installed) of what the
     * unit emits now (e the ptipm efficiency from uncontrolled, {@code installed} the removal of the
     * control it replaces), cost from the type 1 equation of its size class.
     */
    private ArpFacts.Measure measure(String name, String family, double mw, double installed) {
        String abbreviation = power.sizeClass(family, mw);
        double efficiency = power.efficiency(abbreviation).efficiency();
        double removal = Apportion.decimals(1 - (1 - efficiency) / (1 - installed), 4);
        return new ArpFacts.Measure(name, abbreviation, removal, power.annualCost(abbreviation, mw, a.capacityFactor()));
    }

    private ObjectNode source(ArpFacts.ModelledUnit m, ArpFacts f) {
        ObjectNode node = NODES.objectNode();
        node.put("id", m.sourceId());
        node.put("region", m.unit().state());
        node.put("sector", "power");
        ObjectNode emissions = node.putObject("emissions");
        emissions.put("SO2", m.so2());
        emissions.put("NOx", m.nox());
        ArrayNode options = node.putArray("options");
        List<ArpFacts.Measure> so2 = new ArrayList<>();
        so2.add(null);
        so2.addAll(m.so2Measures());
        List<ArpFacts.Measure> nox = new ArrayList<>();
        nox.add(null);
        nox.addAll(m.noxMeasures());
        for (ArpFacts.Measure s : so2) {
            for (ArpFacts.Measure n : nox) {
                if (s == null && n == null) {
                    continue;
                }
                ObjectNode option = options.addObject();
                option.put("name", s == null ? n.name() : n == null ? s.name() : s.name() + "+" + n.name());
                ObjectNode removal = option.putObject("removal");
                if (s != null) {
                    removal.put("SO2", s.removal());
                }
                if (n != null) {
                    removal.put("NOx", n.removal());
                }
                option.put("annualCost", Math.round((s == null ? 0 : s.annualCost()) + (n == null ? 0 : n.annualCost())));
                f.options++;
            }
        }
        return node;
    }

    private double heatInputWeight(CampdData.Unit u) {
        if (coal(u)) {
            return 1;
        }
        for (Map.Entry<String, Double> e : a.heatInputWeights().entrySet()) {
            if (u.unitType().startsWith(e.getKey())) {
                return e.getValue();
            }
        }
        return a.otherHeatInputWeight();
    }

    /** Share of uncontrolled SO2 the unit's most effective installed SO2 control leaves (1 without one). */
    private double remaining(CampdData.Unit u) {
        double remaining = 1;
        for (Map.Entry<String, Double> e : a.so2Remaining().entrySet()) {
            if (CampdData.Unit.active(u.so2Controls(), e.getKey())) {
                remaining = Math.min(remaining, e.getValue());
            }
        }
        return remaining;
    }

    private double so2Rate(CampdData.Unit u) {
        return coal(u) ? remaining(u) : a.nonCoalSo2();
    }

    private double noxRate(CampdData.Unit u) {
        Map<String, Double> r = a.noxRates();
        boolean scr = CampdData.Unit.active(u.noxControls(), "Selective Catalytic Reduction");
        if (!coal(u)) {
            return scr ? r.get("gas-scr") : r.get("gas");
        }
        boolean cyclone = u.unitType().startsWith("Cyclone");
        if (scr) {
            return r.get("scr");
        }
        if (CampdData.Unit.active(u.noxControls(), "Selective Non-catalytic Reduction")) {
            return cyclone ? r.get("sncr-cyclone") : r.get("sncr");
        }
        if (u.unitType().toLowerCase(Locale.ROOT).contains("fluidized bed")) {
            return r.get("fluidized-bed");
        }
        if (cyclone) {
            return r.get("cyclone");
        }
        boolean combustion = a.combustionControls().stream().anyMatch(c -> CampdData.Unit.active(u.noxControls(), c));
        return combustion ? r.get("combustion") : r.get("none");
    }

    PowerMeasures powerMeasures() {
        return power;
    }

    References references() {
        return refs;
    }
}
