package org.airshed.market.compensation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.IntStream;
import org.airshed.core.allocation.AllocationProblem;
import org.airshed.core.allocation.RegionSupply;
import org.airshed.core.io.SectionInputException;
import org.airshed.core.model.Scenario;
import org.airshed.core.model.Units;
import org.airshed.core.study.ReadableNumbers;
import org.airshed.core.study.ScenarioProblem;
import org.airshed.core.util.JsonPath;
import org.airshed.market.game.CoalitionOracle;
import org.airshed.market.game.Game;

/**
 * The cooperative game a scenario defines under a baseline, with the two plans behind it: the
 * baseline plan and the grand coalition's plan. Players are the scenario's regions in file order.
 * Coalition values are savings (money) against the baseline, computed on region-aggregated
 * curves; up to {@link #MAX_HELD_PLAYERS} regions every value is held in a {@link Game}, and every
 * coalition's outcome in a {@link CoalitionTable}. Under the duties baseline every coalition meets
 * the policy in force ({@link DutiesGame}); the Nash baseline's γ-function has no policy in it, so
 * its plans are only compared with the limits ({@link #receptors()}, {@link #notes()}).
 */
public final class ScenarioGame {
    /** 2²⁰ coalitions: every value computed and held, so exact rules and the core check can run. */
    public static final int MAX_HELD_PLAYERS = 20;

    private final Baseline baseline;
    private final RegionFacts facts;
    private final ScenarioCoalitions coalitions;
    private final Game game;
    private final CoalitionTable table;
    private final RegionPlan baselinePlan;
    private final RegionPlan cooperativePlan;
    private final double[] ownSaving;
    private final double grandValue;
    private final List<ReceptorOutcome> receptors;
    private final OptionalDouble surplusUnderWrittenLimits;
    private final List<String> notes;

    ScenarioGame(Baseline baseline, RegionFacts facts, ScenarioCoalitions coalitions, RegionPlan baselinePlan,
                         RegionPlan cooperativePlan, double[] ownSaving, double[] effectiveLimits,
                         OptionalDouble surplusUnderWrittenLimits, List<String> notes) {
        this.baseline = baseline;
        this.facts = facts;
        this.coalitions = coalitions;
        this.baselinePlan = baselinePlan;
        this.cooperativePlan = cooperativePlan;
        this.ownSaving = ownSaving;
        List<String> receptorIds = new ArrayList<>();
        for (int j : facts.receptors()) {
            receptorIds.add(facts.ids().get(j));
        }
        if (facts.size() <= MAX_HELD_PLAYERS) {
            CoalitionOutcome[] outcomes = hold(facts.size(), coalitions);
            double[] values = new double[outcomes.length + 1];
            for (int mask = 1; mask < values.length; mask++) {
                values[mask] = outcomes[mask - 1].value();
            }
            this.game = Game.of(facts.ids(), values);
            this.table = CoalitionTable.complete(facts.ids(), receptorIds, outcomes);
        } else {
            this.game = null;
            this.table = checked(facts.size(), facts.ids(), receptorIds, coalitions);
        }
        double total = 0;
        for (double s : ownSaving) {
            total += s;
        }
        this.grandValue = game != null ? game.grandValue() : total;
        int[] receptorPlayers = facts.receptors();
        List<ReceptorOutcome> outcomes = new ArrayList<>();
        for (int k = 0; k < receptorPlayers.length; k++) {
            int j = receptorPlayers[k];
            outcomes.add(new ReceptorOutcome(facts.ids().get(j), facts.limit()[j], baselinePlan.concentration()[j],
                    effectiveLimits[k], cooperativePlan.concentration()[j]));
        }
        this.receptors = List.copyOf(outcomes);
        this.surplusUnderWrittenLimits = surplusUnderWrittenLimits;
        this.notes = List.copyOf(notes);
    }

    /**
     * The scenario's game under {@code baseline}. Throws {@link SectionInputException} when
     * the baseline cannot be formed (a duty a region cannot meet alone, no duties at all).
     */
    public static ScenarioGame of(Scenario scenario, Baseline baseline) {
        return of(ScenarioProblem.of(scenario), baseline);
    }

