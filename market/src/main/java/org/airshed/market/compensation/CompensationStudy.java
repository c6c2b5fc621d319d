package org.airshed.market.compensation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.airshed.core.allocation.multi.MultiPollutantSolver;
import org.airshed.core.io.SectionInputException;
import org.airshed.core.model.Region;
import org.airshed.core.model.Scenario;
import org.airshed.core.study.ReadableNumbers;
import org.airshed.core.study.ScenarioProblem;
import org.airshed.core.study.multi.MultiScenarioProblem;
import org.airshed.market.game.CoalitionOracle;
import org.airshed.market.game.Game;
import org.airshed.market.game.LeastCore;
import org.airshed.market.game.NashBargaining;
import org.airshed.market.game.Nucleolus;
import org.airshed.market.game.NucleolusResult;
import org.airshed.market.game.ProportionalRule;
import org.airshed.market.game.SampledShapley;
import org.airshed.market.game.ShapleySampler;
import org.airshed.market.game.ShapleyValue;

/**
 * Applies every rule of a compensation section to a scenario's game, or the game-only rules to a
 * game given by its coalition values, and checks each (docs/DOMAIN.md §4). Rules that cannot apply
 * are reported as undefined with the reason, never with made-up numbers.
 */
public final class CompensationStudy {
    /** Rules that read a one-pollutant transfer matrix or emissions per region (beneficiary pays has its own form). */
    private static final Set<String> ONE_POLLUTANT_RULES = Set.of(RuleNames.POLLUTER_PAYS, RuleNames.CHANDER_TULKENS,
            "proportional-emissions");

    private CompensationStudy() {
    }

    /** The scenario's game under the section's baseline, every rule applied; {@code seed} drives sampled Shapley. */
    public static CompensationReport run(Scenario scenario, CompensationSpec spec, long seed) {
        return run(ScenarioProblem.of(scenario), spec, seed);
    }

    /** The same from the scenario's own problem already in solver form (a run converts it once). */
    public static CompensationReport run(ScenarioProblem own, CompensationSpec spec, long seed) {
        return report(ScenarioGame.of(own, spec.baseline()), own.scenario(), spec, seed, false);
    }

    /**
     * The duties game of a version-2 scenario (several pollutants) on the several-pollutant solver,
     * every rule applied; {@code regions} is the part of the scenario both versions share (its regions,
     * units). Rules that need a one-pollutant transfer matrix or emissions are undefined, with the reason.
     */
    public static CompensationReport run(MultiScenarioProblem own, Scenario regions, MultiPollutantSolver solver,
                                         CompensationSpec spec, long seed) {
        return report(MultiPollutantDutiesGame.of(own, solver), regions, spec, seed, true);
    }

    /**
     * The most regions a one-pollutant game is played over. Its Shapley value is sampled above
     * {@link CompensationSpec#EXACT_SHAPLEY_MAX_PLAYERS} regions, each of the 20,000 orders solving
     * coalitions of every size, and the time grows about as n^2.6: measured (2-core VM, 3 sources a
     * region, shapley): 50 regions 9 s, 100 regions 30 s, 200 regions 3 min, so 5,000 would take days.
     */
    public static final int MAX_REGIONS = 100;

    /** Every reason a version-1 scenario's compensation section cannot be played, found without solving. */
    public static List<SectionInputException> problems(ScenarioProblem own, CompensationSpec spec) {
        int regions = own.scenario().regions().size();
        if (regions > MAX_REGIONS) {
            return List.of(new SectionInputException("$.compensation", regions + " regions", "the game is played"
                    + " over at most " + MAX_REGIONS + " regions (100 take about 30 s, 200 about 3 minutes, and the time"
                    + " grows as n^2.6: sampled Shapley solves the coalitions of 20,000 random orders); group regions,"
                    + " or remove the compensation section"));
        }
        List<SectionInputException> problems = new ArrayList<>(ScenarioGame.baselineProblems(own, spec.baseline()));
        if (spec.baseline() == Baseline.DUTIES && !own.scenario().policy().duties().isEmpty()) {
            problems.addAll(MissingDuties.of(own));
        }
        return problems;
    }

