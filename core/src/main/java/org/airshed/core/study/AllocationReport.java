package org.airshed.core.study;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.airshed.core.allocation.AllocationStatus;
import org.airshed.core.model.Objective;

/**
 * The least-cost (or least-welfare-loss) allocation of a scenario, in domain terms. Masses,
 * money and concentrations are in the scenario's units. When infeasible, the numbers are NaN,
 * the maps and lists are empty and {@link #reasons()} says why. At an iteration limit the
 * allocation is there (feasible, within {@link #relativeGap()} of optimal) and {@link #reasons()}
 * says where the solver stopped.
 *
 * @param objectiveKind   what was minimised
 * @param objective       totalCost for the cost objective; totalCost + damages for welfare (money)
 * @param totalCost       Σ_i C_i(a_i) (money)
 * @param damages         Σ_j δ_j z_j over all regions (money per year), reported for both objectives
 * @param totalReduction  Σ_i a_i (mass)
 * @param emissions       Σ_i (e_i − a_i) (mass)
 * @param capPrice        λ ≥ 0, dual of the cap (money per mass; 0 without a cap or when slack)
 * @param receptorPrices  μ_j ≥ 0 by receptor region id, in region order (money per concentration unit)
 * @param regions         per region, in file order
 * @param sources         per source, in file order
 * @param responsibilities per region × sector × department, regions in file order, groups in order
 *                         of first appearance
 * @param relativeGap     the solver's certified relative gap (0 when exact)
 * @param iterations      the solver's outer iterations
 * @param cooperation     the duties comparison, when the policy gives duties
 */
public record AllocationReport(Objective objectiveKind, AllocationStatus status, List<Infeasibility> reasons,
                               double objective, double totalCost, double damages, double totalReduction,
                               double emissions, double capPrice, Map<String, Double> receptorPrices,
                               List<RegionOutcome> regions, List<SourceOutcome> sources,
                               List<Responsibility> responsibilities, double relativeGap, int iterations,
                               Optional<CooperationReport> cooperation) {
    public AllocationReport {
        reasons = List.copyOf(reasons);
        receptorPrices = Collections.unmodifiableMap(new LinkedHashMap<>(receptorPrices));
        regions = List.copyOf(regions);
        // Made on demand from arrays: copying would hold a million records.
        sources = sources instanceof SourceOutcomes ? sources : List.copyOf(sources);
        responsibilities = List.copyOf(responsibilities);
    }

    static AllocationReport infeasible(Objective objectiveKind, List<Infeasibility> reasons,
                                       Optional<CooperationReport> cooperation) {
        return new AllocationReport(objectiveKind, AllocationStatus.INFEASIBLE, reasons, Double.NaN, Double.NaN,
                Double.NaN, Double.NaN, Double.NaN, Double.NaN, Map.of(), List.of(), List.of(), List.of(),
                Double.NaN, 0, cooperation);
    }

    public boolean isOptimal() {
        return status == AllocationStatus.OPTIMAL;
    }

    /**
     * True when there is an allocation to report: optimal, or stopped at the iteration limit with a
     * certified gap ({@link #relativeGap()}); false only when infeasible.
     */
    public boolean hasAllocation() {
        return status != AllocationStatus.INFEASIBLE;
    }

    public RegionOutcome region(String id) {
        return regions.stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown region: " + id));
    }

    public SourceOutcome source(String id) {
        return sources.stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown source: " + id));
    }
}
