package org.airshed.market.compensation;

import java.util.List;

/** The rule names of docs/FORMAT.md and the README, as a scenario or game file lists them. */
public final class RuleNames {
    public static final String BENEFICIARY_PAYS = "beneficiary-pays";
    public static final String POLLUTER_PAYS = "polluter-pays";
    public static final String CHANDER_TULKENS = "chander-tulkens";
    public static final String SHAPLEY = "shapley";
    public static final String NUCLEOLUS = "nucleolus";
    public static final String NASH_BARGAINING = "nash-bargaining";
    public static final String PROPORTIONAL = "proportional-";
    public static final String CONCENTRATION = "concentration-";
    public static final List<String> WEIGHTS = List.of("emissions", "population", "gdp", "damage");
    /** Every fixed name, for messages; {@code concentration-<name>} comes from the section. */
    public static final List<String> FIXED = List.of(BENEFICIARY_PAYS, POLLUTER_PAYS, CHANDER_TULKENS, SHAPLEY,
            NUCLEOLUS, NASH_BARGAINING, "proportional-emissions", "proportional-population", "proportional-gdp",
            "proportional-damage");
    /** Rules that need only coalition values, so a game given directly can use them. */
    public static final List<String> GAME_ONLY = List.of(SHAPLEY, NUCLEOLUS, NASH_BARGAINING);

    private RuleNames() {
    }

    /** The weight of a {@code proportional-<weight>} name, or null. */
    public static String proportionalWeight(String rule) {
        return rule.startsWith(PROPORTIONAL) ? rule.substring(PROPORTIONAL.length()) : null;
    }

    /** The section key of a {@code concentration-<name>} rule, or null. */
    public static String concentrationKey(String rule) {
        return rule.startsWith(CONCENTRATION) ? rule.substring(CONCENTRATION.length()) : null;
    }
}
