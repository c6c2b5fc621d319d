package org.airshed.core.study.multi;

import java.util.List;
import org.airshed.core.discrete.multi.MultiDiscreteResult;

/**
 * A version-2 scenario solved in discrete mode: the solver's result (choice, proven bound, gap, the
 * CoST greedy) with each source's option, the abatement it gives per pollutant (long form), and the
 * pollutants', regions' and receptors' totals under the choice. Mass, money and concentration in the
 * scenario's units. Without a choice (infeasible, or none found) the lists are empty.
 *
 * @param pollutants pollutant ids, in declared order: the order of every per-pollutant array here
 */
public record MultiDiscreteReport(MultiDiscreteResult result, List<String> pollutants, List<Choice> sources,
                                  List<Abatement> abatement, List<PollutantTotal> totals, List<RegionTotal> regions,
                                  List<Receptor> receptors) {
    public MultiDiscreteReport {
        pollutants = List.copyOf(pollutants);
        sources = List.copyOf(sources);
        abatement = List.copyOf(abatement);
        totals = List.copyOf(totals);
        regions = List.copyOf(regions);
        receptors = List.copyOf(receptors);
    }

    /** A source's option under the choice and under the greedy ({@code none} = no control); cost money per year. */
    public record Choice(String source, String region, String option, double cost, String greedyOption,
                         double greedyCost) {
    }

    /** One source and pollutant under the choice: baseline, the option's removal fraction and abatement (mass). */
    public record Abatement(String source, String region, String pollutant, double baseline, double removal,
                            double abatement) {
        public double emissions() {
            return baseline - abatement;
        }
    }

    /**
     * A pollutant's totals (mass): under the choice and under the greedy; {@code cap} NaN without one.
     */
    public record PollutantTotal(String pollutant, double baseline, double reduction, double greedyReduction,
                                 double cap) {
        public double emissions() {
            return baseline - reduction;
        }
    }

    /** A region's cost and per-pollutant baseline and reduction (arrays in pollutant order; owned by the record). */
    public record RegionTotal(String region, double cost, double[] baseline, double[] reduction) {
    }

    /** A region's concentration under the choice (it has a transfer row); {@code limit} NaN without one. */
    public record Receptor(String region, double baselineConcentration, double concentration, double limit) {
    }
}
