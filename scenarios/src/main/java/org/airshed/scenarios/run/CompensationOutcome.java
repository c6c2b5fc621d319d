package org.airshed.scenarios.run;

import org.airshed.market.compensation.CompensationReport;

/** What a run's compensation section produced: the game played, or why it was not. */
public sealed interface CompensationOutcome {
    /** The game, every rule applied. */
    record Played(CompensationReport report) implements CompensationOutcome {
        public Played {
            if (report == null) {
                throw new IllegalArgumentException("a played game needs its report");
            }
        }
    }

    /** The game was not played: {@code reason} says why, in a sentence for summary.json and the terminal. */
    record NotPlayed(String baseline, String reason) implements CompensationOutcome {
        public NotPlayed {
            if (baseline == null || baseline.isBlank() || reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("a game not played needs its baseline and the reason: baseline "
                        + baseline + ", reason " + reason);
            }
        }
    }
}
