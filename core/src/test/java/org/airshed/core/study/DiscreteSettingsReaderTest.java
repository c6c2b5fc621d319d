package org.airshed.core.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.airshed.core.discrete.DiscreteSettings;
import org.airshed.core.io.Problem;
import org.airshed.core.io.ScenarioReader;
import org.junit.jupiter.api.Test;

/** {@code $.discrete}: the node limit beside the search's limits; bad values name their path. */
class DiscreteSettingsReaderTest {
    private static final String SCENARIO = """
            {"name": "plant", "regions": [{"id": "A"}],
             "sources": [{"id": "p", "region": "A", "baseline": 100,
                          "options": [{"name": "FGD", "removal": 0.9, "annualCost": 1000}]}],
             "policy": {"cap": 50}, "discrete": %s}
            """;

    private static DiscreteLimits read(String discrete) {
        return ScenarioReader.read("s.json", SCENARIO.formatted(discrete), null, List.of(DiscreteSettingsReader.INSTANCE))
                .section(DiscreteSettingsReader.INSTANCE);
    }

    private static List<Problem> problems(String discrete) {
        return ScenarioReader.validate("s.json", SCENARIO.formatted(discrete), null,
                List.of(DiscreteSettingsReader.INSTANCE));
    }

    @Test
    void nodesAloneKeepTheDefaultSearchLimits() {
        DiscreteLimits limits = read("{\"nodes\": 500}");
        assertEquals(new DiscreteLimits(DiscreteSettings.DEFAULT_UNIMPROVED_STEP_LIMIT, 0, null, 500), limits);
        assertEquals(500, limits.settings(7).nodeLimit());
    }

    @Test
    void withoutNodesTheDefaultNodeLimitApplies() {
        DiscreteLimits limits = read("{\"steps\": 300, \"timeLimitSeconds\": 2}");
        assertEquals(DiscreteSettings.DEFAULT_NODE_LIMIT, limits.nodes());
        assertEquals(Duration.ofSeconds(2), limits.timeLimit());
        assertEquals(DiscreteSettings.DEFAULT_NODE_LIMIT, DiscreteLimits.DEFAULT.nodes());
    }

    @Test
    void aNodeLimitBelowOneIsRefusedWithItsPathAndValue() {
        List<Problem> problems = problems("{\"nodes\": 0}");
        assertEquals(1, problems.size(), problems.toString());
        Problem p = problems.get(0);
        assertEquals("$.discrete.nodes", p.location());
        assertEquals("0", p.value());
        assertTrue(p.message().contains("at least 1"), p.toString());
        assertTrue(problems("{\"nodes\": 2.5}").get(0).toString().contains("$.discrete.nodes"));
    }

    /** Regression (review 16): "x" was told the range of a long; negatives are refused too. */
    @Test
    void aStepCountThatIsNoWholeNumberIsToldItsRealRange() {
        for (String value : List.of("\"x\"", "-1", "2.5")) {
            List<Problem> problems = problems("{\"unimprovedSteps\": " + value + "}");
            assertEquals(1, problems.size(), problems.toString());
            assertEquals("$.discrete.unimprovedSteps", problems.get(0).location());
            assertEquals("must be a whole number from 0 to 2147483647", problems.get(0).message(), value);
        }
        assertEquals("must be a whole number of at least 1", problems("{\"nodes\": \"x\"}").get(0).message());
    }
}
