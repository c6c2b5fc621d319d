package org.airshed.scenarios.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.airshed.core.io.JsonDocuments;
import org.airshed.core.io.ScenarioLimits;
import org.airshed.core.io.SectionInput;
import org.airshed.core.model.PaddedNames;
import org.airshed.core.util.JsonPath;
import org.airshed.scenarios.pipeline.JsonPathPattern;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.distribution.TriangularDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Reads a sweep file (README, "Sweeps") with the scenario reader's strictness: unknown keys,
 * wrong types and impossible values are problems naming the file, JSON path and value, all of
 * them reported at once. Whether the paths name fields of the base scenario is checked later,
 * against that scenario ({@link SweepPlan}).
 */
public final class SweepReader {
    static final int MAX_GRID_POINTS = 100_000;
    private static final int GRID_DIGITS = 12;
    private static final List<String> TOP = List.of("name", "description", "scenario", "seed", "replicates",
            "parameters");
    private static final List<String> PARAMETER = List.of("name", "path", "op", "targets", "values", "grid", "draw",
            "independent");
    private static final List<String> TARGET = List.of("path", "op");
    private static final List<String> GRID = List.of("from", "to", "count", "spacing");
    private static final RandomGenerator NO_GENERATOR = null;

    private SweepReader() {
    }

    /** The sweep in {@code file}; throws ScenarioInputException with every problem. */
    public static SweepSpec read(Path file) {
        return JsonDocuments.read(file, SweepReader::read);
    }

    /** A sweep given as text (a bundled one), reported under {@code fileName}. */
    public static SweepSpec read(String fileName, String json) {
        return JsonDocuments.read(fileName, json, SweepReader::read);
    }

    static SweepSpec read(JsonNode root, SectionInput in) {
        int mark = in.mark();
        ObjectNode top = in.object(root, "$", TOP);
        if (top == null) {
            return null;
        }
        String name = in.string(top.get("name"), "$.name");
        if (top.get("name") == null) {
            in.missing("$.name");
        }
        String description = top.has("description") ? in.string(top.get("description"), "$.description") : "";
        String scenario = in.string(top.get("scenario"), "$.scenario");
        if (top.get("scenario") == null) {
            in.missing("$.scenario");
        }
        Long seed = in.integer(top.get("seed"), "$.seed");
        if (top.get("seed") == null) {
            in.missing("$.seed");
        }
        long replicates = 1;
        if (top.has("replicates")) {
            Long r = in.integer(top.get("replicates"), "$.replicates", 1, SweepSpec.MAX_RUNS,
                    "must be a whole number from 1 to " + SweepSpec.MAX_RUNS);
            if (r != null) {
                replicates = r;
            }
        }
        List<SweepParameter> parameters = new ArrayList<>();
        ArrayNode list = in.array(top.get("parameters"), "$.parameters");
        if (top.get("parameters") == null) {
            in.missing("$.parameters");
        }
        if (list != null) {
            Set<String> names = new HashSet<>();
            for (int i = 0; i < list.size(); i++) {
                SweepParameter p = parameter(list.get(i), "$.parameters[" + i + "]", in);
                if (p != null && !names.add(p.name())) {
                    in.problem("$.parameters[" + i + "].name", list.get(i).get("name"),
                            "another parameter already has this name; names are runs.csv columns");
                } else if (p != null && isReserved(p.name())) {
                    in.problem("$.parameters[" + i + "].name", "\"" + p.name() + "\"", "runs.csv or summary.csv"
                            + " already use this name (run, seed, status, reason, all, and result paths such as"
                            + " allocation.*); choose another");
                } else if (p != null) {
                    parameters.add(p);
                }
            }
        }
        if (in.addedSince(mark)) {
            return null;
        }
        SweepSpec spec = new SweepSpec(name, description, scenario, seed, (int) replicates, parameters);
        double runs = replicates;
        for (SweepParameter p : spec.dimensions()) {
            runs *= ((ParameterValues.Dimension) p.values()).values().size();
        }
        if (runs > SweepSpec.MAX_RUNS) {
            in.problem("$.parameters", String.format("%.0f runs", runs), "a sweep may have at most "
                    + SweepSpec.MAX_RUNS + " runs (grid points × replicates); check the grid counts");
            return null;
        }
        return spec;
    }

    private static boolean isReserved(String name) {
        return SweepTables.FIXED.contains(name) || name.equals(SweepTables.ALL)
                || name.matches("(allocation|cooperation|discrete|market|compensation|status)(\\..*)?");
    }

