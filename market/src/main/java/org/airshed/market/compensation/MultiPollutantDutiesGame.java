package org.airshed.market.compensation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.airshed.core.allocation.AllocationStatus;
import org.airshed.core.allocation.multi.MultiPollutantSolution;
import org.airshed.core.allocation.multi.MultiPollutantSolver;
import org.airshed.core.io.SectionInputException;
import org.airshed.core.model.Region;
import org.airshed.core.model.Units;
import org.airshed.core.model.multi.MultiPollutantScenario;
import org.airshed.core.study.ReadableNumbers;
import org.airshed.core.study.multi.MultiScenarioProblem;
import org.airshed.core.study.multi.RegionPlanTotals;
import org.airshed.core.util.JsonPath;

/**
 * The duties game of a version-2 scenario, with the same semantics as the one-pollutant
 * {@link DutiesGame}: each region alone meets its duty of every pollutant at least cost; a coalition
 * S, with every outsider at its stand-alone plan, meets the sum of its members' duties of every
 * pollutant and the policy in force — every cap and every receptor limit, where the stand-alone
 * profile already breaks one, no worse than it (effective limit max(limit, stand-alone concentration),
 * effective cap max(cap, stand-alone emissions) per pollutant). v(S) = Σ_{i∈S} stand-alone cost − S's
 * least cost, each program solved exactly by the several-pollutant solver; v({i}) = 0 since the
 * stand-alone plan meets a region's own program, and the members' stand-alone plans meet every row of
 * S's program whatever the rounding ({@link #requirements}). Per-pollutant abatement has no one-number
 * total, so the plans' and coalitions' abatement and emissions are left undefined (NaN).
 */
final class MultiPollutantDutiesGame implements ScenarioCoalitions {
    /** 2¹² − 1 coalition programs, each a several-pollutant solve: seconds, not hours. */
    static final int MAX_PLAYERS = 12;
    private static final double TIGHT = 1e-9;
    /**
     * A row whose terms from the coalition's own stand-alone plans are at most this share of the row's
     * scale is written from those terms: written from the baseline, its rounding (about 1e-16 of the
     * scale) could exceed what the solver forgives, 1e-9 of the coalition's own terms.
     */
    private static final double SMALL_SHARE = 1e-6;

    private final MultiScenarioProblem problem;
    private final MultiPollutantSolver solver;
    private final double[][] duty;
    private final RegionPlanTotals standalone;
    private final double[] effectiveLimit;
    private final Policy inForce;
    /** Per pollutant: its baseline total (mass); per receptor: background + Σ |transfer| · baseline. */
    private final double[] capScale;
    private final double[] receptorScale;
    /** All regions' plan under the policy in force; null while it is being computed. */
    private final RegionPlanTotals joint;

    private MultiPollutantDutiesGame(MultiScenarioProblem problem, MultiPollutantSolver solver, double[][] duty,
                                     RegionPlanTotals standalone, Policy inForce, RegionPlanTotals joint) {
        this.problem = problem;
        this.solver = solver;
        this.duty = duty;
        this.standalone = standalone;
        this.effectiveLimit = inForce.limits();
        this.inForce = inForce;
        this.capScale = new double[problem.pollutantCount()];
        for (int p = 0; p < capScale.length; p++) {
            capScale[p] = problem.total(p);
        }
        int[] receptors = problem.receptorRegions();
        this.receptorScale = new double[receptors.length];
        for (int k = 0; k < receptors.length; k++) {
            double[] row = problem.transferRow(receptors[k]);
            receptorScale[k] = problem.scenario().regions().get(receptors[k]).background();
            for (int i = 0; i < problem.sourceCount() && row != null; i++) {
                for (int p = 0; p < capScale.length; p++) {
                    receptorScale[k] += Math.abs(row[p * problem.regionCount() + problem.sourceRegion(i)])
                            * problem.baseline(i, p);
                }
            }
        }
        this.joint = joint;
    }

