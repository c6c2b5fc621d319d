package org.airshed.market.study;

import java.util.List;
import org.airshed.market.ledger.ConservationReport;
import org.airshed.market.ledger.JournalFinding;
import org.airshed.market.settlement.MarketLedger;

/**
 * What a permit market on a version-2 scenario produced: one permit per capped pollutant, all settled
 * on one ledger. Emissions and costs are the market's plan (real-valued); permits and money exact.
 * Each source surrenders its emissions of each pollutant counted in permits: the pollutant's total
 * rounded to the quantum, never above the permits issued, split among sources by largest remainder.
 *
 * @param abatement     the market's plan: a_ip, {@code [i * P + p]} over every pollutant, capped or not (mass)
 * @param optionShares  the plan's x_o per option, sources' options in file order (sources with curves have none)
 * @param sourceCosts   each source's abatement cost in the plan (money)
 * @param abatementCost Σ abatement cost of the market's plan (money)
 * @param leastCost     least cost of meeting every cap at once, receptor limits aside (money): what
 *                      Montgomery says the market reaches from any initial allocation
 * @param audit         the journal audit's findings (empty when complete)
 * @param receptors     every receptor limit of the policy against the concentration after trading
 */
public record MultiMarketReport(MarketSpec spec, long seed, String status, List<PollutantMarket> pollutants,
                                List<SourcePollutantPosition> sources, List<MultiRegionPosition> regions,
                                double[] abatement, double[] optionShares, double[] sourceCosts, double abatementCost, double leastCost, ConservationReport conservation,
                                MarketLedger ledger, List<JournalFinding> audit, List<ReceptorOutcome> receptors,
                                List<String> notes) {
    public MultiMarketReport {
        pollutants = List.copyOf(pollutants);
        sources = List.copyOf(sources);
        regions = List.copyOf(regions);
        audit = List.copyOf(audit);
        receptors = List.copyOf(receptors);
        notes = List.copyOf(notes);
    }
}