    private static SweepParameter parameter(JsonNode node, String path, SectionInput in) {
        int mark = in.mark();
        ObjectNode o = in.object(node, path, PARAMETER);
        if (o == null) {
            return null;
        }
        String name = in.string(o.get("name"), path + ".name");
        if (name != null && name.isBlank()) {
            in.problem(path + ".name", o.get("name"), "must not be empty or blank: a parameter's name is its runs.csv"
                    + " column");
        } else if (PaddedNames.isPadded(name)) {
            in.problem(path + ".name", PaddedNames.shown(name), PaddedNames.reason(name));
        }
        List<Target> targets = targets(o, path, in);
        if (name == null && o.has("path") && o.get("path").isTextual()) {
            name = o.get("path").textValue();
        } else if (name == null && o.get("name") == null) {
            in.missing(path + ".name");
        }
        ParameterValues values = null;
        int sources = (o.has("values") ? 1 : 0) + (o.has("grid") ? 1 : 0) + (o.has("draw") ? 1 : 0);
        if (sources != 1) {
            in.problem(path, node, "give exactly one of values, grid or draw");
        } else if (o.has("values")) {
            values = listed(o.get("values"), path + ".values", in);
        } else if (o.has("grid")) {
            values = grid(o.get("grid"), path + ".grid", in);
        } else {
            values = DrawReader.read(o.get("draw"), path + ".draw", in);
        }
        boolean independent = false;
        if (o.has("independent")) {
            if (!o.get("independent").isBoolean()) {
                in.problem(path + ".independent", o.get("independent"), "must be true or false");
            } else {
                independent = o.get("independent").booleanValue();
                if (independent && values != null && !(values instanceof ParameterValues.Draw)) {
                    in.problem(path + ".independent", o.get("independent"),
                            "only a draw can be independent per field; lists and grids set every field alike");
                }
            }
        }
        if (values instanceof ParameterValues.Listed listed && listed.values().stream().anyMatch(JsonNode::isTextual)) {
            for (Target t : targets) {
                if (t.op() != TargetOp.SET) {
                    in.problem(t.location().replace(".path", ".op"), "\"" + t.op().key() + "\"",
                            "names can only be set; " + t.op().key() + " needs numbers");
                }
            }
        }
        if (in.addedSince(mark)) {
            return null;
        }
        return new SweepParameter(name, targets, values, independent);
    }

    private static List<Target> targets(ObjectNode o, String path, SectionInput in) {
        List<Target> targets = new ArrayList<>();
        if (o.has("targets") == o.has("path")) {
            in.problem(path, o, "give either path (with an optional op) or targets, a list of {path, op}");
            return targets;
        }
        if (o.has("path")) {
            Target t = target(o, path, in);
            if (t != null) {
                targets.add(t);
            }
            return targets;
        }
        ArrayNode list = in.array(o.get("targets"), path + ".targets");
        if (list != null && list.isEmpty()) {
            in.problem(path + ".targets", list, "must name at least one field");
        }
        for (int i = 0; list != null && i < list.size(); i++) {
            String here = path + ".targets[" + i + "]";
            ObjectNode t = in.object(list.get(i), here, TARGET);
            Target target = t == null ? null : target(t, here, in);
            if (target != null) {
                targets.add(target);
            }
        }
        return targets;
    }

    private static Target target(ObjectNode o, String path, SectionInput in) {
        String text = in.string(o.get("path"), path + ".path");
        if (o.get("path") == null) {
            in.missing(path + ".path");
        }
        TargetOp op = TargetOp.SET;
        if (o.has("op")) {
            String key = in.string(o.get("op"), path + ".op");
            op = key == null ? null : TargetOp.of(key);
            if (key != null && op == null) {
                in.problem(path + ".op", o.get("op"), "unknown operation" + SectionInput.didYouMean(key, TargetOp.keys())
                        + "; allowed: " + String.join(", ", TargetOp.keys()));
            }
        }
        if (text == null || op == null) {
            return null;
        }
        JsonPathPattern pattern;
        try {
            pattern = JsonPathPattern.parse(text);
        } catch (IllegalArgumentException e) {
            in.problem(path + ".path", o.get("path"), e.getMessage());
            return null;
        }
        String quoted = JsonPathPattern.quotingHint(text, "policy", "caps");
        if (quoted != null) {
            in.problem(path + ".path", o.get("path"), "a key with a dot is written in quotes: " + quoted);
            return null;
        }
        if (op == TargetOp.SCALE_CUT && !text.equals("$.policy.cap") && !pattern.isKeyUnder("policy", "caps")) {
            in.problem(path + ".op", o.get("op"), "scale-cut applies to $.policy.cap and $.policy.caps only");
            return null;
        }
        return new Target(pattern, op, path + ".path");
    }