    /**
     * What a region's unmet duty leaves undefined, in the words of the section that reports it: the
     * compensation game's baseline, or (summary.json's cooperation, with or without a compensation
     * section) the stand-alone side of the comparison.
     */
    static final String FOR_COMPENSATION = "so the duties baseline of $.compensation is undefined";
    static final String FOR_COOPERATION = "so there is no stand-alone plan to compare cooperation with";

    /** Why the game cannot be formed, each at its JSON path, found without solving; empty when it can be tried. */
    static List<SectionInputException> problems(MultiScenarioProblem problem, Baseline baseline) {
        MultiPollutantScenario scenario = problem.scenario();
        if (baseline != Baseline.DUTIES) {
            return List.of(new SectionInputException("$.compensation.baseline", "\"" + baseline.key() + "\"",
                    "the nash baseline is not yet supported with several pollutants (issue 16): use the duties"
                            + " baseline"));
        }
        if (scenario.policy().duties().isEmpty()) {
            return List.of(new SectionInputException("$.compensation.baseline", "\"duties\"",
                    "the duties baseline compares cooperation with each region meeting its duties alone, but "
                            + "$.policy.duties is empty; give each region's duties per pollutant"));
        }
        if (problem.regionCount() > MAX_PLAYERS) {
            return List.of(new SectionInputException("$.compensation", problem.regionCount() + " regions",
                    "with several pollutants the game solves every coalition's program: at most " + MAX_PLAYERS
                            + " regions"));
        }
        List<SectionInputException> problems = new ArrayList<>();
        for (int r = 0; r < problem.regionCount(); r++) {
            problems.addAll(dutiesBeyondReach(problem, r, FOR_COMPENSATION));
        }
        return problems;
    }

    /** Region r's duties of one pollutant beyond what its sources can abate of it, each at its path. */
    private static List<SectionInputException> dutiesBeyondReach(MultiScenarioProblem problem, int r,
                                                                  String consequence) {
        MultiPollutantScenario scenario = problem.scenario();
        List<SectionInputException> problems = new ArrayList<>();
        for (int p = 0; p < problem.pollutantCount(); p++) {
            String region = problem.region(r);
            String pollutant = problem.pollutant(p);
            double d = scenario.policy().duty(region, pollutant);
            double reach = 0;
            for (int i = 0; i < problem.sourceCount(); i++) {
                reach += problem.sourceRegion(i) == r ? problem.maxAbatement(i, p) : 0;
            }
            if (d > reach * (1 + 1e-12) + 1e-9) {
                problems.add(new SectionInputException(JsonPath.child(JsonPath.child("$.policy.duties", region), pollutant),
                        ReadableNumbers.of(d), "region " + region + " cannot meet its " + pollutant + " duty alone:"
                        + " its sources can abate at most " + ReadableNumbers.of(reach) + " "
                        + scenario.units().mass() + ", " + consequence));
            }
        }
        return problems;
    }

    /**
     * Why a region cannot meet its duties of every pollutant together alone (each one on its own it
     * can: {@link #problems}), found by solving each region's own program as {@link #setup} does, so
     * that the check stage refuses what the run would; empty when every region can.
     */
    static List<SectionInputException> standaloneProblems(MultiScenarioProblem problem, MultiPollutantSolver solver) {
        List<SectionInputException> problems = new ArrayList<>();
        for (int r = 0; r < problem.regionCount(); r++) {
            double[] duty = new double[problem.pollutantCount()];
            for (int p = 0; p < duty.length; p++) {
                duty[p] = problem.scenario().policy().duty(problem.region(r), problem.pollutant(p));
            }
            boolean[] alone = new boolean[problem.regionCount()];
            alone[r] = true;
            MultiPollutantSolution solution = solver.solve(problem.restricted(problem.sourcesIn(alone), duty, null));
            if (solution.status() == AllocationStatus.INFEASIBLE) {
                problems.add(jointDutiesUnmet(problem, r, FOR_COMPENSATION));
            }
        }
        return problems;
    }

