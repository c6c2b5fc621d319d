package org.airshed.market.compensation;

import org.airshed.market.game.CoalitionOracle;

/** A scenario game's coalitions with their plans: the value, and what the coalition does to earn it. */
interface ScenarioCoalitions extends CoalitionOracle {
    /** The coalition of the players p with {@code members[p]}; never called for the empty coalition. */
    CoalitionOutcome outcome(boolean[] members);

    @Override
    default double value(boolean[] members) {
        for (boolean m : members) {
            if (m) {
                return outcome(members).value();
            }
        }
        return 0;
    }
}
