package org.airshed.market.compensation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.airshed.core.allocation.RegionSupply;
import org.airshed.core.io.SectionInputException;
import org.airshed.core.model.Scenario;
import org.airshed.core.study.ReadableNumbers;
import org.airshed.core.study.ScenarioProblem;
import org.airshed.market.game.CoalitionOracle;
import org.airshed.market.game.Game;

/**
 * The cooperative game a scenario defines under a baseline, with the two plans behind it: the
 * baseline plan and the grand coalition's plan. Players are the scenario's regions in file order.
 * Coalition values are savings (money) against the baseline, computed on region-aggregated
 * curves; up to {@link #MAX_HELD_PLAYERS} regions every value is held in a {@link Game}.
 */
public final class ScenarioGame {
    /** 2²⁰ coalitions: every value computed and held, so exact rules and the core check can run. */
    public static final int MAX_HELD_PLAYERS = 20;

    private final Baseline baseline;
    private final RegionFacts facts;
    private final CoalitionOracle oracle;
    private final Game game;
    private final RegionPlan baselinePlan;
    private final RegionPlan cooperativePlan;
    private final double[] ownSaving;
    private final double grandValue;

    private ScenarioGame(Baseline baseline, RegionFacts facts, CoalitionOracle oracle, RegionPlan baselinePlan,
                         RegionPlan cooperativePlan, double[] ownSaving) {
        this.baseline = baseline;
        this.facts = facts;
        this.oracle = oracle;
        this.game = facts.size() <= MAX_HELD_PLAYERS ? hold(facts.ids(), oracle) : null;
        this.baselinePlan = baselinePlan;
        this.cooperativePlan = cooperativePlan;
        this.ownSaving = ownSaving;
        double total = 0;
        for (double s : ownSaving) {
            total += s;
        }
        this.grandValue = game != null ? game.grandValue() : total;
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
        RegionSupply supply = RegionSupply.of(own.capOnly(null).problem());
        return baseline == Baseline.NASH ? nash(facts, supply) : duties(scenario, facts, supply);
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
        return new SectionInputException("$.policy.duties." + id, ReadableNumbers.of(duty),
                "region " + id + " cannot meet its duty alone: its sources can abate at most "
                        + ReadableNumbers.of(supply.maxAbatement(i)) + " " + scenario.units().mass()
                        + ", so the duties baseline of $.compensation is undefined");
    }

    private static ScenarioGame nash(RegionFacts facts, RegionSupply supply) {
        NashGame nash = new NashGame(supply, facts);
        RegionPlan before = nash.nashPlan();
        RegionPlan after = nash.cooperativePlan();
        double[] saving = new double[facts.size()];
        for (int i = 0; i < saving.length; i++) {
            saving[i] = (before.cost()[i] - after.cost()[i]) + (before.damage()[i] - after.damage()[i]);
        }
        return new ScenarioGame(Baseline.NASH, facts, nash, before, after, saving);
    }

    private static ScenarioGame duties(Scenario scenario, RegionFacts facts, RegionSupply supply) {
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
        DutiesGame game = new DutiesGame(supply, duty, alone);
        double[][] before = game.standalonePlan();
        double[][] after = game.jointPlan();
        double[] saving = new double[n];
        for (int i = 0; i < n; i++) {
            saving[i] = before[1][i] - after[1][i];
        }
        return new ScenarioGame(Baseline.DUTIES, facts, game, facts.plan(before[0], before[1]),
                facts.plan(after[0], after[1]), saving);
    }

    /** Every coalition's value, computed in parallel; each is a pure function of its mask, so the result is the same on any number of threads. */
    private static Game hold(List<String> players, CoalitionOracle oracle) {
        int n = players.size();
        double[] values = new double[1 << n];
        IntStream.range(1, 1 << n).parallel().forEach(mask -> {
            boolean[] members = new boolean[n];
            for (int p = 0; p < n; p++) {
                members[p] = (mask & (1 << p)) != 0;
            }
            values[mask] = oracle.value(members);
        });
        return Game.of(players, values);
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

    public CoalitionOracle oracle() {
        return oracle;
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
        return oracle.value(members);
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

    RegionFacts facts() {
        return facts;
    }
}
