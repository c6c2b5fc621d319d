package org.airshed.market.trading;

/**
 * The equilibrium path of a permit market over periods t = 0 … T−1. Per-period arrays; prices in
 * current money per mass, costs discounted to period 0 at the policy's rate.
 *
 * @param price                 permit price p_t (money per mass); p_{t+1} = (1+r)·p_t while the bank carried is above its lower bound;
 *                              the valve's own value at a ceiling or floor, else the double nearest c·(1+r)^(t−j) exactly,
 *                              c the pool's price in the money of the period j whose unit sets it: that unit's cost as
 *                              written (a step, a ramp's start, a valve), or inside a ramp the price computed in j's money;
 *                              r the rate's shortest decimal ({@link CompoundGrowth}). Period j prints c itself.
 * @param sourceAbatement       a_ti per period and source of that period (mass)
 * @param abatement             total abatement A_t (mass)
 * @param emissions             total emissions baseline − A_t (mass)
 * @param bank                  permits held after period t (mass; negative when borrowed; expire each period without banking)
 * @param ceilingSales          extra permits sold at the ceiling (mass)
 * @param floorWithheld         permits withheld at the floor (mass)
 * @param presentValueCost      Σ_t (1+r)^−t Σ_i C_ti(a_ti), abatement cost (money); each period's term the double
 *                              nearest its exact value
 * @param presentValueCeilingPayments Σ_t (1+r)^−t · ceiling · ceilingSales_t (money), likewise
 */
public record BankingEquilibrium(double[] price, double[][] sourceAbatement, double[] abatement, double[] emissions, double[] bank,
                                 double[] ceilingSales, double[] floorWithheld, double presentValueCost,
                                 double presentValueCeilingPayments) {
    public BankingEquilibrium {
        price = price.clone();
        sourceAbatement = copy(sourceAbatement);
        abatement = abatement.clone();
        emissions = emissions.clone();
        bank = bank.clone();
        ceilingSales = ceilingSales.clone();
        floorWithheld = floorWithheld.clone();
    }

    public int periods() {
        return price.length;
    }

    @Override
    public double[] price() {
        return price.clone();
    }

    @Override
    public double[][] sourceAbatement() {
        return copy(sourceAbatement);
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
    public double[] bank() {
        return bank.clone();
    }

    @Override
    public double[] ceilingSales() {
        return ceilingSales.clone();
    }

    @Override
    public double[] floorWithheld() {
        return floorWithheld.clone();
    }

    private static double[][] copy(double[][] m) {
        double[][] out = new double[m.length][];
        for (int t = 0; t < m.length; t++) {
            out[t] = m[t].clone();
        }
        return out;
    }
}
