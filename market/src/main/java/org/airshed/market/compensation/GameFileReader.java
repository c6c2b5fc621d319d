package org.airshed.market.compensation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.airshed.core.io.JsonDocuments;
import org.airshed.core.io.ScenarioLimits;
import org.airshed.core.io.SectionInput;
import org.airshed.core.model.PaddedNames;
import org.airshed.core.util.JsonPath;
import org.airshed.market.game.CoalitionOrder;
import org.airshed.market.game.Game;

/**
 * Reads a game file: {@code players}, {@code order} ({@code lex} or {@code binary}, required, since
 * mixing the two is the classic bug), {@code values} (2ⁿ − 1 savings), {@code rules}; optionally
 * {@code weights}, {@code transactionCosts} and {@code seed}. Its numbers are held to 1e15, as a
 * scenario's are (docs/FORMAT.md, "Limits").
 */
public final class GameFileReader implements JsonDocuments.DocumentReader<GameFile> {
    public static final GameFileReader INSTANCE = new GameFileReader();
    private static final List<String> KEYS = List.of("players", "order", "values", "rules", "weights",
            "transactionCosts", "seed");
    /** What coalitions.csv puts between the members of a coalition. */
    private static final char MEMBER_SEPARATOR = ';';

    private GameFileReader() {
    }

    @Override
    public GameFile read(JsonNode root, SectionInput in) {
        int mark = in.mark();
        ObjectNode o = in.object(root, "$", KEYS);
        if (o == null) {
            return null;
        }
        List<String> players = players(o.get("players"), in);
        CoalitionOrder order = order(o.get("order"), in);
        double[] values = values(o.get("values"), in, players == null ? -1 : players.size());
        List<String> rules = rules(o.get("rules"), in);
        Long seed = in.integer(o.get("seed"), "$.seed");
        Map<String, double[]> weights = new LinkedHashMap<>();
        ObjectNode weightNode = in.map(o.get("weights"), "$.weights");
        if (weightNode != null && players != null) {
            weightNode.fields().forEachRemaining(e -> weights.put(e.getKey(),
                    perPlayer(e.getValue(), JsonPath.child("$.weights", e.getKey()), players, true, in)));
        }
        double[] transactionCost = players == null ? null : o.has("transactionCosts")
                ? perPlayer(o.get("transactionCosts"), "$.transactionCosts", players, false, in) : new double[players.size()];
        if (in.addedSince(mark)) {
            return null;
        }
        Game game;
        try {
            game = Game.fromOrder(players, order, values);
        } catch (IllegalArgumentException e) {
            in.problem("$.values", o.get("values"), e.getMessage());
            return null;
        }
        return new GameFile(game, rules, weights, transactionCost, seed == null ? 0 : seed);
    }

