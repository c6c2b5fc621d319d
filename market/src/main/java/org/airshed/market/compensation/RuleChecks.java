package org.airshed.market.compensation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.airshed.core.study.ReadableNumbers;
import org.airshed.market.game.CoreCheck;
import org.airshed.market.game.CoreResult;
import org.airshed.market.game.Game;

/**
 * The checks every rule gets (docs/DOMAIN.md §4): budget balance, individual rationality net of each
 * player's transaction cost, core membership of the game as it is, and core membership net of
 * transaction costs ({@link NetGame}), which is consistent with individual rationality: a rule
 * whose gains leave some player worse off than alone is never in the core net of costs. Plain
 * sentences say who is left worse off or would block. Tolerances are relative to the game's scale
 * (1e-9).
 */
final class RuleChecks {
    static final double RELATIVE_TOLERANCE = 1e-9;

    private final List<String> players;
    private final Game game;
    private final Game netGame;
    private final double grandValue;
    private final double[] standalone;
    private final double[] transactionCost;
    private final String money;
    private final double tolerance;

    /** @param game every coalition value, or null when the game is too large to hold (no core check) */
    RuleChecks(List<String> players, Game game, double grandValue, double[] standalone, double[] transactionCost,
               String money) {
        this.players = players;
        this.game = game;
        this.netGame = game == null ? null : NetGame.of(game, transactionCost);
        this.grandValue = grandValue;
        this.standalone = standalone.clone();
        this.transactionCost = transactionCost.clone();
        this.money = money;
        double scale = game != null ? game.scale() : Math.max(1, Math.abs(grandValue));
        for (double v : standalone) {
            scale = Math.max(scale, Math.abs(v));
        }
        this.tolerance = RELATIVE_TOLERANCE * scale;
    }

    double tolerance() {
        return tolerance;
    }

    /** The game net of transaction costs; null when the game is not held. */
    Game netGame() {
        return netGame;
    }

    /**
     * The report of a rule that gave {@code gains}; {@code transfers} (null for a game given
     * directly) decide budget balance, else Σ gains against v(N) does.
     */
    RuleReport report(String name, double[] gains, double[] transfers, Map<String, Object> details) {
        double deficit = 0;
        double volume = 0;
        if (transfers != null) {
            for (double t : transfers) {
                deficit += t;
                volume += Math.abs(t);
            }
        } else {
            for (double g : gains) {
                deficit += g;
            }
            deficit -= grandValue;
        }
        boolean balanced = Math.abs(deficit) <= Math.max(tolerance, RELATIVE_TOLERANCE * volume);
        List<String> warnings = new ArrayList<>();
        List<String> worseOff = new ArrayList<>();
        for (int i = 0; i < players.size(); i++) {
            double net = gains[i] - transactionCost[i];
            if (net < standalone[i] - tolerance) {
                worseOff.add(players.get(i));
                warnings.add(players.get(i) + " is worse off than going alone: its gain " + amount(gains[i])
                        + (transactionCost[i] > 0 ? " less its transaction cost " + amount(transactionCost[i]) : "")
                        + " is below the " + amount(standalone[i]) + " it gets alone");
            }
        }
        Boolean inCore = null;
        double maxExcess = Double.NaN;
        List<String> blocking = List.of();
        if (game != null) {
            CoreResult core = CoreCheck.of(game, gains);
            maxExcess = core.maxExcess();
            inCore = core.inCore(tolerance);
            if (!inCore) {
                blocking = core.blockingMembers(game, tolerance);
                warnings.add("coalition " + blocking + " would do better on its own: its value exceeds what the rule "
                        + "gives its members by " + amount(maxExcess));
            }
        }
        Boolean inCoreNet = null;
        double maxExcessNet = Double.NaN;
        List<String> blockingNet = List.of();
        if (netGame != null) {
            double[] net = new double[gains.length];
            for (int i = 0; i < net.length; i++) {
                net[i] = gains[i] - transactionCost[i];
            }
            CoreResult core = CoreCheck.of(netGame, net);
            maxExcessNet = core.maxExcess();
            inCoreNet = core.inCore(tolerance);
            if (!inCoreNet) {
                blockingNet = core.blockingMembers(netGame, tolerance);
                if (inCore) {
                    warnings.add("in the core, but not net of transaction costs: " + blockingNet + " would do better"
                            + " on " + (blockingNet.size() == 1 ? "its" : "their") + " own by " + amount(maxExcessNet));
                }
            }
        }
        if (!balanced) {
            warnings.add("the rule does not balance: a clearing house " + (deficit > 0 ? "pays " : "collects ")
                    + amount(Math.abs(deficit)) + " net");
        }
        return new RuleReport(name, RuleReport.APPLIED, null, gains, transfers, balanced ? 0 : deficit, balanced,
                worseOff.isEmpty(), worseOff, inCore, maxExcess, blocking, inCoreNet, maxExcessNet, blockingNet, details,
                warnings);
    }

    private String amount(double value) {
        return money.isEmpty() ? ReadableNumbers.of(value) : ReadableNumbers.of(value) + " " + money;
    }
}
