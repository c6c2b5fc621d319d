package org.airshed.scenarios.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import org.airshed.core.io.Problem;
import org.airshed.core.io.ScenarioInputException;
import org.airshed.scenarios.sweep.JsonPathPattern.Slot;

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
    private final double totalBaseline;
    private final List<SweepParameter> dimensions;

    private SweepPlan(SweepSpec spec, ObjectNode base, double totalBaseline) {
        this.spec = spec;
        this.base = base;
        this.totalBaseline = totalBaseline;
        this.dimensions = spec.dimensions();
    }

    /**
     * Checks every target against the base scenario's tree; throws ScenarioInputException with
     * problems located in the sweep file.
     *
     * @param totalBaseline the base scenario's total baseline emissions (for {@code scale-cut})
     */
    public static SweepPlan of(SweepSpec spec, String sweepFile, ObjectNode base, String scenarioName,
                               double totalBaseline) {
        List<Problem> problems = new ArrayList<>();
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
        return new SweepPlan(spec, base, totalBaseline);
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
        if (run < 0 || run >= runCount()) {
            throw new IllegalArgumentException("run " + run + " is outside 0.." + (runCount() - 1));
        }
        long seed = seed(run);
        int[] point = gridPoint(run);
        ObjectNode scenario = base.deepCopy();
        scenario.put("seed", seed);
        ObjectNode values = NODES.objectNode();
        SplittableRandom random = new SplittableRandom(seed);
        int d = 0;
        for (SweepParameter p : spec.parameters()) {
            if (p.values() instanceof ParameterValues.Dimension dim) {
                JsonNode value = normalized(dim.values().get(point[d++]));
                values.set(p.name(), value);
                apply(scenario, p, value, null, null);
            } else {
                ParameterValues.Draw draw = (ParameterValues.Draw) p.values();
                if (p.independent()) {
                    ObjectNode each = values.putObject(p.name());
                    apply(scenario, p, null, () -> draw(draw, random), each);
                } else {
                    double x = draw(draw, random);
                    values.set(p.name(), number(x));
                    apply(scenario, p, number(x), null, null);
                }
            }
        }
        return new Variant(run, seed, scenario, values);
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
                       ObjectNode perField) {
        for (Target t : p.targets()) {
            for (Slot s : t.path().select(scenario)) {
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
            case SET -> x.isNumber() ? number(x.doubleValue()) : x;
            case SCALE -> number(now.doubleValue() * x.doubleValue());
            case ADD -> number((now == null || now.isNull() ? 0 : now.doubleValue()) + x.doubleValue());
            case SCALE_CUT -> number(totalBaseline - x.doubleValue() * (totalBaseline - now.doubleValue()));
        };
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
