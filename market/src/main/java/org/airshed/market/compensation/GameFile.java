package org.airshed.market.compensation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.airshed.market.game.Game;

/**
 * A game given directly (docs/FORMAT.md, "Games given directly"), with the README's additions.
 *
 * @param weights         per-player weights by name ({@code population}, …) for {@code proportional-<name>}
 * @param transactionCost what joining costs each player (money), for individual rationality
 * @param seed            seeds sampled Shapley; recorded in the result
 */
public record GameFile(Game game, List<String> rules, Map<String, double[]> weights, double[] transactionCost,
                       long seed) {
    public GameFile {
        rules = List.copyOf(rules);
        weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
        transactionCost = transactionCost.clone();
    }

    @Override
    public double[] transactionCost() {
        return transactionCost.clone();
    }
}