    private static List<String> players(JsonNode node, SectionInput in) {
        if (node == null) {
            in.missing("$.players");
            return null;
        }
        ArrayNode array = in.array(node, "$.players");
        if (array == null) {
            return null;
        }
        if (array.isEmpty() || array.size() > Game.MAX_PLAYERS) {
            in.problem("$.players", node, "must name 1 to " + Game.MAX_PLAYERS + " players (a game held in memory)");
            return null;
        }
        List<String> players = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            String name = in.string(array.get(i), "$.players[" + i + "]");
            String wrong = name == null ? null : nameProblem(name);
            if (wrong != null && PaddedNames.isPadded(name)) {
                in.problem("$.players[" + i + "]", PaddedNames.shown(name), wrong); // its white space spelled out
                name = null;
            } else if (wrong != null) {
                in.problem("$.players[" + i + "]", array.get(i), wrong);
                name = null;
            } else if (name != null && !seen.add(name)) {
                in.problem("$.players[" + i + "]", array.get(i), "is listed twice");
            }
            players.add(name);
        }
        return players.contains(null) ? null : players;
    }

    /**
     * Why a player's name cannot be one, or null: coalitions.csv lists a coalition's members joined by
     * {@code ;}, so a name with it would read as two players there; a control character or white space
     * at either end hides the difference between two names. Commas and quotes the CSV quoting keeps apart.
     */
    private static String nameProblem(String name) {
        if (name.isEmpty()) {
            return "must not be empty: a player needs a name";
        }
        if (name.indexOf(MEMBER_SEPARATOR) >= 0) {
            return "contains '" + MEMBER_SEPARATOR + "', which separates the players of a coalition in"
                    + " coalitions.csv (members): this name would read as two players there";
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            return "contains a control character (a tab or a line break, say): a player's name is one line of text";
        }
        if (PaddedNames.isPadded(name)) { // the rule of every id and name (no-break spaces are white space too)
            return "starts or ends with white space: in a table it would look like the name without it";
        }
        return null;
    }

    private static CoalitionOrder order(JsonNode node, SectionInput in) {
        if (node == null) {
            in.missing("$.order");
            return null;
        }
        String key = in.string(node, "$.order");
        CoalitionOrder order = key == null ? null : CoalitionOrder.fromKey(key);
        if (order != null && !order.key().equals(key)) {
            // Exact, as rule names and every other name of a game or scenario are ("LEX" was taken as lex).
            order = null;
        }
        if (key != null && order == null) {
            in.problem("$.order", node, "must be lex (v1, v2, v3, v12, v13, v23, v123) or binary (entry b-1 is the "
                    + "coalition with bitmask b: v1, v2, v12, v3, v13, v23, v123)");
        }
        return order;
    }

    private static double[] values(JsonNode node, SectionInput in, int players) {
        if (node == null) {
            in.missing("$.values");
            return null;
        }
        ArrayNode array = in.array(node, "$.values");
        if (array == null) {
            return null;
        }
        if (players > 0 && array.size() != (1 << players) - 1) {
            in.problem("$.values", node, players + " players have " + ((1 << players) - 1)
                    + " non-empty coalitions, so values needs " + ((1 << players) - 1) + " entries; it has "
                    + array.size());
            return null;
        }
        double[] values = new double[array.size()];
        boolean ok = true;
        for (int i = 0; i < values.length; i++) {
            Double v = in.number(array.get(i), "$.values[" + i + "]");
            if (v != null && !ScenarioLimits.withinMagnitude(v)) {
                // Sums and products of values near a double's end overflow inside the rules.
                in.problem("$.values[" + i + "]", array.get(i), ScenarioLimits.beyondMagnitude());
                v = null;
            }
            ok &= v != null;
            values[i] = v == null ? 0 : v;
        }
        return ok ? values : null;
    }

    private static List<String> rules(JsonNode node, SectionInput in) {
        List<String> rules = new ArrayList<>();
        if (node == null) {
            in.missing("$.rules");
            return rules;
        }
        ArrayNode array = in.array(node, "$.rules");
        if (array == null) {
            return rules;
        }
        List<String> allowed = new ArrayList<>(RuleNames.GAME_ONLY);
        RuleNames.WEIGHTS.forEach(w -> allowed.add(RuleNames.PROPORTIONAL + w));
        if (array.isEmpty()) {
            // As a scenario's compensation section says it: a game with no rule has nothing to report.
            in.problem("$.rules", node, "name at least one rule: " + String.join(", ", allowed)
                    + ", proportional-<a name under weights>");
        }
        for (int i = 0; i < array.size(); i++) {
            String rule = in.string(array.get(i), "$.rules[" + i + "]");
            if (rule == null) {
                continue;
            }
            if (rules.contains(rule)) {
                in.problem("$.rules[" + i + "]", array.get(i), "is listed twice");
            } else if (!RuleNames.FIXED.contains(rule) && RuleNames.proportionalWeight(rule) == null) {
                in.problem("$.rules[" + i + "]", array.get(i), "unknown rule" + SectionInput.didYouMean(rule, allowed)
                        + "; a game given directly can use: " + String.join(", ", allowed)
                        + ", proportional-<a name under weights>");
            }
            rules.add(rule);
        }
        return rules;
    }

    /**
     * One value per player, ≥ 0. A player left out is refused where {@code everyPlayer} (a weight has no
     * default share), else 0 (a transaction cost, as a scenario region's defaults to 0).
     */
    private static double[] perPlayer(JsonNode node, String path, List<String> players, boolean everyPlayer,
                                      SectionInput in) {
        Map<String, Double> values = in.numberMap(node, path);
        double[] result = new double[players.size()];
        for (String key : values.keySet()) {
            if (!players.contains(key)) {
                in.problem(JsonPath.child(path, key), node.get(key), "unknown player (players: " + players + ")");
            }
        }
        for (int p = 0; p < players.size(); p++) {
            Double v = values.get(players.get(p));
            if (v == null) {
                if (everyPlayer && node != null && node.isObject()) {
                    in.problem(JsonPath.child(path, players.get(p)), (JsonNode) null, "is required: one value per player");
                }
            } else if (v < 0) {
                in.problem(JsonPath.child(path, players.get(p)), node.get(players.get(p)), "must be >= 0");
            } else if (!ScenarioLimits.withinMagnitude(v)) {
                in.problem(JsonPath.child(path, players.get(p)), node.get(players.get(p)), ScenarioLimits.beyondMagnitude());
            } else {
                result[p] = v;
            }
        }
        return result;
    }
}
