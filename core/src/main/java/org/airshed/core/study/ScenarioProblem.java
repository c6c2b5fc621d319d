package org.airshed.core.study;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

import org.airshed.core.allocation.AllocationProblem;
import org.airshed.core.allocation.AllocationProblemBuilder;
import org.airshed.core.model.Objective;
import org.airshed.core.model.OptionCurve;
import org.airshed.core.model.QuadraticCurve;
import org.airshed.core.model.Region;
import org.airshed.core.model.Scenario;
import org.airshed.core.model.Source;
import org.airshed.core.model.SourceTable;
import org.airshed.core.model.Step;
import org.airshed.core.model.StepCurve;

/**
 * A scenario in solver form, with the index maps back to it: problem region r is
 * {@link #regionId(int)}, problem source i is scenario source {@link #scenarioSource(int)},
 * receptor row k is the limit of region {@link #receptorId(int)}. Regions and sources keep the
 * file's order; receptor rows follow the region order.
 */
public final class ScenarioProblem {
    private final Scenario scenario;
    private final AllocationProblem problem;
    private final List<String> regionIds;
    private final Map<String, Integer> regionIndex;
    private final int[] scenarioSources;
    private final List<String> receptorIds;
    private final double[] regionBaseline;
    private final RequirementOrigin capOrigin;
    private final Map<Optional<RequirementOrigin>, ScenarioProblem> capOnlyCopies = new ConcurrentHashMap<>();

    private ScenarioProblem(Scenario scenario, AllocationProblem problem, List<String> regionIds,
                            Map<String, Integer> regionIndex, int[] scenarioSources, List<String> receptorIds, double[] regionBaseline,
                            RequirementOrigin capOrigin) {
        this.scenario = scenario;
        this.problem = problem;
        this.regionIds = Collections.unmodifiableList(regionIds);
        this.regionIndex = Collections.unmodifiableMap(regionIndex);
        this.scenarioSources = scenarioSources;
        this.receptorIds = Collections.unmodifiableList(receptorIds);
        this.regionBaseline = regionBaseline;
        this.capOrigin = capOrigin;
    }

    /**
     * The scenario's own problem: every region and source; welfare weights
     * {@code w_r = Σ_j δ_j·transfer[j][r]} (money per mass abated in r) for the welfare objective,
     * else 0; the cap as the requirement {@code Σ baselines − cap} (mass); one receptor row per
     * receptor limit with requirement {@code background_j + Σ_r T_jr·E_r − limit_j}
     * (concentration), E_r being region r's baseline emissions.
     */
    public static ScenarioProblem of(Scenario scenario) {
        return build(scenario, region -> true, scenario.objective() == Objective.WELFARE,
                capOrigin(scenario), scenario.policy().receptorLimits());
    }

    /**
     * The same as {@link #of(Scenario)} for a scenario that has exactly {@code base}'s sources (the
     * same records, in the same regions) but may differ in everything else: the policy, damages,
     * backgrounds, transfer coefficients, the objective. The sources are not converted again: the
     * problem shares {@code base}'s source arrays, and only the region weights, the cap and the
     * receptor rows are computed, by the same code as {@code of}. Converts from the records when
     * the sources or the regions differ. {@code base} must be an {@code of} problem.
     */
    public static ScenarioProblem withSourcesOf(ScenarioProblem base, Scenario scenario) {
        if (!sameSources(base.scenario.sources(), scenario.sources())) {
            return of(scenario);
        }
        AllocationProblemBuilder builder = base.problem.builderWithSameSources();
        List<String> ids = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        addRegions(builder, scenario, region -> true, scenario.objective() == Objective.WELFARE, ids, index);
        if (!ids.equals(base.regionIds)) {
            return of(scenario);
        }
        RequirementOrigin cap = capOrigin(scenario);
        List<String> receptorIds = addRequirements(builder, scenario, ids, index, base.regionBaseline, cap,
                scenario.policy().receptorLimits());
        return new ScenarioProblem(scenario, builder.build(), ids, index, base.scenarioSources, receptorIds,
                base.regionBaseline, cap);
    }

