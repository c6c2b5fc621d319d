package org.airshed.market.compensation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One rule applied to one game (docs/FORMAT.md names), or why it cannot be. Money throughout.
 *
 * @param status             {@code applied} or {@code undefined}
 * @param reason             why the rule is undefined; null when applied
 * @param gains              each player's improvement over the baseline after transfers
 * @param transfers          money each player receives (negative: pays); null for a game given directly
 * @param deficit            Σ transfers: what a clearing house puts in (0 when the rule balances)
 * @param worseOff           players whose gain net of their transaction cost is below their stand-alone value
 * @param maxExcess          max over S ≠ N of v(S) − Σ_{i∈S} gains_i; NaN when the core was not checked
 * @param blockingCoalition  a coalition attaining a positive maxExcess, else empty
 * @param inCoreNet          whether the gains net of transaction costs are in the core of the game net of
 *                           transaction costs ({@link NetGame}): every player individually rational net of
 *                           its cost, and x(S) ≥ v(S) for every coalition of two or more; null when the core
 *                           was not checked
 * @param maxExcessNet       max over S ≠ N of w(S) − Σ_{i∈S} (gains_i − transactionCost_i), w the net game;
 *                           NaN when not checked
 * @param blockingCoalitionNet a coalition attaining a positive maxExcessNet, else empty
 * @param details            rule-specific facts (method, confidence half-widths, stages) for the report
 * @param warnings           plain sentences for the reader: who is worse off, who would block
 */
public record RuleReport(String name, String status, String reason, double[] gains, double[] transfers,
                         double deficit, boolean budgetBalanced, boolean individuallyRational,
                         List<String> worseOff, Boolean inCore, double maxExcess, List<String> blockingCoalition,
                         Boolean inCoreNet, double maxExcessNet, List<String> blockingCoalitionNet,
                         Map<String, Object> details, List<String> warnings) {
    public static final String APPLIED = "applied";
    public static final String UNDEFINED = "undefined";

    public RuleReport {
        gains = gains == null ? null : gains.clone();
        transfers = transfers == null ? null : transfers.clone();
        worseOff = List.copyOf(worseOff);
        blockingCoalition = List.copyOf(blockingCoalition);
        blockingCoalitionNet = List.copyOf(blockingCoalitionNet);
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
        warnings = List.copyOf(warnings);
    }

    static RuleReport undefined(String name, String reason) {
        return new RuleReport(name, UNDEFINED, reason, null, null, Double.NaN, false, false, List.of(), null,
                Double.NaN, List.of(), null, Double.NaN, List.of(), Map.of(), List.of());
    }

    public boolean applied() {
        return APPLIED.equals(status);
    }

    @Override
    public double[] gains() {
        return gains == null ? null : gains.clone();
    }

    @Override
    public double[] transfers() {
        return transfers == null ? null : transfers.clone();
    }
}
