package org.airshed.market.compensation;

import java.util.ArrayList;
import java.util.List;
import org.airshed.core.model.Units;
import org.airshed.core.study.ReadableNumbers;

/** The sentences a scenario game says about the policy: what it relaxes, and which plans break a limit or the cap. */
final class PolicyNotes {
    private PolicyNotes() {
    }

    /** The duties game: where the stand-alone duties break the policy, and what meeting it as written would save. */
    static List<String> duties(RegionFacts facts, PolicyInForce policy, RegionPlan cooperative, Double strict,
                               Units units) {
        List<String> notes = new ArrayList<>();
        for (int k = 0; k < policy.receptors().length; k++) {
            if (policy.exceeds(k)) {
                String id = facts.ids().get(policy.receptors()[k]);
                notes.add("the duties alone leave " + id + " at " + concentration(policy.standalone()[k], units)
                        + ", " + ReadableNumbers.of(policy.standalone()[k] - policy.limit()[k]) + " above its limit "
                        + concentration(policy.limit()[k], units) + ": no coalition may make that worse, so the game "
                        + "holds cooperation to " + concentration(policy.effective()[k], units) + " there, and the "
                        + "cooperative plan leaves " + id + " at "
                        + concentration(cooperative.concentration()[policy.receptors()[k]], units));
            }
        }
        if (policy.writtenCapSlack() < 0) {
            notes.add("the duties alone emit " + ReadableNumbers.of(facts.cap() - policy.writtenCapSlack()) + " "
                    + units.mass() + ", above the cap " + ReadableNumbers.of(facts.cap()) + " " + units.mass()
                    + ": the game holds cooperation to the duties' emissions");
        }
        if (policy.relaxed()) {
            notes.add(strict == null
                    ? "all regions together cannot meet the written limits and cap with their duties"
                    : "meeting the written limits and cap as well, cooperation would save "
                    + ReadableNumbers.of(strict) + " " + units.money() + " (surplusUnderWrittenLimits)");
        }
        return notes;
    }

    /** The Nash game: the γ-function has no policy in it, so only say where its cooperative plan breaks it. */
    static List<String> nash(RegionFacts facts, RegionPlan cooperative, Units units) {
        List<String> notes = new ArrayList<>();
        boolean capped = !Double.isNaN(facts.cap());
        if (facts.receptors().length == 0 && !capped) {
            return notes;
        }
        notes.add("the nash baseline ignores the policy by definition: each region, and each coalition, weighs its "
                + "own abatement cost against its own damages, and no cap or receptor limit enters the γ-function");
        for (int j : facts.receptors()) {
            double z = cooperative.concentration()[j];
            double limit = facts.limit()[j];
            if (z > limit + ReceptorOutcome.RELATIVE_TOLERANCE * Math.max(1, Math.abs(limit))) {
                notes.add("the cooperative plan leaves " + facts.ids().get(j) + " at " + concentration(z, units)
                        + ", above its limit " + concentration(limit, units));
            }
        }
        double emitted = 0;
        for (double e : cooperative.emissions()) {
            emitted += e;
        }
        if (capped && emitted > facts.cap() * (1 + ReceptorOutcome.RELATIVE_TOLERANCE)) {
            notes.add("the cooperative plan emits " + ReadableNumbers.of(emitted) + " " + units.mass()
                    + ", above the cap " + ReadableNumbers.of(facts.cap()) + " " + units.mass());
        }
        return notes;
    }

    private static String concentration(double value, Units units) {
        return ReadableNumbers.of(value) + " " + units.concentration();
    }
}