    /**
     * Why region r's own program is infeasible: a pollutant's duty beyond its sources' reach when there
     * is one (the only cause for curves), else the duties together (its options share one application).
     */
    private static SectionInputException jointDutiesUnmet(MultiScenarioProblem problem, int r, String consequence) {
        List<SectionInputException> single = dutiesBeyondReach(problem, r, consequence);
        if (!single.isEmpty()) {
            return single.get(0);
        }
        String id = problem.region(r);
        // The value as the file writes it, a JSON object of pollutant → duty.
        StringBuilder value = new StringBuilder("{");
        problem.scenario().policy().duties().getOrDefault(id, Map.of()).forEach((pollutant, duty) ->
                value.append(value.length() > 1 ? ", " : "").append('"').append(pollutant).append("\": ")
                        .append(ReadableNumbers.of(duty)));
        return new SectionInputException(JsonPath.child("$.policy.duties", id), value.append('}').toString(), "region " + id
                + " cannot meet its"
                + " duties of every pollutant together alone (its options share one application)");
    }

    /**
     * What the game and the duty comparison share: each region's stand-alone plan, the policy in
     * force, and the joint plan of all regions under it. Throws {@link SectionInputException} when a
     * region cannot meet its duties alone, its message ending with {@code consequence}.
     */
    static Setup setup(MultiScenarioProblem problem, MultiPollutantSolver solver, String consequence) {
        MultiPollutantScenario scenario = problem.scenario();
        int n = problem.regionCount();
        int pCount = problem.pollutantCount();
        double[][] duty = new double[n][pCount];
        double[] cost = new double[n];
        double[] reduction = new double[pCount * n];
        for (int r = 0; r < n; r++) {
            for (int p = 0; p < pCount; p++) {
                duty[r][p] = scenario.policy().duty(problem.region(r), problem.pollutant(p));
            }
            boolean[] alone = new boolean[n];
            alone[r] = true;
            int[] sources = problem.sourcesIn(alone);
            MultiPollutantSolution solution = solver.solve(problem.restricted(sources, duty[r], null));
            if (solution.status() == AllocationStatus.INFEASIBLE) {
                throw jointDutiesUnmet(problem, r, consequence);
            }
            RegionPlanTotals own = RegionPlanTotals.of(problem, sources, solution);
            cost[r] = own.cost()[r];
            for (int p = 0; p < pCount; p++) {
                reduction[p * n + r] = own.reduction()[p * n + r];
            }
        }
        RegionPlanTotals standalone = new RegionPlanTotals(cost, reduction);
        int[] receptors = problem.receptorRegions();
        double[] effectiveLimit = new double[receptors.length];
        double[] written = new double[receptors.length];
        double[] standaloneConcentration = new double[receptors.length];
        double[] writtenLimitRoom = new double[receptors.length];
        double[] limitRoom = new double[receptors.length];
        boolean relaxed = false;
        for (int k = 0; k < receptors.length; k++) {
            written[k] = scenario.policy().receptorLimits().get(problem.region(receptors[k]));
            standaloneConcentration[k] = standalone.concentration(problem, receptors[k]);
            effectiveLimit[k] = Math.max(written[k], standaloneConcentration[k]);
            writtenLimitRoom[k] = written[k] - standaloneConcentration[k];
            limitRoom[k] = Math.max(writtenLimitRoom[k], 0);
            relaxed |= standaloneConcentration[k] > written[k] + ReceptorOutcome.RELATIVE_TOLERANCE
                    * Math.max(1, Math.abs(written[k]));
        }
        double[] effectiveCap = new double[pCount];
        double[] writtenCap = new double[pCount];
        double[] standaloneEmissions = new double[pCount];
        double[] writtenCapRoom = new double[pCount];
        double[] capRoom = new double[pCount];
        for (int p = 0; p < pCount; p++) {
            standaloneEmissions[p] = problem.total(p);
            for (int r = 0; r < n; r++) {
                standaloneEmissions[p] -= reduction[p * n + r];
            }
            Double cap = scenario.policy().caps().get(problem.pollutant(p));
            writtenCap[p] = cap == null ? Double.NaN : cap;
            effectiveCap[p] = cap == null ? Double.NaN : Math.max(cap, standaloneEmissions[p]);
            writtenCapRoom[p] = writtenCap[p] - standaloneEmissions[p];
            capRoom[p] = cap == null ? Double.NaN : Math.max(writtenCapRoom[p], 0);
            relaxed |= cap != null && standaloneEmissions[p] > cap * (1 + 1e-12) + 1e-9;
        }
        Policy inForce = new Policy(effectiveCap, effectiveLimit, capRoom, limitRoom);
        MultiPollutantDutiesGame partial = new MultiPollutantDutiesGame(problem, solver, duty, standalone, inForce,
                null);
        boolean[] everyone = new boolean[n];
        Arrays.fill(everyone, true);
        RegionPlanTotals joint = partial.plan(everyone, partial.requirements(everyone, inForce));
        MultiPollutantDutiesGame game = new MultiPollutantDutiesGame(problem, solver, duty, standalone, inForce, joint);
        return new Setup(game, new Policy(writtenCap, written, writtenCapRoom, writtenLimitRoom),
                standaloneConcentration, standaloneEmissions, relaxed, joint);
    }

