package org.airshed.core.study;

import java.util.List;
import org.airshed.core.discrete.DiscreteResult;

/**
 * A scenario solved in discrete mode: the solver's result (incumbent, hull bound, gap, the
 * Control Strategy Tool's greedy) with each source's chosen technology and the regions' totals.
 * Mass and money in the scenario's units.
 */
public record DiscreteReport(DiscreteResult result, List<Choice> sources, List<RegionTotal> regions) {
    public DiscreteReport {
        sources = List.copyOf(sources);
        regions = List.copyOf(regions);
    }

    /** A source's technology: the incumbent's and the greedy's ({@code none} = no control). */
    public record Choice(String source, String region, double baseline, String option, double removal,
                         double abatement, double cost, String greedyOption) {
    }

    /** A region's sources summed under the incumbent. */
    public record RegionTotal(String region, double baseline, double reduction, double cost) {
        public double emissions() {
            return baseline - reduction;
        }
    }
}
