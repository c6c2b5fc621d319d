package org.airshed.market.study;

import org.airshed.core.allocation.multi.ExactDuals;
import org.airshed.core.allocation.multi.MultiPollutantProblem;
import org.airshed.core.allocation.multi.MultiPollutantSolution;

/**
 * Version-2 cap prices as the market prints and pays them: the double nearest to each price's exact
 * value where the plan fixes it ({@link ExactDuals}: 30791.99997457121 = 242,182,159 / 7,865.1 for NOx
 * in yrd-pm25-market, where the solver's dual read 30791.99997457119); where it leaves a price open
 * (a cap exactly at a kink of the supply, a price inside a quadratic ramp), {@link WrittenCapPrice}'s
 * rule: a step cost written for that pollutant within rounding, else the solver's price.
 */
final class ExactCapPrices {
    private ExactCapPrices() {
    }

    /**
     * @param program  the cap-only program the plan solved
     * @param solution its optimal plan and duals
     * @return λ_p per pollutant
     */
    static double[] of(MultiPollutantProblem program, MultiPollutantSolution solution) {
        double[] solved = solution.capPrices();
        ExactDuals.Prices exact = ExactDuals.of(program, solution);
        double[] prices = new double[solved.length];
        for (int p = 0; p < solved.length; p++) {
            // The written-step rule scans every block: only for a price the plan leaves open.
            boolean fixed = exact != null && exact.cap()[p] != null;
            prices[p] = fixed ? exact.cap(p, solved[p]) : WrittenCapPrice.of(program, p, solved[p]);
        }
        return prices;
    }
}
