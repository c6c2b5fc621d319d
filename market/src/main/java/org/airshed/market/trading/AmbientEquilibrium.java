package org.airshed.market.trading;

/**
 * The ambient-permit market at equilibrium: the least-cost allocation under the cap and the
 * receptor limits, with every source's permit value equal to its marginal abatement cost.
 *
 * @param abatement      a_i per source (mass)
 * @param emissions      baseline_i − a_i per source (mass)
 * @param capPrice       λ ≥ 0, price of an emission permit under the cap (money per mass; 0 without a cap)
 * @param receptorPrices μ_k ≥ 0, price of a unit of concentration at receptor k (money per concentration unit)
 * @param permitValue    λ + Σ_k μ_k T_k,region(i) per source: what a unit of its emissions is worth (money per mass)
 * @param abatementCost  Σ_i C_i(a_i) (money)
 * @param relativeGap    the solver's certified relative optimality gap
 */
public record AmbientEquilibrium(double[] abatement, double[] emissions, double capPrice, double[] receptorPrices,
                                 double[] permitValue, double abatementCost, double relativeGap) {
    public AmbientEquilibrium {
        abatement = abatement.clone();
        emissions = emissions.clone();
        receptorPrices = receptorPrices.clone();
        permitValue = permitValue.clone();
    }

    @Override
    public double[] abatement() {
        return abatement.clone();
    }

    @Override
    public double[] emissions() {
        return emissions.clone();
    }

    @Override
    public double[] receptorPrices() {
        return receptorPrices.clone();
    }

    @Override
    public double[] permitValue() {
        return permitValue.clone();
    }
}
