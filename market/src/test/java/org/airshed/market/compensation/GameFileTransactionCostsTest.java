package org.airshed.market.compensation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.airshed.core.io.JsonDocuments;
import org.airshed.core.io.ScenarioInputException;
import org.junit.jupiter.api.Test;

/**
 * revG: README lists a game's {@code transactionCosts} as optional, but a map naming only some players
 * was refused ("$.transactionCosts.B: is required: one value per player"). A player left out pays none,
 * as a scenario region's {@code transactionCost} defaults to 0; an unknown player or a negative cost is
 * still refused at its path. Weights still need every player (a proportional rule has no default share).
 */
class GameFileTransactionCostsTest {
    private static final String GAME = """
            {"players": ["A", "B", "C"], "order": "lex", "values": [0, 0, 0, 90, 100, 120, 220],
             "rules": ["shapley"], %s}
            """;

    @Test
    void aPlayerLeftOutOfTransactionCostsPaysNone() {
        GameFile game = JsonDocuments.read("game.json", GAME.formatted("\"transactionCosts\": {\"A\": 5}"),
                GameFileReader.INSTANCE);
        assertArrayEquals(new double[] {5, 0, 0}, game.transactionCost(), 0);
    }

    @Test
    void anUnknownPlayerOrANegativeCostIsStillRefusedAtItsPath() {
        ScenarioInputException unknown = assertThrows(ScenarioInputException.class, () -> JsonDocuments.read("game.json",
                GAME.formatted("\"transactionCosts\": {\"D\": 5}"), GameFileReader.INSTANCE));
        assertTrue(unknown.getMessage().contains("$.transactionCosts.D"), unknown.getMessage());
        ScenarioInputException negative = assertThrows(ScenarioInputException.class, () -> JsonDocuments.read("game.json",
                GAME.formatted("\"transactionCosts\": {\"B\": -1}"), GameFileReader.INSTANCE));
        assertTrue(negative.getMessage().contains("$.transactionCosts.B"), negative.getMessage());
        ScenarioInputException weights = assertThrows(ScenarioInputException.class, () -> JsonDocuments.read("game.json",
                GAME.formatted("\"weights\": {\"population\": {\"A\": 3}}"), GameFileReader.INSTANCE));
        assertTrue(weights.getMessage().contains("$.weights.population.B"), weights.getMessage());
    }
}