    /**
     * Every reason a version-2 scenario's compensation section cannot be formed: first those found
     * without solving (a region that emits without duties among them); when there are none, the regions that cannot meet their duties together alone,
     * found by {@code solver} on each region's own program (as the run finds them).
     */
    public static List<SectionInputException> multiPollutantProblems(MultiScenarioProblem own, CompensationSpec spec,
                                                                     MultiPollutantSolver solver) {
        List<SectionInputException> found = new ArrayList<>(MultiPollutantDutiesGame.problems(own, spec.baseline()));
        if (spec.baseline() == Baseline.DUTIES && !own.scenario().policy().duties().isEmpty()) {
            found.addAll(MissingDuties.of(own));
        }
        return found.isEmpty() ? MultiPollutantDutiesGame.standaloneProblems(own, solver) : found;
    }

    private static CompensationReport report(ScenarioGame game, Scenario scenario, CompensationSpec spec, long seed,
                                             boolean severalPollutants) {
        RegionFacts facts = game.facts();
        double[] standalone = new double[game.playerCount()];
        for (int i = 0; i < standalone.length; i++) {
            standalone[i] = game.standaloneValue(i);
        }
        Game held = game.game().orElse(null);
        RuleChecks checks = new RuleChecks(game.players(), held, game.grandValue(), standalone,
                facts.transactionCost(), scenario.units().money());
        GameRules gameRules = new GameRules(game.players(), held, game.oracle(), game.grandValue(), standalone,
                facts.transactionCost(), new ShapleySettings(spec.shapleyMethod(), spec.permutations(),
                spec.confidence()), seed, checks.tolerance(), scenario.units().money());
        double[] ownSaving = game.ownSaving();
        List<RuleReport> reports = new ArrayList<>();
        for (String rule : spec.rules()) {
            RuleOutcome outcome = severalPollutants && rule.equals(RuleNames.BENEFICIARY_PAYS)
                    ? MultiPollutantBeneficiaryPays.apply(game)
                    : severalPollutants && ONE_POLLUTANT_RULES.contains(rule)
                    ? new RuleOutcome.Undefined(rule + " is not yet defined with several pollutants (issue 16): it"
                            + " reads one transfer coefficient or one emission per region")
                    : scenarioRule(rule, game, scenario, spec, gameRules);
            reports.add(finish(rule, outcome, ownSaving, checks));
        }
        double epsilon = leastCore(held);
        return new CompensationReport(spec.baseline().key(), game.players(), game.grandValue(), standalone,
                ownSaving, facts.transactionCost(), epsilon, netLeastCore(held, checks.netGame(), epsilon),
                coreNote(game.playerCount(), held), reports, game);
    }

    /**
     * A game given by its coalition values: the rules that need nothing but the values, plus
     * {@code proportional-<w>} when {@code weights} has w. Transfers are not defined (there is
     * no plan), so budget balance is Σ gains = v(N).
     */
    public static CompensationReport direct(Game game, List<String> rules, Map<String, double[]> weights,
                                            double[] transactionCost, long seed) {
        double[] standalone = new double[game.playerCount()];
        for (int i = 0; i < standalone.length; i++) {
            standalone[i] = game.singletonValue(i);
        }
        RuleChecks checks = new RuleChecks(game.players(), game, game.grandValue(), standalone, transactionCost, "");
        GameRules gameRules = new GameRules(game.players(), game, CoalitionOracle.of(game), game.grandValue(),
                standalone, transactionCost, ShapleySettings.DEFAULT, seed, checks.tolerance(), "");
        List<RuleReport> reports = new ArrayList<>();
        for (String rule : rules) {
            RuleOutcome outcome;
            String weight = RuleNames.proportionalWeight(rule);
            if (weight != null) {
                double[] w = weights.get(weight);
                outcome = w == null ? new RuleOutcome.Undefined("the game gives no \"" + weight + "\" weights")
                        : gameRules.proportional(w, weight);
            } else if (RuleNames.GAME_ONLY.contains(rule)) {
                outcome = gameRules.apply(rule);
            } else {
                outcome = new RuleOutcome.Undefined(rule + " needs a scenario (plans, damages and transfer "
                        + "coefficients), not only coalition values");
            }
            reports.add(finish(rule, outcome, null, checks));
        }
        double epsilon = leastCore(game);
        return new CompensationReport("game", game.players(), game.grandValue(), standalone, null, transactionCost,
                epsilon, netLeastCore(game, checks.netGame(), epsilon), null, reports, null);
    }

