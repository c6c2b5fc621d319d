package org.airshed.market.compensation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.airshed.core.io.SectionInput;
import org.airshed.core.io.SectionReader;
import org.airshed.core.model.InvalidModelException;
import org.airshed.core.model.Violation;
import org.airshed.core.util.JsonPath;

/**
 * Reads a scenario's {@code compensation} section (docs/FORMAT.md and the README) into a
 * {@link CompensationSpec}, reporting every problem at its JSON path.
 */
public final class CompensationSectionReader implements SectionReader<CompensationSpec> {
    public static final CompensationSectionReader INSTANCE = new CompensationSectionReader();
    static final String KEY = "compensation";
    private static final String ROOT = "$." + KEY;
    private static final List<String> KEYS = List.of("baseline", "rules", "allowances", "shapley", "concentrationRules");
    private static final List<String> SHAPLEY_KEYS = List.of("method", "permutations", "confidence");
    private static final List<String> CONCENTRATION_KEYS = List.of("preset", "pollutant", "pollutantWeight", "tiers",
            "regionalFactors");
    private static final List<String> TIER_KEYS = List.of("upTo", "rate");

    private CompensationSectionReader() {
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public CompensationSpec read(JsonNode node, SectionInput in, Set<String> regionIds) {
        int mark = in.mark();
        ObjectNode o = in.object(node, ROOT, KEYS);
        if (o == null) {
            return null;
        }
        Baseline baseline = baseline(o.get("baseline"), in);
        Map<String, ConcentrationRule> concentration = concentrationRules(o.get("concentrationRules"), in, regionIds);
        List<String> rules = rules(o.get("rules"), in, o.get("concentrationRules"));
        Map<String, Double> allowances = in.quantityMap(o.get("allowances"), ROOT + ".allowances");
        regionKeys(allowances.keySet(), ROOT + ".allowances", o.get("allowances"), in, regionIds);
        ObjectNode shapley = in.object(o.get("shapley"), ROOT + ".shapley", SHAPLEY_KEYS);
        ShapleyMethod method = ShapleyMethod.AUTO;
        long permutations = CompensationSpec.DEFAULT_PERMUTATIONS;
        double confidence = CompensationSpec.DEFAULT_CONFIDENCE;
        if (shapley != null) {
            String key = in.string(shapley.get("method"), ROOT + ".shapley.method");
            if (key != null) {
                method = ShapleyMethod.fromKey(key);
                if (method == null) {
                    in.problem(ROOT + ".shapley.method", shapley.get("method"), "must be one of: auto, exact, sampled");
                }
            }
            Long m = in.integer(shapley.get("permutations"), ROOT + ".shapley.permutations");
            permutations = m == null ? permutations : m;
            if (permutations < 2 || permutations > Integer.MAX_VALUE) {
                in.problem(ROOT + ".shapley.permutations", shapley.get("permutations"),
                        "must be a whole number from 2 to " + Integer.MAX_VALUE);
            }
            Double level = in.quantity(shapley.get("confidence"), ROOT + ".shapley.confidence");
            confidence = level == null ? confidence : level;
        }
        if (in.addedSince(mark)) {
            return null;
        }
        try {
            return new CompensationSpec(baseline, rules, allowances, method, (int) permutations, confidence,
                    concentration);
        } catch (InvalidModelException e) {
            report(e, ROOT, in);
            return null;
        }
    }

    private static Baseline baseline(JsonNode node, SectionInput in) {
        if (node == null) {
            in.missing(ROOT + ".baseline");
            return null;
        }
        String key = in.string(node, ROOT + ".baseline");
        Baseline baseline = key == null ? null : Baseline.fromKey(key);
        if (key != null && baseline == null) {
            in.problem(ROOT + ".baseline", node, "must be one of: " + String.join(", ", Baseline.keys()));
        }
        return baseline;
    }

    private static List<String> rules(JsonNode node, SectionInput in, JsonNode concentrationNode) {
        List<String> rules = new ArrayList<>();
        if (node == null) {
            in.missing(ROOT + ".rules");
            return rules;
        }
        ArrayNode array = in.array(node, ROOT + ".rules");
        if (array == null) {
            return rules;
        }
        if (array.isEmpty()) {
            in.problem(ROOT + ".rules", node, "name at least one rule: " + String.join(", ", RuleNames.FIXED));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            String path = ROOT + ".rules[" + i + "]";
            String rule = in.string(array.get(i), path);
            if (rule == null) {
                continue;
            }
            String concentration = RuleNames.concentrationKey(rule);
            if (!seen.add(rule)) {
                in.problem(path, array.get(i), "is listed twice");
            } else if (concentration != null) {
                if (concentrationNode == null || !concentrationNode.has(concentration)) {
                    in.problem(path, array.get(i), "needs " + JsonPath.child(ROOT + ".concentrationRules", concentration)
                            + " (its rates; presets: " + String.join(", ", ConcentrationPresets.names()) + ")");
                }
            } else if (!RuleNames.FIXED.contains(rule)) {
                in.problem(path, array.get(i), "unknown rule" + SectionInput.didYouMean(rule, RuleNames.FIXED) + "; rules: "
                        + String.join(", ", RuleNames.FIXED) + ", concentration-<name>");
            }
            rules.add(rule);
        }
        return rules;
    }

    private static Map<String, ConcentrationRule> concentrationRules(JsonNode node, SectionInput in,
                                                                     Set<String> regionIds) {
        Map<String, ConcentrationRule> rules = new LinkedHashMap<>();
        ObjectNode o = in.map(node, ROOT + ".concentrationRules");
        if (o == null) {
            return rules;
        }
        o.fields().forEachRemaining(e -> {
            ConcentrationRule rule = concentrationRule(e.getValue(), JsonPath.child(ROOT + ".concentrationRules", e.getKey()), in,
                    regionIds);
            if (rule != null) {
                rules.put(e.getKey(), rule);
            }
        });
        return rules;
    }

    private static ConcentrationRule concentrationRule(JsonNode node, String path, SectionInput in,
                                                       Set<String> regionIds) {
        int mark = in.mark();
        ObjectNode o = in.object(node, path, CONCENTRATION_KEYS);
        if (o == null) {
            return null;
        }
        String preset = in.string(o.get("preset"), path + ".preset");
        String pollutant = in.string(o.get("pollutant"), path + ".pollutant");
        Double weight = in.quantity(o.get("pollutantWeight"), path + ".pollutantWeight");
        List<RateTier> tiers = tiers(o.get("tiers"), path + ".tiers", in);
        Map<String, Double> factors = in.quantityMap(o.get("regionalFactors"), path + ".regionalFactors");
        regionKeys(factors.keySet(), path + ".regionalFactors", o.get("regionalFactors"), in, regionIds);
        if (preset != null) {
            List<RateTier> schedule = ConcentrationPresets.schedule(preset);
            if (schedule == null) {
                in.problem(path + ".preset", o.get("preset"), "unknown preset; presets: "
                        + String.join(", ", ConcentrationPresets.names()));
            } else if (o.has("tiers")) {
                in.problem(path + ".tiers", o.get("tiers"), "give either a preset or tiers, not both");
            } else {
                tiers = schedule;
                if (weight == null && ConcentrationPresets.weighsPollutants(preset)) {
                    weight = presetWeight(preset, pollutant, o, path, in);
                }
            }
        } else if (!o.has("tiers")) {
            in.missing(path + ".tiers");
        }
        if (in.addedSince(mark)) {
            return null;
        }
        try {
            return new ConcentrationRule(preset == null ? "custom" : preset, weight == null ? 1 : weight, tiers,
                    factors);
        } catch (InvalidModelException e) {
            report(e, path, in);
            return null;
        }
    }

    private static Double presetWeight(String preset, String pollutant, ObjectNode o, String path, SectionInput in) {
        if (pollutant == null) {
            in.problem(path + ".pollutant", (JsonNode) null, "is required with preset " + preset
                    + ", which weighs pollutants: one of " + ConcentrationPresets.SHANDONG_POLLUTANT_WEIGHTS.keySet()
                    .stream().sorted().toList() + " (or give pollutantWeight)");
            return null;
        }
        Double weight = ConcentrationPresets.shandongWeight(pollutant);
        if (weight == null) {
            in.problem(path + ".pollutant", o.get("pollutant"), "is not in " + preset + "'s index; pollutants: "
                    + ConcentrationPresets.SHANDONG_POLLUTANT_WEIGHTS.keySet().stream().sorted().toList());
        }
        return weight;
    }

    private static List<RateTier> tiers(JsonNode node, String path, SectionInput in) {
        List<RateTier> tiers = new ArrayList<>();
        ArrayNode array = in.array(node, path);
        if (array == null) {
            return tiers;
        }
        for (int i = 0; i < array.size(); i++) {
            String at = path + "[" + i + "]";
            ObjectNode t = in.object(array.get(i), at, TIER_KEYS);
            if (t == null) {
                continue;
            }
            Double upTo = in.quantity(t.get("upTo"), at + ".upTo");
            Double rate = in.quantity(t.get("rate"), at + ".rate");
            if (rate == null && !t.has("rate")) {
                in.missing(at + ".rate");
            }
            if (rate != null) {
                try {
                    tiers.add(new RateTier(upTo == null ? Double.POSITIVE_INFINITY : upTo, rate));
                } catch (InvalidModelException e) {
                    report(e, at, in);
                }
            }
        }
        return tiers;
    }

    private static void regionKeys(Set<String> keys, String path, JsonNode node, SectionInput in, Set<String> regions) {
        if (regions == null) {
            return;
        }
        for (String key : keys) {
            if (!regions.contains(key)) {
                in.problem(JsonPath.child(path, key), node.get(key), "unknown region (known: " + regions.stream().sorted()
                        .toList() + ")");
            }
        }
    }

    private static void report(InvalidModelException e, String path, SectionInput in) {
        for (Violation v : e.violations()) {
            in.problem(v.under(path).field(), v.value(), v.reason());
        }
    }
}
