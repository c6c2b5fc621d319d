package org.airshed.market.study;

import java.util.List;
import org.airshed.core.model.Checks;

/**
 * Several compliance periods ({@code $.market.periods}): the same sources face cap t in period t.
 *
 * @param caps           permits issued per period (mass); vintage = first vintage + t
 * @param discountRate   r per period (≥ 0): with banking the price rises by (1 + r) a period
 * @param banking        unused permits carry to later periods
 * @param borrowingLimit how far the bank may go negative (mass, ≥ 0; 0 = no borrowing)
 */
public record PeriodsSpec(List<Double> caps, double discountRate, boolean banking, double borrowingLimit) {
    public PeriodsSpec {
        caps = List.copyOf(caps);
        Checks c = new Checks();
        c.require(!caps.isEmpty(), "caps", caps, "name at least one period's cap");
        for (int t = 0; t < caps.size(); t++) {
            c.finiteNonNegative("caps[" + t + "]", caps.get(t));
        }
        c.finiteNonNegative("discountRate", discountRate).finiteNonNegative("borrowingLimit", borrowingLimit);
        c.require(banking || borrowingLimit == 0, "borrowingLimit", borrowingLimit, "needs banking: true");
        c.throwIfAny();
    }
}
