package org.airshed.scenarios.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import org.airshed.core.io.Problem;
import org.airshed.core.io.ScenarioInputException;
import org.airshed.scenarios.pipeline.JsonPathPattern.Slot;
import org.airshed.scenarios.pipeline.JsonPathPattern;

/**
 * The runs of a sweep over one base scenario: run i is grid point ⌊i / replicates⌋ (the first
 * parameter varying slowest) and replicate i mod replicates. Its seed depends on the replicate
 * only, so every grid point sees the same random draws (common random numbers: a difference
 * between two caps is not noise from different draws). A run is a pure function of
 * (base scenario, parameters, seed).
 */
public final class SweepPlan {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Doubles this far from zero print as whole numbers without losing anything. */
    private static final double WHOLE_NUMBER_LIMIT = 1e15;

    private final SweepSpec spec;
    private final ObjectNode base;
    /** Concrete path → target, for the fields the sweep adds (absent from the base scenario). */
    private final Map<String, Target> added;
    private final List<SweepParameter> dimensions;

    private SweepPlan(SweepSpec spec, ObjectNode base, Map<String, Target> added) {
        this.spec = spec;
        this.base = base;
        this.added = Map.copyOf(added);
        this.dimensions = spec.dimensions();
    }

    /**
     * Checks every target against the base scenario's tree; throws ScenarioInputException with
     * problems located in the sweep file.
     */
    public static SweepPlan of(SweepSpec spec, String sweepFile, ObjectNode base, String scenarioName) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Target> added = new LinkedHashMap<>();
        for (SweepParameter p : spec.parameters()) {
            boolean names = p.values() instanceof ParameterValues.Listed l && l.values().get(0).isTextual();
            for (Target t : p.targets()) {
                String where = "in " + scenarioName;
                List<Slot> slots;
                try {
                    slots = t.path().select(base);
                } catch (IllegalArgumentException e) {
                    problems.add(new Problem(sweepFile, t.location(), quoted(t.path()), e.getMessage() + " " + where));
                    continue;
                }
                for (Slot s : slots) {
                    JsonNode now = s.get();
                    if (now == null) {
                        added.putIfAbsent(s.path(), t);
                    }
                    String wrong = null;
                    if ((t.op() == TargetOp.SCALE || t.op() == TargetOp.SCALE_CUT) && (now == null || !now.isNumber())) {
                        wrong = s.path() + " is " + (now == null ? "absent" : "not a number") + " " + where
                                + ", so there is nothing to " + t.op().key();
                    } else if (now != null && !now.isNull() && (names ? !now.isTextual() : !now.isNumber())) {
                        wrong = s.path() + " " + where + " is " + now + ", not " + (names ? "a name" : "a number");
                    }
                    if (wrong != null) {
                        problems.add(new Problem(sweepFile, t.location(), quoted(t.path()), wrong));
                        break;
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioInputException(problems);
        }
        return new SweepPlan(spec, base, added);
    }

    public SweepSpec spec() {
        return spec;
    }

    public int runCount() {
        return Math.toIntExact(spec.runCount());
    }

    /** The seed of run {@code run}: SplitMix64 of the sweep's seed and the run's replicate. */
    public long seed(int run) {
        long z = spec.seed() + 0x9E3779B97F4A7C15L * (run % spec.replicates() + 1L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The base scenario's tree with run {@code run}'s values applied, and the values themselves. */
    public Variant variant(int run) {
        if (base == null) {
            throw new IllegalStateException("this plan left the base's tree behind: its runs edit trees without sources");
        }
        return variant(run, base.deepCopy(), Double.NaN);
    }

    /**
     * The same plan without the base's whole tree, for runs that edit a tree without sources: a
     * national inventory's tree is gigabytes a worker need not keep once its base is shared.
     */
    SweepPlan withoutBaseTree() {
        return new SweepPlan(spec, null, added);
    }

    /**
     * Whether no parameter names a source: then a run may copy and edit the base's tree without
     * its sources, and share the sources already read ({@link SharedBase}).
     */
    boolean leavesSourcesAlone() {
        for (SweepParameter p : spec.parameters()) {
            for (Target t : p.targets()) {
                String first = t.path().firstKey();
                if (first == null || first.equals("sources") || first.equals("sourcesFile")) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Run {@code run}'s values applied to {@code scenario}, a copy of the base's tree (or of the tree
     * without its sources, when the plan {@link #leavesSourcesAlone()}). {@code baselineTotal} is the
     * sources' total baseline that {@code scale-cut} measures from, or NaN to sum the tree's.
     */
    Variant variant(int run, ObjectNode scenario, double baselineTotal) {
        if (run < 0 || run >= runCount()) {
            throw new IllegalArgumentException("run " + run + " is outside 0.." + (runCount() - 1));
        }
        long seed = seed(run);
        int[] point = gridPoint(run);
        scenario.put("seed", seed);
        ObjectNode values = NODES.objectNode();
        SplittableRandom random = new SplittableRandom(seed);
        List<Runnable> cuts = new ArrayList<>();
        int d = 0;
        for (SweepParameter p : spec.parameters()) {
            if (p.values() instanceof ParameterValues.Dimension dim) {
                JsonNode value = normalized(dim.values().get(point[d++]));
                values.set(p.name(), value);
                apply(scenario, p, value, null, null, cuts, baselineTotal);
            } else {
                ParameterValues.Draw draw = (ParameterValues.Draw) p.values();
                if (p.independent()) {
                    ObjectNode each = values.putObject(p.name());
                    apply(scenario, p, null, () -> draw(draw, random), each, cuts, baselineTotal);
                } else {
                    double x = draw(draw, random);
                    values.set(p.name(), number(x));
                    apply(scenario, p, number(x), null, null, cuts, baselineTotal);
                }
            }
        }
        cuts.forEach(Runnable::run);
        return new Variant(run, usedSeed(scenario, seed), scenario, values);
    }

    /**
     * The seed the run's scenario holds once its values are applied: a sweep over {@code $.seed}
     * gives each run its own, which is the one that reproduces it. A seed that is not a whole number
     * makes the run invalid; its row keeps the plan's.
     */
    private static long usedSeed(ObjectNode scenario, long planned) {
        JsonNode seed = scenario.get("seed");
        return seed != null && seed.isIntegralNumber() && seed.canConvertToLong() ? seed.longValue() : planned;
    }

    /** The fields the sweep adds to the scenario (absent from the base): concrete path → target. */
    public Map<String, Target> addedFields() {
        return added;
    }

    /** Run {@code run}'s list and grid values (its draws need the variant). */
    public ObjectNode dimensionValues(int run) {
        ObjectNode values = NODES.objectNode();
        int[] point = gridPoint(run);
        for (int d = 0; d < dimensions.size(); d++) {
            SweepParameter p = dimensions.get(d);
            values.set(p.name(), normalized(((ParameterValues.Dimension) p.values()).values().get(point[d])));
        }
        return values;
    }

    /** Indices into each dimension's values for run {@code run}. */
    int[] gridPoint(int run) {
        int[] point = new int[dimensions.size()];
        int rest = run / spec.replicates();
        for (int d = dimensions.size() - 1; d >= 0; d--) {
            int size = ((ParameterValues.Dimension) dimensions.get(d).values()).values().size();
            point[d] = rest % size;
            rest /= size;
        }
        return point;
    }

    private static double draw(ParameterValues.Draw draw, SplittableRandom random) {
        double u = random.nextDouble();
        // nextDouble is in [0, 1); 0 would map to an infinite quantile of an unbounded distribution.
        while (u == 0) {
            u = random.nextDouble();
        }
        return draw.distribution().inverseCumulativeProbability(u);
    }

    /** Sets p's fields to {@code value}, or, for an independent draw, each field to its own {@code each} draw. */
    private void apply(ObjectNode scenario, SweepParameter p, JsonNode value, DoubleSupplier each,
                       ObjectNode perField, List<Runnable> cuts, double baselineTotal) {
        for (Target t : p.targets()) {
            List<Slot> slots;
            try {
                slots = t.path().select(scenario);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(t.location() + " = \"" + t.path() + "\" " + e.getMessage()
                        + " once the parameters before it are applied", e);
            }
            if (t.op() == TargetOp.SCALE_CUT) {
                // After every other target: the cut is measured from this run's baselines.
                cuts.add(() -> slots.forEach(s -> s.set(number(scaledCut(scenario, s, value, baselineTotal)))));
                continue;
            }
            for (Slot s : slots) {
                JsonNode x = value;
                if (each != null) {
                    x = number(each.getAsDouble());
                    perField.set(s.path(), x);
                }
                s.set(result(t.op(), s.get(), x));
            }
        }
    }

    private JsonNode result(TargetOp op, JsonNode now, JsonNode x) {
        return switch (op) {
            case SET -> normalized(x);
            case SCALE -> number(now.doubleValue() * x.doubleValue());
            case ADD -> number((now == null || now.isNull() ? 0 : now.doubleValue()) + x.doubleValue());
            case SCALE_CUT -> throw new IllegalStateException("scale-cut is applied after the other targets");
        };
    }

    /**
     * The cap that asks for {@code x} times the reduction it asks for now, from the run's own baselines:
     * {@code $.policy.cap} from the sources' baselines, {@code $.policy.caps.P} from their emissions of P.
     */
    private static double scaledCut(ObjectNode scenario, Slot cap, JsonNode x, double baselineTotal) {
        double total;
        if (cap.path().equals("$.policy.cap")) {
            total = Double.isNaN(baselineTotal) ? baselineTotal(scenario) : baselineTotal;
        } else {
            total = emissionsTotal(scenario, cap.key());
        }
        return total - x.doubleValue() * (total - cap.get().doubleValue());
    }

    /** The sum of the tree's source emissions of one pollutant (version 2), in source order. */
    private static double emissionsTotal(JsonNode scenario, String pollutant) {
        double total = 0;
        for (JsonNode source : scenario.path("sources")) {
            total += source.path("emissions").path(pollutant).doubleValue();
        }
        return total;
    }

    /** The sum of the tree's source baselines, in source order (the order decides the last bits). */
    static double baselineTotal(JsonNode scenario) {
        double total = 0;
        for (JsonNode source : scenario.path("sources")) {
            total += source.path("baseline").doubleValue();
        }
        return total;
    }

    /** Whole numbers as integers, so that fields read as whole numbers (counts, seeds) accept them. */
    static JsonNode number(double x) {
        if (x == Math.rint(x) && Math.abs(x) < WHOLE_NUMBER_LIMIT) {
            return LongNode.valueOf((long) x);
        }
        return DoubleNode.valueOf(x);
    }

    /** A listed or grid value as runs record it: numbers as {@link #number(double)}, names as given. */
    static JsonNode normalized(JsonNode value) {
        if (value.isIntegralNumber() && value.canConvertToLong() && Math.abs(value.doubleValue()) >= WHOLE_NUMBER_LIMIT) {
            // A seed is any long: through a double it would lose its last digits and stop being whole.
            return LongNode.valueOf(value.longValue());
        }
        return value.isNumber() ? number(value.doubleValue()) : value;
    }

    private static String quoted(JsonPathPattern path) {
        return "\"" + path + "\"";
    }

    /**
     * One run's scenario and the values it was given.
     *
     * @param values parameter name → value; an independent draw maps to {field path → value}
     */
    public record Variant(int run, long seed, ObjectNode scenario, ObjectNode values) {
    }
}