    private static RuleOutcome scenarioRule(String rule, ScenarioGame game, Scenario scenario, CompensationSpec spec,
                                            GameRules gameRules) {
        String weight = RuleNames.proportionalWeight(rule);
        if (weight != null) {
            double[] w = scenarioWeights(weight, game, scenario);
            return w == null ? new RuleOutcome.Undefined(missingWeight(weight, scenario))
                    : gameRules.proportional(w, weight);
        }
        String concentration = RuleNames.concentrationKey(rule);
        if (concentration != null) {
            return ConcentrationChange.apply(game, spec.concentrationRules().get(concentration));
        }
        return switch (rule) {
            case RuleNames.BENEFICIARY_PAYS -> BeneficiaryPays.apply(game);
            case RuleNames.POLLUTER_PAYS -> PolluterPays.apply(game, spec.allowances());
            case RuleNames.CHANDER_TULKENS -> ChanderTulkens.apply(game);
            default -> gameRules.apply(rule);
        };
    }

    /** Emissions (baseline, mass), population, GDP, or damage in the baseline plan (money); null when a region lacks it. */
    private static double[] scenarioWeights(String weight, ScenarioGame game, Scenario scenario) {
        List<Region> regions = scenario.regions();
        double[] w = new double[regions.size()];
        for (int i = 0; i < w.length; i++) {
            Region r = regions.get(i);
            switch (weight) {
                case "emissions" -> w[i] = game.facts().baselineEmissions()[i];
                case "damage" -> w[i] = game.baselinePlan().damage()[i];
                case "population" -> {
                    if (r.population().isEmpty()) {
                        return null;
                    }
                    w[i] = r.population().getAsDouble();
                }
                case "gdp" -> {
                    if (r.gdp().isEmpty()) {
                        return null;
                    }
                    w[i] = r.gdp().getAsDouble();
                }
                default -> throw new IllegalArgumentException("unknown weight " + weight);
            }
        }
        return w;
    }

    private static String missingWeight(String weight, Scenario scenario) {
        List<String> missing = scenario.regions().stream()
                .filter(r -> weight.equals("population") ? r.population().isEmpty() : r.gdp().isEmpty())
                .map(Region::id).toList();
        return "regions " + missing + " have no " + weight + " in the scenario";
    }

    private static RuleReport finish(String rule, RuleOutcome outcome, double[] ownSaving, RuleChecks checks) {
        if (outcome instanceof RuleOutcome.Undefined undefined) {
            return RuleReport.undefined(rule, undefined.reason());
        }
        if (outcome instanceof RuleOutcome.Transfers t) {
            double[] gains = new double[t.received().length];
            for (int i = 0; i < gains.length; i++) {
                gains[i] = ownSaving[i] + t.received()[i];
            }
            return checks.report(rule, gains, t.received(), t.details());
        }
        RuleOutcome.Gains g = (RuleOutcome.Gains) outcome;
        double[] transfers = null;
        if (ownSaving != null) {
            transfers = new double[ownSaving.length];
            for (int i = 0; i < transfers.length; i++) {
                transfers[i] = g.payoff()[i] - ownSaving[i];
            }
        }
        return checks.report(rule, g.payoff(), transfers, g.details());
    }

    private static double leastCore(Game game) {
        return game == null || game.playerCount() < 2 ? Double.NaN : LeastCore.of(game).epsilon();
    }

    /** ε* of the net game; the game's own when no transaction cost changes it. */
    private static double netLeastCore(Game game, Game net, double epsilon) {
        return net == game ? epsilon : leastCore(net);
    }

    private static String coreNote(int players, Game game) {
        return game != null ? null : "not checked: " + players + " players are more than the "
                + ScenarioGame.MAX_HELD_PLAYERS + " whose 2^n coalition values are held";
    }

