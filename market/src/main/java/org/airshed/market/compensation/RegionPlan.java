package org.airshed.market.compensation;

/**
 * What each region does and suffers under one plan (the baseline or cooperation), indexed like
 * the game's players: abatement (mass), abatement cost (money), emissions after abatement
 * (mass), concentration at the region as a receptor (concentration units) and its damage
 * δ·concentration (money).
 */
public record RegionPlan(double[] abatement, double[] cost, double[] emissions, double[] concentration,
                         double[] damage) {
    public RegionPlan {
        abatement = abatement.clone();
        cost = cost.clone();
        emissions = emissions.clone();
        concentration = concentration.clone();
        damage = damage.clone();
    }

    @Override
    public double[] abatement() {
        return abatement.clone();
    }

    @Override
    public double[] cost() {
        return cost.clone();
    }

    @Override
    public double[] emissions() {
        return emissions.clone();
    }

    @Override
    public double[] concentration() {
        return concentration.clone();
    }

    @Override
    public double[] damage() {
        return damage.clone();
    }
}