    /** The same from the scenario's own problem already in solver form (a run converts it once). */
    public static ScenarioGame of(ScenarioProblem own, Baseline baseline) {
        Scenario scenario = own.scenario();
        RegionFacts facts = RegionFacts.of(scenario);
        AllocationProblem problem = own.capOnly(null).problem();
        RegionSupply supply = RegionSupply.of(problem);
        return baseline == Baseline.NASH ? nash(facts, supply, scenario.units())
                : duties(scenario, facts, supply, new RegionBlocks(problem));
    }

    /**
     * Every reason {@code baseline} cannot be formed for the scenario (no duties, a duty a region
     * cannot meet alone), each at its JSON path, without building the game; empty when it can.
     */
    public static List<SectionInputException> baselineProblems(ScenarioProblem own, Baseline baseline) {
        Scenario scenario = own.scenario();
        if (baseline != Baseline.DUTIES) {
            return List.of();
        }
        if (scenario.policy().duties().isEmpty()) {
            return List.of(noDuties());
        }
        RegionSupply supply = RegionSupply.of(own.capOnly(null).problem());
        List<SectionInputException> problems = new ArrayList<>();
        for (int i = 0; i < scenario.regions().size(); i++) {
            String id = scenario.regions().get(i).id();
            double duty = scenario.policy().duties().getOrDefault(id, 0.0);
            if (supply.meet(new int[] {i}, duty) == null) {
                problems.add(cannotMeetAlone(scenario, supply, i, id, duty));
            }
        }
        return problems;
    }

    private static SectionInputException noDuties() {
        return new SectionInputException("$.compensation.baseline", "\"duties\"",
                "the duties baseline compares cooperation with each region meeting its duty alone, but "
                        + "$.policy.duties is empty; give the duties or use the nash baseline");
    }

    private static SectionInputException cannotMeetAlone(Scenario scenario, RegionSupply supply, int i, String id,
                                                         double duty) {
        return new SectionInputException(JsonPath.child("$.policy.duties", id), ReadableNumbers.of(duty),
                "region " + id + " cannot meet its duty alone: its sources can abate at most "
                        + ReadableNumbers.of(supply.maxAbatement(i)) + " " + scenario.units().mass()
                        + ", so the duties baseline of $.compensation is undefined");
    }

    private static ScenarioGame nash(RegionFacts facts, RegionSupply supply, Units units) {
        NashGame nash = new NashGame(supply, facts);
        RegionPlan before = nash.nashPlan();
        RegionPlan after = nash.cooperativePlan();
        double[] saving = new double[facts.size()];
        for (int i = 0; i < saving.length; i++) {
            saving[i] = (before.cost()[i] - after.cost()[i]) + (before.damage()[i] - after.damage()[i]);
        }
        double[] unheld = new double[facts.receptors().length];
        Arrays.fill(unheld, Double.NaN);
        return new ScenarioGame(Baseline.NASH, facts, nash, before, after, saving, unheld, OptionalDouble.empty(),
                PolicyNotes.nash(facts, after, units));
    }

    private static ScenarioGame duties(Scenario scenario, RegionFacts facts, RegionSupply supply, RegionBlocks blocks) {
        if (scenario.policy().duties().isEmpty()) {
            throw noDuties();
        }
        int n = facts.size();
        double[] duty = new double[n];
        RegionSupply.Meeting[] alone = new RegionSupply.Meeting[n];
        for (int i = 0; i < n; i++) {
            String id = facts.ids().get(i);
            duty[i] = scenario.policy().duties().getOrDefault(id, 0.0);
            alone[i] = supply.meet(new int[] {i}, duty[i]);
            if (alone[i] == null) {
                throw cannotMeetAlone(scenario, supply, i, id, duty[i]);
            }
        }
        DutiesGame game = new DutiesGame(facts, supply, blocks, duty, alone);
        double[][] before = game.standalonePlan();
        double[][] after = game.jointPlan();
        double[] saving = new double[n];
        for (int i = 0; i < n; i++) {
            saving[i] = before[1][i] - after[1][i];
        }
        PolicyInForce policy = game.policy();
        OptionalDouble written = OptionalDouble.empty();
        Double strict = policy.relaxed() ? game.surplusUnderWrittenPolicy() : null;
        if (strict != null) {
            written = OptionalDouble.of(strict);
        }
        RegionPlan cooperative = facts.plan(after[0], after[1]);
        return new ScenarioGame(Baseline.DUTIES, facts, game, facts.plan(before[0], before[1]), cooperative, saving,
                policy.effective(), written, PolicyNotes.duties(facts, policy, cooperative, strict, scenario.units()));
    }