    /** The rules that need only coalition values. */
    private record GameRules(List<String> players, Game game, CoalitionOracle oracle, double grandValue,
                             double[] standalone, double[] transactionCost, ShapleySettings sampling, long seed,
                             double tolerance, String money) {
        RuleOutcome apply(String rule) {
            return switch (rule) {
                case RuleNames.SHAPLEY -> shapley();
                case RuleNames.NUCLEOLUS -> nucleolus();
                case RuleNames.NASH_BARGAINING -> nashBargaining();
                default -> throw new IllegalArgumentException("unknown rule " + rule);
            };
        }

        private RuleOutcome shapley() {
            boolean exact = sampling.method() == ShapleyMethod.EXACT || (sampling.method() == ShapleyMethod.AUTO
                    && game != null && players.size() <= CompensationSpec.EXACT_SHAPLEY_MAX_PLAYERS);
            if (exact && game == null) {
                return new RuleOutcome.Undefined("exact Shapley needs every coalition value, held for at most "
                        + ScenarioGame.MAX_HELD_PLAYERS + " players; this game has " + players.size()
                        + " (use \"shapley\": {\"method\": \"sampled\"})");
            }
            if (exact) {
                return new RuleOutcome.Gains(ShapleyValue.exact(game), Map.of("method", "exact"));
            }
            SampledShapley sampled = ShapleySampler.sample(oracle, sampling.permutations(), seed);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("method", "sampled");
            details.put("permutations", sampling.permutations());
            details.put("seed", seed);
            details.put("confidence", sampling.confidence());
            details.put("halfWidth", byPlayer(sampled.halfWidth(sampling.confidence())));
            return new RuleOutcome.Gains(sampled.mean(), details);
        }

        private RuleOutcome nucleolus() {
            if (game == null) {
                return new RuleOutcome.Undefined("the nucleolus needs every coalition value, held for at most "
                        + ScenarioGame.MAX_HELD_PLAYERS + " players; this game has " + players.size());
            }
            NucleolusResult result = Nucleolus.of(game);
            if (result instanceof NucleolusResult.Undefined undefined) {
                return new RuleOutcome.Undefined(undefined.reason());
            }
            NucleolusResult.Defined defined = (NucleolusResult.Defined) result;
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("stages", defined.stages());
            details.put("kohlbergVerified", defined.kohlbergVerified());
            return new RuleOutcome.Gains(defined.payoff(), details);
        }

        /**
         * Disagreement point: what each player gets alone plus what joining costs it. Below it no
         * split leaves every player at least its disagreement value, so there is no bargain.
         */
        private RuleOutcome nashBargaining() {
            double[] d = new double[players.size()];
            double total = 0;
            for (int i = 0; i < d.length; i++) {
                d[i] = standalone[i] + transactionCost[i];
                total += d[i];
            }
            if (grandValue < total - tolerance) {
                return new RuleOutcome.Undefined("v(N) = " + amount(grandValue) + " is below the sum of the "
                        + "disagreement values " + amount(total) + " (each player's stand-alone value plus its "
                        + "transaction cost): no split gives every player what it gets by disagreeing, so there "
                        + "is no bargain to strike");
            }
            return new RuleOutcome.Gains(NashBargaining.of(players, grandValue, d),
                    Map.of("disagreement", byPlayer(d)));
        }

        RuleOutcome proportional(double[] weights, String weight) {
            double total = 0;
            for (double w : weights) {
                total += w;
            }
            if (!(total > 0)) {
                return new RuleOutcome.Undefined("every region's " + weight + " weight is 0");
            }
            return new RuleOutcome.Gains(ProportionalRule.of(players, grandValue, weights),
                    Map.of("weights", byPlayer(weights)));
        }

        private String amount(double value) {
            return money.isEmpty() ? ReadableNumbers.of(value) : ReadableNumbers.of(value) + " " + money;
        }

        private Map<String, Double> byPlayer(double[] values) {
            Map<String, Double> map = new LinkedHashMap<>();
            for (int i = 0; i < values.length; i++) {
                map.put(players.get(i), values[i]);
            }
            return map;
        }
    }
}
