package org.airshed.core.study.multi;

import java.util.List;
import org.airshed.core.allocation.AllocationStatus;
import org.airshed.core.model.Objective;
import org.airshed.core.study.Infeasibility;

/**
 * The least-cost (or least-welfare-loss) allocation of a version-2 scenario, in domain terms and the
 * scenario's units. When infeasible, the numbers are NaN, the lists empty and {@link #reasons()} says why.
 *
 * @param objective    totalCost for the cost objective; totalCost + damages for welfare (money per year)
 * @param damages      Σ_j δ_j z_j with δ_j as the welfare objective counts it (0 for the cost objective)
 * @param abatement    a_ip, {@code [i * P + p]} (mass)
 * @param price        g_ip = w_rp + λ_p + Σ_k μ_k T_kpr: the value of a unit of p abated at source i (money per mass)
 * @param sourceCost   C_i per source (money per year)
 * @param optionShares x_o per option, sources' options in file order (sources with curves have none)
 * @param receptorPrices μ_k per receptor row, in region order of the limits
 */
public record MultiAllocationReport(Objective objectiveKind, AllocationStatus status, List<Infeasibility> reasons,
                                    double objective, double totalCost, double damages,
                                    List<PollutantOutcome> pollutants, List<MultiRegionOutcome> regions,
                                    double[] abatement, double[] price, double[] sourceCost, double[] optionShares,
                                    double[] receptorPrices, double relativeGap, int iterations) {
    public MultiAllocationReport {
        reasons = List.copyOf(reasons);
        pollutants = List.copyOf(pollutants);
        regions = List.copyOf(regions);
    }

    static MultiAllocationReport infeasible(Objective objective, List<Infeasibility> reasons, int iterations) {
        return new MultiAllocationReport(objective, AllocationStatus.INFEASIBLE, reasons, Double.NaN, Double.NaN,
                Double.NaN, List.of(), List.of(), new double[0], new double[0], new double[0], new double[0],
                new double[0], Double.NaN, iterations);
    }

    public boolean isOptimal() {
        return status == AllocationStatus.OPTIMAL;
    }

    /** Whether there is an allocation to write (optimal or stopped short with a certified gap). */
    public boolean hasAllocation() {
        return status != AllocationStatus.INFEASIBLE;
    }
}
