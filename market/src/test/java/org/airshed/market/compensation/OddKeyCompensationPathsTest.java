package org.airshed.market.compensation;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.airshed.core.io.JsonDocuments;
import org.airshed.core.io.Problem;
import org.airshed.core.io.ScenarioInputException;
import org.airshed.core.io.ScenarioReader;
import org.airshed.core.model.Objective;
import org.airshed.core.model.Policy;
import org.airshed.core.model.QuadraticCurve;
import org.airshed.core.model.Region;
import org.airshed.core.model.Scenario;
import org.airshed.core.model.Source;
import org.airshed.core.model.TransferMatrix;
import org.airshed.core.model.Units;
import org.junit.jupiter.api.Test;

/**
 * A region, player, weight or rule name that is not a plain name is named quoted in the compensation
 * section's and the game file's problems, {@code $.compensation.allowances['B.1']}, as sweep paths
 * read it back, not {@code $.compensation.allowances.B.1}.
 */
class OddKeyCompensationPathsTest {
    private static String scenario(String compensation) {
        return """
                {"name": "c", "regions": [{"id": "A"}, {"id": "B.1"}],
                 "transfer": {"A": {"A": 0.1, "B.1": 0.1}, "B.1": {"B.1": 0.1}},
                 "sources": [{"id": "a1", "region": "A", "baseline": 100, "steps": [{"amount": 50, "unitCost": 10}]},
                             {"id": "b1", "region": "B.1", "baseline": 80, "steps": [{"amount": 40, "unitCost": 20}]}],
                 "policy": {"duties": {"A": 10, "B.1": 10}},
                 "compensation": %s}
                """.formatted(compensation);
    }

    private static String problems(String compensation) {
        List<Problem> problems = ScenarioReader.validate("c.json", scenario(compensation), null,
                List.of(CompensationSectionReader.INSTANCE));
        return problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }

    private static void assertLine(String problems, String expected) {
        assertTrue(problems.lines().anyMatch(l -> l.startsWith(expected)), () -> "expected a line starting "
                + expected + " in:\n" + problems);
    }

    @Test
    void regionalFactorsNameTheRuleAndTheRegionQuoted() {
        String rule = "{\"baseline\": \"duties\", \"rules\": [\"concentration-shan.dong\"], \"concentrationRules\":"
                + " {\"shan.dong\": {\"preset\": \"shanxi\", \"regionalFactors\": %s}}}";
        assertLine(problems(rule.formatted("{\"B.1\": \"x\"}")),
                "c.json: $.compensation.concentrationRules['shan.dong'].regionalFactors['B.1'] = \"x\": must be a number");
        assertLine(problems(rule.formatted("{\"B.1\": -1}")),
                "c.json: $.compensation.concentrationRules['shan.dong'].regionalFactors['B.1'] = -1.0: must be a finite"
                        + " number >= 0");
        assertLine(problems(rule.formatted("{\"X Y\": 1}")),
                "c.json: $.compensation.concentrationRules['shan.dong'].regionalFactors['X Y'] = 1: unknown region");
    }

    @Test
    void aRuleWithoutItsRatesNamesTheMissingRuleQuoted() {
        assertLine(problems("{\"baseline\": \"duties\", \"rules\": [\"concentration-a.b\"]}"),
                "c.json: $.compensation.rules[0] = \"concentration-a.b\": needs $.compensation.concentrationRules['a.b']"
                        + " (its rates");
    }

    @Test
    void allowancesNameTheRegionQuoted() {
        assertLine(problems("{\"baseline\": \"duties\", \"rules\": [\"shapley\"], \"allowances\": {\"B.1\": -5}}"),
                "c.json: $.compensation.allowances['B.1'] = -5.0: must be a finite number >= 0");
        assertLine(problems("{\"baseline\": \"duties\", \"rules\": [\"shapley\"], \"allowances\": {\"\": 5}}"),
                "c.json: $.compensation.allowances[''] = 5: unknown region");
    }

    private static final String GAME = """
            {"players": ["A.1", "B", "C"], "order": "lex", "values": [0, 0, 0, 90, 100, 120, 220],
             "rules": ["shapley"], %s}
            """;

    private static String gameProblem(String extra) {
        return assertThrows(ScenarioInputException.class, () -> JsonDocuments.read("game.json", GAME.formatted(extra),
                GameFileReader.INSTANCE)).getMessage();
    }

    @Test
    void aGameFileNamesPlayersAndWeightsQuoted() {
        assertLine(gameProblem("\"transactionCosts\": {\"A.1\": -1}"), "game.json: $.transactionCosts['A.1'] = -1:"
                + " must be >= 0");
        assertLine(gameProblem("\"transactionCosts\": {\"D.1\": 1}"), "game.json: $.transactionCosts['D.1'] = 1:"
                + " unknown player");
        assertLine(gameProblem("\"weights\": {\"gdp per.capita\": {\"B\": 3, \"C\": 1}}"),
                "game.json: $.weights['gdp per.capita']['A.1']: is required: one value per player");
    }

    /** {@link ScenarioRulesTest#chanderTulkensRefusesAMatrixThatIsNotScalar} with regions R.0 and R 1. */
    @Test
    void chanderTulkensNamesTheCellsOfAMatrixThatIsNotScalarQuoted() {
        Map<String, Map<String, Double>> transfer = new LinkedHashMap<>();
        transfer.put("R.0", new LinkedHashMap<>(Map.of("R.0", 1.0)));
        transfer.get("R.0").put("R 1", 0.5);
        transfer.put("R 1", Map.of("R.0", 0.5, "R 1", 1.0));
        List<Region> regions = List.of(
                new Region("R.0", "R.0", OptionalDouble.of(1000), OptionalDouble.empty(), 1, 1, 0),
                new Region("R 1", "R 1", OptionalDouble.of(2000), OptionalDouble.empty(), 1, 1, 0));
        List<Source> sources = List.of(new Source("s0", "R.0", null, null, 1e4, new QuadraticCurve(0, 1, 1e4)),
                new Source("s1", "R 1", null, null, 1e4, new QuadraticCurve(0, 2, 1e4)));
        Scenario s = new Scenario("closed-form", "", 7, Units.DEFAULT, Objective.COST, regions,
                new TransferMatrix(transfer), sources, Policy.NONE);
        RuleReport rule = CompensationStudy.run(s, CompensationScenarios.spec(Baseline.NASH, "chander-tulkens"), 1)
                .rules().get(0);
        assertTrue(rule.reason().contains("transfer['R.0']['R 1'] = 0.5 differs from transfer['R.0']['R.0'] = 1.0"),
                rule.reason());
    }
}