    /** The game; throws {@link SectionInputException} when a region cannot meet its duties alone. */
    static ScenarioGame of(MultiScenarioProblem problem, MultiPollutantSolver solver) {
        Setup setup = setup(problem, solver, FOR_COMPENSATION);
        MultiPollutantDutiesGame game = setup.game();
        int n = problem.regionCount();
        RegionPlanTotals joint = setup.joint();
        double[] saving = new double[n];
        for (int r = 0; r < n; r++) {
            saving[r] = game.standalone.cost()[r] - joint.cost()[r];
        }
        RegionFacts facts = facts(problem);
        OptionalDouble strict = OptionalDouble.empty();
        if (setup.relaxed()) {
            boolean[] everyone = new boolean[n];
            Arrays.fill(everyone, true);
            RegionPlanTotals underWritten = game.plan(everyone, game.requirements(everyone, setup.written()));
            if (underWritten != null) {
                strict = OptionalDouble.of(game.standalone.totalCost() - underWritten.totalCost());
            }
        }
        List<String> notes = notes(problem, setup.standaloneConcentration(), setup.written().limits(),
                game.effectiveLimit, joint, setup.standaloneEmissions(), strict, setup.relaxed());
        return new ScenarioGame(Baseline.DUTIES, facts, game, plan(problem, facts, game.standalone),
                plan(problem, facts, joint), saving, game.effectiveLimit, strict, notes);
    }

    RegionPlanTotals standalone() {
        return standalone;
    }

    /** All regions' plan under the policy in force (per pollutant); null when they cannot meet it. */
    RegionPlanTotals joint() {
        return joint;
    }

    MultiScenarioProblem problem() {
        return problem;
    }

    @Override
    public int playerCount() {
        return problem.regionCount();
    }

