package org.airshed.market.compensation;

import java.util.List;

/**
 * Every rule of a compensation section applied to one game, side by side.
 *
 * @param baseline         {@code nash}, {@code duties}, or {@code game} for a game given directly
 * @param players          player (region) ids in order
 * @param surplus          v(N) (money)
 * @param standalone       v({i}) per player
 * @param ownSaving        what each region saves under the cooperative plan before transfers; null for a game given directly
 * @param transactionCost  what joining costs each player (money)
 * @param leastCoreEpsilon the least-core value ε* (≤ 0 exactly when the core is non-empty); NaN when not computed
 * @param leastCoreEpsilonNet the least-core value of the game net of transaction costs ({@link NetGame}); NaN
 *                         when not computed
 * @param coreNote         why the core was not checked, or null
 * @param game             the scenario game, for its plans; null for a game given directly
 */
public record CompensationReport(String baseline, List<String> players, double surplus, double[] standalone,
                                 double[] ownSaving, double[] transactionCost, double leastCoreEpsilon,
                                 double leastCoreEpsilonNet, String coreNote, List<RuleReport> rules, ScenarioGame game) {
    public CompensationReport {
        players = List.copyOf(players);
        standalone = standalone.clone();
        ownSaving = ownSaving == null ? null : ownSaving.clone();
        transactionCost = transactionCost.clone();
        rules = List.copyOf(rules);
    }

    @Override
    public double[] standalone() {
        return standalone.clone();
    }

    @Override
    public double[] ownSaving() {
        return ownSaving == null ? null : ownSaving.clone();
    }

    @Override
    public double[] transactionCost() {
        return transactionCost.clone();
    }
}