    private static boolean sameSources(List<Source> a, List<Source> b) {
        if (a == b) {
            // One table shared by a sweep's variants: its records are made anew on each get, never identical.
            return true;
        }
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** The cap as a total-reduction requirement, or null without a cap. */
    private static RequirementOrigin capOrigin(Scenario scenario) {
        if (scenario.policy().cap().isEmpty()) {
            return null;
        }
        double value = scenario.policy().cap().getAsDouble();
        double baseline = scenario.totalBaseline();
        return new RequirementOrigin("$.policy.cap", value, baseline - value,
                "total baseline " + ReadableNumbers.of(baseline) + " " + scenario.units().mass()
                        + " minus the cap " + ReadableNumbers.of(value) + " " + scenario.units().mass());
    }

    /**
     * A cost-minimising problem with a total-reduction requirement only (no receptor limits, no
     * welfare weights), over the sources of one region ({@code regionId}) or of all regions
     * ({@code regionId == null}).
     *
     * @param origin the minimum total abatement (mass) and where it comes from, for messages
     */
    public static ScenarioProblem capOnly(Scenario scenario, String regionId, RequirementOrigin origin) {
        Predicate<String> regions = regionId == null ? id -> true : regionId::equals;
        return build(scenario, regions, false, origin, Map.of());
    }

    /**
     * A cost-minimising problem over every region and source with a total-reduction requirement
     * and one receptor row per entry of {@code limits} (receptor id → maximum concentration), in
     * region order: the duty comparison's joint problem under the limits it holds cooperation to.
     */
    public static ScenarioProblem withLimits(Scenario scenario, RequirementOrigin origin, Map<String, Double> limits) {
        return build(scenario, id -> true, false, origin, limits);
    }

    /** The included regions, and the sources in them. */
    private static ScenarioProblem build(Scenario scenario, Predicate<String> regionIncluded, boolean welfare,
                                         RequirementOrigin cap, Map<String, Double> limits) {
        AllocationProblemBuilder builder = AllocationProblem.builder();
        List<String> ids = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        addRegions(builder, scenario, regionIncluded, welfare, ids, index);
        double[] regionBaseline = new double[ids.size()];
        int[] included = scenario.sources() instanceof SourceTable table
                ? TableSources.add(builder, table, index, regionBaseline)
                : addRecords(builder, scenario.sources(), index, regionBaseline);
        List<String> receptorIds = addRequirements(builder, scenario, ids, index, regionBaseline, cap, limits);
        return new ScenarioProblem(scenario, builder.build(), ids, index, included, receptorIds, regionBaseline, cap);
    }

    /** The sources in the regions of {@code index}, one record at a time; returns their indices. */
    private static int[] addRecords(AllocationProblemBuilder builder, List<Source> sources, Map<String, Integer> index,
                                    double[] regionBaseline) {
        int[] included = new int[sources.size()];
        int count = 0;
        for (int s = 0; s < sources.size(); s++) {
            Source source = sources.get(s);
            if (!index.containsKey(source.region())) {
                continue;
            }
            int r = index.get(source.region());
            regionBaseline[r] += source.baseline();
            included[count++] = s;
            if (source.curve() instanceof StepCurve steps) {
                double[] amounts = new double[steps.steps().size()];
                double[] unitCosts = new double[amounts.length];
                for (int b = 0; b < amounts.length; b++) {
                    amounts[b] = steps.steps().get(b).amount();
                    unitCosts[b] = steps.steps().get(b).unitCost();
                }
                builder.addStepSource(r, source.baseline(), amounts, unitCosts);
            } else if (source.curve() instanceof QuadraticCurve q) {
                builder.addQuadraticSource(r, source.baseline(), q.linear(), q.slope(), q.max());
            } else if (source.curve() instanceof OptionCurve options) {
                // The continuous relaxation: the options' lower convex hull as blocks.
                List<Step> hull = options.hullSteps();
                double[] amounts = new double[hull.size()];
                double[] unitCosts = new double[amounts.length];
                for (int b = 0; b < amounts.length; b++) {
                    amounts[b] = hull.get(b).amount();
                    unitCosts[b] = hull.get(b).unitCost();
                }
                builder.addStepSource(r, source.baseline(), amounts, unitCosts);
            }
        }
        return Arrays.copyOf(included, count);
    }

    /** The included regions in file order, each with its welfare weight w_r = Σ_j δ_j·transfer[j][r] (0 for cost). */
    private static void addRegions(AllocationProblemBuilder builder, Scenario scenario, Predicate<String> included,
                                   boolean welfare, List<String> ids, Map<String, Integer> index) {
        List<Region> allRegions = scenario.regions();
        for (Region region : allRegions) {
            if (included.test(region.id())) {
                double weight = 0;
                if (welfare) {
                    for (Region receptor : allRegions) {
                        weight += receptor.damagePerConcentration()
                                * scenario.transfer().coefficient(receptor.id(), region.id());
                    }
                }
                index.put(region.id(), builder.addRegion(region.id(), weight));
                ids.add(region.id());
            }
        }
    }

    /**
     * The cap requirement (none when null) and one receptor row per entry of {@code limits}, in
     * region order; returns the receptors' ids in row order.
     */
    private static List<String> addRequirements(AllocationProblemBuilder builder, Scenario scenario, List<String> ids,
                                                Map<String, Integer> index, double[] regionBaseline,
                                                RequirementOrigin cap, Map<String, Double> limits) {
        if (cap != null) {
            builder.capRequirement(cap.requirement());
        }
        return receptorRows(builder, scenario, ids, index, regionBaseline, limits);
    }

    /**
     * This problem's sources with another requirement: every region (no welfare weights), every
     * source, {@code origin}'s total-reduction requirement (none when null), no receptor rows. The
     * same as {@link #capOnly(Scenario, String, RequirementOrigin)} with a null region, copied from
     * this problem's arrays rather than converted again from the scenario's records.
     */
    public ScenarioProblem capOnly(RequirementOrigin origin) {
        // Checked and then run, a market asks twice for the same problem: it is copied once.
        return capOnlyCopies.computeIfAbsent(Optional.ofNullable(origin), o -> derive(r -> true, origin, Map.of()));
    }

    /** One region's sources alone with {@code origin}'s requirement, copied from this problem's arrays. */
    public ScenarioProblem alone(String regionId, RequirementOrigin origin) {
        int region = regionIndex(regionId);
        if (region < 0) {
            throw new IllegalArgumentException("unknown region: " + regionId);
        }
        return derive(r -> r == region, origin, Map.of());
    }

    /**
     * Every region and source (no welfare weights) with {@code origin}'s requirement and one
     * receptor row per entry of {@code limits}: the same as
     * {@link #withLimits(Scenario, RequirementOrigin, Map)}, copied from this problem's arrays.
     */
    public ScenarioProblem withLimits(RequirementOrigin origin, Map<String, Double> limits) {
        return derive(r -> true, origin, limits);
    }

    /**
     * The problem's regions (a subset, in order) and their sources, with a new requirement and one
     * receptor row per entry of {@code limits} (none when empty), in region order.
     */
    private ScenarioProblem derive(IntPredicate regionIncluded, RequirementOrigin cap, Map<String, Double> limits) {
        AllocationProblemBuilder builder = AllocationProblem.builder();
        int[] newIndex = new int[problem.regionCount()];
        List<String> ids = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        for (int r = 0; r < problem.regionCount(); r++) {
            newIndex[r] = -1;
            if (regionIncluded.test(r)) {
                newIndex[r] = builder.addRegion(regionIds.get(r), 0);
                index.put(regionIds.get(r), newIndex[r]);
                ids.add(regionIds.get(r));
            }
        }
        double[] baselines = new double[ids.size()];
        int[] included = new int[problem.sourceCount()];
        int count = 0;
        for (int i = 0; i < problem.sourceCount(); i++) {
            int r = newIndex[problem.sourceRegion(i)];
            if (r < 0) {
                continue;
            }
            baselines[r] += problem.baseline(i);
            included[count++] = scenarioSources[i];
            int blocks = problem.blockCount(i);
            if (blocks == 0) {
                // A quadratic curve, or no curve at all (stored as linear 0, slope 1, max 0): the same arrays either way.
                builder.addQuadraticSource(r, problem.baseline(i), problem.quadLinear(i), problem.quadSlope(i),
                        problem.maxAbatement(i));
            } else {
                double[] amounts = new double[blocks];
                double[] unitCosts = new double[blocks];
                for (int b = 0; b < blocks; b++) {
                    amounts[b] = problem.blockAmount(i, b);
                    unitCosts[b] = problem.blockCost(i, b);
                }
                builder.addStepSource(r, problem.baseline(i), amounts, unitCosts);
            }
        }
        List<String> receptors = addRequirements(builder, scenario, ids, index, baselines, cap, limits);
        return new ScenarioProblem(scenario, builder.build(), ids, index, Arrays.copyOf(included, count), receptors,
                baselines, cap);
    }

    /**
     * One receptor row per limit, in region order, with requirement
     * {@code background_j + Σ_r T_jr·E_r − limit_j}; returns the receptors' ids in row order.
     */
    private static List<String> receptorRows(AllocationProblemBuilder builder, Scenario scenario, List<String> ids,
                                             Map<String, Integer> index, double[] regionBaseline,
                                             Map<String, Double> limits) {
        List<String> receptorIds = new ArrayList<>();
        if (limits.isEmpty()) {
            return receptorIds;
        }
        for (Region receptor : scenario.regions()) {
            Double limit = limits.get(receptor.id());
            if (limit == null) {
                continue;
            }
            double[] row = new double[ids.size()];
            double atBaseline = receptor.background();
            for (int r = 0; r < ids.size(); r++) {
                row[r] = scenario.transfer().coefficient(receptor.id(), ids.get(r));
                atBaseline += row[r] * regionBaseline[r];
            }
            builder.addReceptor(index.get(receptor.id()), row, atBaseline - limit);
            receptorIds.add(receptor.id());
        }
        return receptorIds;
    }

    public Scenario scenario() {
        return scenario;
    }

    public AllocationProblem problem() {
        return problem;
    }

    /** Scenario id of problem region r. */
    public String regionId(int r) {
        return regionIds.get(r);
    }

    /** Problem region index of a scenario region id, −1 when the problem leaves it out. */
    public int regionIndex(String id) {
        return regionIndex.getOrDefault(id, -1);
    }

    /** Index into {@code scenario().sources()} of problem source i. */
    public int scenarioSource(int i) {
        return scenarioSources[i];
    }

    /** Scenario region id of receptor row k. */
    public String receptorId(int k) {
        return receptorIds.get(k);
    }

    /** Baseline emissions of problem region r's included sources (mass). */
    public double regionBaseline(int r) {
        return regionBaseline[r];
    }

    /** Where the cap requirement comes from; null when the problem has no cap. */
    public RequirementOrigin capOrigin() {
        return capOrigin;
    }
}
