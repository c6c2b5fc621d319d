package org.airshed.market.trading;

/**
 * A zoned permit market at equilibrium. Mass and money are the problem's units. For every
 * allowed direction z → z', price(z) ≥ price(z'), with equality when permits flow that way.
 *
 * @param zonePrice         permit price per zone (money per mass, ≥ 0)
 * @param flow              permits moved from zone z to zone z' (mass, ≥ 0), zones × zones
 * @param abatement         a_i per source (mass)
 * @param emissions         baseline_i − a_i per source (mass)
 * @param zoneNetImport     permits bought from other zones minus permits sold to them, per zone (mass)
 * @param zoneUnusedPermits permits held beyond emissions per zone (mass); positive only at price 0
 * @param abatementCost     Σ_i C_i(a_i) (money)
 */
public record ZonalEquilibrium(double[] zonePrice, double[][] flow, double[] abatement, double[] emissions,
                               double[] zoneNetImport, double[] zoneUnusedPermits, double abatementCost) {
    public ZonalEquilibrium {
        zonePrice = zonePrice.clone();
        flow = copy(flow);
        abatement = abatement.clone();
        emissions = emissions.clone();
        zoneNetImport = zoneNetImport.clone();
        zoneUnusedPermits = zoneUnusedPermits.clone();
    }

    @Override
    public double[] zonePrice() {
        return zonePrice.clone();
    }

    @Override
    public double[][] flow() {
        return copy(flow);
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
    public double[] zoneNetImport() {
        return zoneNetImport.clone();
    }

    @Override
    public double[] zoneUnusedPermits() {
        return zoneUnusedPermits.clone();
    }

    private static double[][] copy(double[][] m) {
        double[][] out = new double[m.length][];
        for (int z = 0; z < m.length; z++) {
            out[z] = m[z].clone();
        }
        return out;
    }
}