    @Override
    public CoalitionOutcome outcome(boolean[] members) {
        int count = 0;
        for (boolean m : members) {
            count += m ? 1 : 0;
        }
        if (count == 1) {
            int r = 0;
            while (!members[r]) {
                r++;
            }
            return new CoalitionOutcome(0, standalone.cost()[r], Double.NaN, CoalitionOutcome.NONE);
        }
        Requirements requirements = requirements(members, inForce);
        int[] sources = problem.sourcesIn(members);
        MultiPollutantSolution solution = solver.solve(problem.restricted(sources, requirements.caps(),
                requirements.receptors()));
        if (solution.status() == AllocationStatus.INFEASIBLE) {
            throw new IllegalStateException("a coalition cannot meet a program its members' stand-alone plans meet: "
                    + solution.reasons());
        }
        RegionPlanTotals plan = RegionPlanTotals.of(problem, sources, solution);
        double alone = 0;
        for (int r = 0; r < members.length; r++) {
            alone += members[r] ? standalone.cost()[r] : 0;
        }
        List<Integer> binding = new ArrayList<>();
        for (int k = 0; k < solution.receptorPrices().length; k++) {
            if (solution.receptorPrices()[k] > TIGHT) {
                binding.add(k);
            }
        }
        return new CoalitionOutcome(alone - plan.totalCost(), plan.totalCost(), Double.NaN,
                binding.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * The coalition's rows under {@code policy}: per pollutant max(members' duties, what the cap leaves
     * them), per receptor what the limit leaves them, with every outsider at its stand-alone plan. A row
     * the members' stand-alone plans α barely move (terms at most {@link #SMALL_SHARE} of its scale) is
     * written from them, Σ_{i∈S} α_ip − (cap − stand-alone emissions) and Σ_{i∈S} Σ_p T_kpi·α_ip − (limit −
     * stand-alone concentration), so that those plans meet it exactly and a coalition that cannot move it
     * is asked nothing: written as the baseline less the cap (limit) less the outsiders, it kept the
     * rounding of that difference, 1e-16 .. 2e-12, and was declared infeasible (numerical review C).
     * Other rows keep that form: the solver forgives their rounding, and their results are unchanged.
     */
    private Requirements requirements(boolean[] members, Policy policy) {
        int n = problem.regionCount();
        int pCount = problem.pollutantCount();
        double[] capRows = new double[pCount];
        for (int p = 0; p < pCount; p++) {
            double duties = 0;
            double own = 0;
            double outsiders = 0;
            for (int r = 0; r < n; r++) {
                duties += members[r] ? duty[r][p] : 0;
                own += members[r] ? standalone.reduction()[p * n + r] : 0;
                outsiders += members[r] ? 0 : standalone.reduction()[p * n + r];
            }
            double row = own <= SMALL_SHARE * capScale[p] ? own - policy.capRoom()[p]
                    : problem.total(p) - policy.caps()[p] - outsiders;
            capRows[p] = Double.isNaN(policy.caps()[p]) ? duties : Math.max(duties, row);
        }
        int[] receptors = problem.receptorRegions();
        double[] receptorRows = new double[receptors.length];
        for (int k = 0; k < receptors.length; k++) {
            int j = receptors[k];
            double[] row = problem.transferRow(j);
            double own = 0;
            double size = 0;
            double outsiders = 0;
            if (row != null) {
                for (int p = 0; p < pCount; p++) {
                    for (int r = 0; r < n; r++) {
                        double term = row[p * n + r] * standalone.reduction()[p * n + r];
                        own += members[r] ? term : 0;
                        size += members[r] ? Math.abs(term) : 0;
                        outsiders += members[r] ? 0 : term;
                    }
                }
            }
            receptorRows[k] = size <= SMALL_SHARE * receptorScale[k] ? own - policy.limitRoom()[k]
                    : problem.baselineConcentration(j) - policy.limits()[k] - outsiders;
        }
        return new Requirements(capRows, receptorRows);
    }

    /** The members' least-cost plan with the outsiders' stand-alone plans; null when infeasible. */
    private RegionPlanTotals plan(boolean[] members, Requirements requirements) {
        int[] sources = problem.sourcesIn(members);
        MultiPollutantSolution solution = solver.solve(problem.restricted(sources, requirements.caps(),
                requirements.receptors()));
        if (solution.status() == AllocationStatus.INFEASIBLE) {
            return null;
        }
        return RegionPlanTotals.of(problem, sources, solution).with(standalone, members);
    }

    /** The regions as the rules read them; transfer and baseline emissions have no one-pollutant form (zero, NaN). */
    private static RegionFacts facts(MultiScenarioProblem problem) {
        MultiPollutantScenario scenario = problem.scenario();
        int n = problem.regionCount();
        List<Region> regions = scenario.regions();
        double[] delta = new double[n];
        double[] background = new double[n];
        double[] transactionCost = new double[n];
        double[] limit = new double[n];
        double[] baseline = new double[n];
        Arrays.fill(baseline, Double.NaN);
        for (int j = 0; j < n; j++) {
            delta[j] = scenario.damagePerConcentration(j);
            background[j] = regions.get(j).background();
            transactionCost[j] = regions.get(j).transactionCost();
            limit[j] = scenario.policy().receptorLimits().getOrDefault(regions.get(j).id(), Double.NaN);
        }
        return new RegionFacts(regions.stream().map(Region::id).toList(), regions, delta, new double[n][n],
                background, transactionCost, baseline, limit, Double.NaN);
    }

    private static RegionPlan plan(MultiScenarioProblem problem, RegionFacts facts, RegionPlanTotals totals) {
        int n = problem.regionCount();
        double[] undefined = new double[n];
        Arrays.fill(undefined, Double.NaN);
        double[] concentration = new double[n];
        double[] damage = new double[n];
        for (int j = 0; j < n; j++) {
            concentration[j] = totals.concentration(problem, j);
            damage[j] = facts.damagePerConcentration()[j] * concentration[j];
        }
        return new RegionPlan(undefined, totals.cost(), undefined, concentration, damage);
    }

    private static List<String> notes(MultiScenarioProblem problem, double[] standalone, double[] written,
                                      double[] effective, RegionPlanTotals joint, double[] standaloneEmissions,
                                      OptionalDouble strict, boolean relaxed) {
        Units units = problem.scenario().units();
        List<String> notes = new ArrayList<>();
        int[] receptors = problem.receptorRegions();
        for (int k = 0; k < receptors.length; k++) {
            if (effective[k] > written[k]) {
                String id = problem.region(receptors[k]);
                notes.add("the duties alone leave " + id + " at " + ReadableNumbers.of(standalone[k]) + " "
                        + units.concentration() + ", above its limit " + ReadableNumbers.of(written[k]) + ": no"
                        + " coalition may make that worse, so the game holds cooperation to "
                        + ReadableNumbers.of(effective[k]) + " there, and the cooperative plan leaves " + id + " at "
                        + ReadableNumbers.of(joint.concentration(problem, receptors[k])));
            }
        }
        for (int p = 0; p < problem.pollutantCount(); p++) {
            Double cap = problem.scenario().policy().caps().get(problem.pollutant(p));
            if (cap != null && standaloneEmissions[p] > cap * (1 + 1e-12) + 1e-9) {
                notes.add("the duties alone emit " + ReadableNumbers.of(standaloneEmissions[p]) + " " + units.mass()
                        + " of " + problem.pollutant(p) + ", above its cap " + ReadableNumbers.of(cap) + ": the game"
                        + " holds cooperation to the duties' emissions");
            }
        }
        if (relaxed) {
            notes.add(strict.isEmpty() ? "all regions together cannot meet the written limits and caps with their duties"
                    : "meeting the written limits and caps as well, cooperation would save "
                    + ReadableNumbers.of(strict.getAsDouble()) + " " + units.money() + " (surplusUnderWrittenLimits)");
        }
        return notes;
    }

    private record Requirements(double[] caps, double[] receptors) {
    }

    /**
     * A policy a coalition is held to (the written one or the one in force) and the room each of its
     * parts leaves the stand-alone profile.
     *
     * @param caps      per pollutant (mass); NaN for a pollutant without a cap
     * @param limits    per receptor (concentration)
     * @param capRoom   per pollutant: cap − stand-alone emissions (mass; negative where the duties break it,
     *                  NaN without a cap)
     * @param limitRoom per receptor: limit − stand-alone concentration (negative where the duties break it)
     */
    record Policy(double[] caps, double[] limits, double[] capRoom, double[] limitRoom) {
    }

    /** What {@link #setup} finds; {@code joint} is null when all regions together cannot meet the policy in force. */
    record Setup(MultiPollutantDutiesGame game, Policy written, double[] standaloneConcentration,
                 double[] standaloneEmissions, boolean relaxed, RegionPlanTotals joint) {
    }
}