    /** Every coalition's outcome, computed in parallel; each is a pure function of its mask, so the result is the same on any number of threads. */
    private static CoalitionOutcome[] hold(int n, ScenarioCoalitions coalitions) {
        CoalitionOutcome[] outcomes = new CoalitionOutcome[(1 << n) - 1];
        IntStream.range(1, 1 << n).parallel().forEach(mask -> {
            boolean[] members = new boolean[n];
            for (int p = 0; p < n; p++) {
                members[p] = (mask & (1 << p)) != 0;
            }
            outcomes[mask - 1] = coalitions.outcome(members);
        });
        return outcomes;
    }

    /** Above the held size: each player alone, each player's complement, and everyone — what the checks read. */
    private static CoalitionTable checked(int n, List<String> players, List<String> receptors,
                                          ScenarioCoalitions coalitions) {
        List<BitSet> sets = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            BitSet alone = new BitSet(n);
            alone.set(i);
            sets.add(alone);
        }
        for (int i = 0; i < n; i++) {
            BitSet others = new BitSet(n);
            others.set(0, n);
            others.clear(i);
            sets.add(others);
        }
        BitSet everyone = new BitSet(n);
        everyone.set(0, n);
        sets.add(everyone);
        List<CoalitionOutcome> outcomes = sets.parallelStream().map(set -> {
            boolean[] members = new boolean[n];
            set.stream().forEach(p -> members[p] = true);
            return coalitions.outcome(members);
        }).toList();
        return CoalitionTable.partial(players, receptors, sets, outcomes);
    }

    public Baseline baseline() {
        return baseline;
    }

    public List<String> players() {
        return facts.ids();
    }

    public int playerCount() {
        return facts.size();
    }

    /** Every coalition's value, when there are at most {@link #MAX_HELD_PLAYERS} players. */
    public Optional<Game> game() {
        return Optional.ofNullable(game);
    }

    /** The coalitions as computed, for export: all of them when the game is held. */
    public CoalitionTable coalitions() {
        return table;
    }

    public CoalitionOracle oracle() {
        return coalitions;
    }

    /** v(N): what cooperation of all regions saves (money). */
    public double grandValue() {
        return grandValue;
    }

    /** v({i}); 0 for both baselines, kept general for the checks. */
    public double standaloneValue(int player) {
        if (game != null) {
            return game.singletonValue(player);
        }
        boolean[] members = new boolean[playerCount()];
        members[player] = true;
        return coalitions.value(members);
    }

    public RegionPlan baselinePlan() {
        return baselinePlan;
    }

    public RegionPlan cooperativePlan() {
        return cooperativePlan;
    }

    /** What region i saves under the cooperative plan before any transfer (money); the sum is v(N). */
    public double[] ownSaving() {
        return ownSaving.clone();
    }

    /** Every receptor with a limit: the limit, the limit the game holds coalitions to, and both plans' concentrations. */
    public List<ReceptorOutcome> receptors() {
        return receptors;
    }

    /**
     * Under the duties baseline, when the stand-alone profile itself breaks a written limit or the cap:
     * what all regions together would save if they also had to meet the written policy (money). Empty
     * otherwise, or when they cannot meet it.
     */
    public OptionalDouble surplusUnderWrittenLimits() {
        return surplusUnderWrittenLimits;
    }

    /** Plain sentences on how the game treats the policy: which limits it relaxes, which plans exceed them. */
    public List<String> notes() {
        return notes;
    }

    RegionFacts facts() {
        return facts;
    }
}
