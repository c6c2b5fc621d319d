package org.airshed.market.compensation;

import java.util.Map;

/** What a rule produces before the checks: transfers (scenario rules), gains (game rules), or why it cannot apply. */
sealed interface RuleOutcome {
    /** Money each region receives (negative: pays). */
    record Transfers(double[] received, Map<String, Object> details) implements RuleOutcome {
    }

    /** Each player's payoff: its share of v(N). */
    record Gains(double[] payoff, Map<String, Object> details) implements RuleOutcome {
    }

    record Undefined(String reason) implements RuleOutcome {
    }
}