    private static ParameterValues listed(JsonNode node, String path, SectionInput in) {
        ArrayNode list = in.array(node, path);
        if (list == null) {
            return null;
        }
        if (list.isEmpty()) {
            in.problem(path, list, "must hold at least one value");
            return null;
        }
        List<JsonNode> values = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean numbers = list.get(0).isNumber();
        for (int i = 0; i < list.size(); i++) {
            JsonNode v = list.get(i);
            if (!(v.isNumber() || v.isTextual()) || v.isNumber() != numbers) {
                in.problem(path + "[" + i + "]", v, "values are all numbers or all names (strings)");
            } else if (v.isNumber() && !Double.isFinite(v.doubleValue())) {
                in.problem(path + "[" + i + "]", v, "must be a finite number");
            } else if (!seen.add(SweepTables.cell(SweepPlan.normalized(v)))) {
                in.problem(path + "[" + i + "]", v, "repeats an earlier value");
            } else {
                values.add(v);
            }
        }
        if (values.size() > MAX_GRID_POINTS) {
            in.problem(path, values.size() + " values", "at most " + MAX_GRID_POINTS + " values");
        }
        return new ParameterValues.Listed(values);
    }

    private static ParameterValues grid(JsonNode node, String path, SectionInput in) {
        int mark = in.mark();
        ObjectNode o = in.object(node, path, GRID);
        if (o == null) {
            return null;
        }
        Double from = required(o, "from", path, in);
        Double to = required(o, "to", path, in);
        Long count = in.integer(o.get("count"), path + ".count", 1, MAX_GRID_POINTS,
                "must be a whole number from 1 to " + MAX_GRID_POINTS);
        if (o.get("count") == null) {
            in.missing(path + ".count");
        }
        boolean log = false;
        if (o.has("spacing")) {
            String spacing = in.string(o.get("spacing"), path + ".spacing");
            if (spacing != null && !spacing.equals("linear") && !spacing.equals("log")) {
                in.problem(path + ".spacing", o.get("spacing"), "must be linear or log");
            }
            log = "log".equals(spacing);
        }
        if (log && from != null && to != null && (from <= 0 || to <= 0)) {
            in.problem(path, o, "a log grid needs from and to above 0");
        }
        if (in.addedSince(mark)) {
            return null;
        }
        int n = count.intValue();
        List<JsonNode> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double t = n == 1 ? 0 : (double) i / (n - 1);
            double v = i == n - 1 ? to : log ? Math.exp(Math.log(from) + t * (Math.log(to) - Math.log(from)))
                    : from + t * (to - from);
            values.add(DoubleNode.valueOf(i == 0 ? from : tidy(v)));
        }
        Set<String> seen = new HashSet<>();
        for (JsonNode v : values) {
            if (!seen.add(SweepTables.cell(SweepPlan.normalized(v)))) {
                in.problem(path + ".count", o.get("count"), "too many points for this range: two round to "
                        + SweepTables.cell(v) + " at " + GRID_DIGITS + " significant digits");
                return null;
            }
        }
        return new ParameterValues.Grid(from, to, n, log, values);
    }

    /**
     * A grid point rounded to 12 significant digits, so that 0.6 + 2 × 0.1 is the 0.8 the user
     * means (and prints), not 0.8000000000000002; nothing a sweep varies is known to 12 digits.
     */
    static double tidy(double v) {
        return new BigDecimal(v).round(new MathContext(GRID_DIGITS)).doubleValue();
    }

    /** A grid end or draw parameter: within the 1e15 every scenario number is held to, so no step overflows. */
    static Double required(ObjectNode o, String key, String path, SectionInput in) {
        String at = JsonPath.child(path, key);
        if (o.get(key) == null) {
            in.missing(at);
            return null;
        }
        Double value = in.number(o.get(key), at);
        if (value != null && !ScenarioLimits.withinMagnitude(value)) {
            in.problem(at, o.get(key), "must be at most 1e15 in magnitude, as every number of a scenario"
                    + " (docs/FORMAT.md, \"Limits\")");
            return null;
        }
        return value;
    }

    /** The smallest and largest uniform numbers a run draws from (SplittableRandom's, 0 redrawn). */
    static final double SMALLEST_U = 0x1p-53;
    static final double LARGEST_U = 1 - 0x1p-53;

    /**
     * Why some run could draw a number past 1e15 (a lognormal's tail overflows to Infinity long before
     * its parameters do), or null; the quantile is monotone, so its two ends bound every draw.
     */
    static String beyondLimit(RealDistribution distribution) {
        double low = quantile(distribution, SMALLEST_U);
        double high = quantile(distribution, LARGEST_U);
        if (!ScenarioLimits.withinMagnitude(high)) {
            return "draws up to " + high + " (its quantile at 1 - 2^-53, the largest uniform number a run draws), past"
                    + " the 1e15 every number of a scenario is held to (docs/FORMAT.md, \"Limits\"); narrow it";
        }
        if (!ScenarioLimits.withinMagnitude(low)) {
            return "draws down to " + low + " (its quantile at 2^-53, the smallest uniform number a run draws), past"
                    + " the 1e15 every number of a scenario is held to (docs/FORMAT.md, \"Limits\"); narrow it";
        }
        return null;
    }

    /** Commons Math's bracketing search (lognormal) throws where the quantile is past a double's range. */
    private static double quantile(RealDistribution distribution, double u) {
        try {
            return distribution.inverseCumulativeProbability(u);
        } catch (RuntimeException e) {
            return u < 0.5 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
    }

    /** The draw object: a distribution by name and its parameters. */
    private static final class DrawReader {
        static ParameterValues read(JsonNode node, String path, SectionInput in) {
            ObjectNode o = in.object(node, path, List.of("distribution", "min", "max", "mode", "mean", "sd", "mu",
                    "sigma"));
            if (o == null) {
                return null;
            }
            String kind = in.string(o.get("distribution"), path + ".distribution");
            if (o.get("distribution") == null) {
                in.missing(path + ".distribution");
                return null;
            }
            if (kind == null) {
                return null;
            }
            List<String> keys = switch (kind) {
                case "uniform" -> List.of("min", "max");
                case "normal" -> List.of("mean", "sd");
                case "lognormal" -> List.of("mu", "sigma");
                case "triangular" -> List.of("min", "mode", "max");
                default -> null;
            };
            if (keys == null) {
                in.problem(path + ".distribution", o.get("distribution"), "unknown distribution; allowed: uniform,"
                        + " normal, lognormal (mu and sigma of the logarithm), triangular");
                return null;
            }
            int mark = in.mark();
            double[] p = new double[keys.size()];
            for (int i = 0; i < keys.size(); i++) {
                Double v = required(o, keys.get(i), path, in);
                p[i] = v == null ? Double.NaN : v;
            }
            o.fieldNames().forEachRemaining(k -> {
                if (!k.equals("distribution") && !keys.contains(k)) {
                    in.problem(JsonPath.child(path, k), o.get(k), "not a parameter of the " + kind + " distribution (which takes "
                            + String.join(", ", keys) + ")");
                }
            });
            // Said in our words at the parameter: Commons Math's are cut off ("standard deviation (-1)").
            String spread = kind.equals("normal") ? "sd" : kind.equals("lognormal") ? "sigma" : null;
            if (spread != null && !in.addedSince(mark) && !(p[1] > 0)) {
                in.problem(JsonPath.child(path, spread), o.get(spread), "must be above 0");
            }
            if (kind.equals("triangular") && !in.addedSince(mark) && !(p[0] <= p[1] && p[1] <= p[2])) {
                in.problem(path + ".mode", o.get("mode"), "must be from min to max (" + o.get("min") + " to "
                        + o.get("max") + ")");
            }
            if (in.addedSince(mark)) {
                return null;
            }
            RealDistribution distribution;
            try {
                distribution = switch (kind) {
                    case "uniform" -> new UniformRealDistribution(NO_GENERATOR, p[0], p[1]);
                    case "normal" -> new NormalDistribution(NO_GENERATOR, p[0], p[1]);
                    case "lognormal" -> new LogNormalDistribution(NO_GENERATOR, p[0], p[1]);
                    default -> new TriangularDistribution(NO_GENERATOR, p[0], p[1], p[2]);
                };
            } catch (RuntimeException e) {
                in.problem(path, o, "not a valid " + kind + " distribution: " + e.getMessage());
                return null;
            }
            String beyond = beyondLimit(distribution);
            if (beyond != null) {
                in.problem(path, o, beyond);
                return null;
            }
            StringBuilder text = new StringBuilder(kind).append('(');
            for (int i = 0; i < keys.size(); i++) {
                text.append(i == 0 ? "" : ", ").append(keys.get(i)).append('=').append(o.get(keys.get(i)).asText());
            }
            return new ParameterValues.Draw(distribution, text.append(')').toString());
        }
    }
}
