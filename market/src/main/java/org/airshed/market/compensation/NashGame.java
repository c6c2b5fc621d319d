package org.airshed.market.compensation;

import org.airshed.core.allocation.RegionSupply;

/**
 * The γ-game of the Nash baseline (docs/DOMAIN.md §4). Alone, region i abates until its marginal
 * cost reaches its own marginal damage δ_i·T_ii; a coalition S has each member i abate until
 * its marginal cost reaches Σ_{j∈S} δ_j·T_ji, the damage its emissions do inside S. Damages are
 * linear, so outsiders' best replies do not depend on S: they stay at their Nash abatement.
 * v(S) is what S saves, in abatement cost plus its members' damages, against everyone at Nash.
 */
final class NashGame implements ScenarioCoalitions {
    private final RegionSupply supply;
    private final RegionFacts facts;
    private final RegionSupply.Response[] nash;

    NashGame(RegionSupply supply, RegionFacts facts) {
        this.supply = supply;
        this.facts = facts;
        int n = facts.size();
        this.nash = new RegionSupply.Response[n];
        for (int i = 0; i < n; i++) {
            nash[i] = supply.response(i, facts.damagePerConcentration()[i] * facts.transfer()[i][i]);
        }
    }

    @Override
    public int playerCount() {
        return facts.size();
    }

    /** v(S), and the members' abatement cost (money) and abatement (mass) when S plays its best reply. */
    @Override
    public CoalitionOutcome outcome(boolean[] members) {
        int n = facts.size();
        double[] delta = facts.damagePerConcentration();
        double[][] transfer = facts.transfer();
        double saving = 0;
        double cost = 0;
        double abatement = 0;
        for (int i = 0; i < n; i++) {
            if (!members[i]) {
                continue;
            }
            RegionSupply.Response response = supply.response(i, internalPrice(members, i));
            cost += response.cost();
            abatement += response.abatement();
            saving += nash[i].cost() - response.cost();
            double extra = response.abatement() - nash[i].abatement();
            for (int j = 0; j < n; j++) {
                if (members[j]) {
                    saving += delta[j] * transfer[j][i] * extra;
                }
            }
        }
        return new CoalitionOutcome(saving, cost, abatement, CoalitionOutcome.NONE);
    }

    /** Everyone at the Nash equilibrium. */
    RegionPlan nashPlan() {
        int n = facts.size();
        double[] abatement = new double[n];
        double[] cost = new double[n];
        for (int i = 0; i < n; i++) {
            abatement[i] = nash[i].abatement();
            cost[i] = nash[i].cost();
        }
        return facts.plan(abatement, cost);
    }

    /** The grand coalition's plan: every region abates until its marginal cost is its marginal damage to all. */
    RegionPlan cooperativePlan() {
        int n = facts.size();
        boolean[] all = new boolean[n];
        java.util.Arrays.fill(all, true);
        double[] abatement = new double[n];
        double[] cost = new double[n];
        for (int i = 0; i < n; i++) {
            RegionSupply.Response response = supply.response(i, internalPrice(all, i));
            abatement[i] = response.abatement();
            cost[i] = response.cost();
        }
        return facts.plan(abatement, cost);
    }

    /** Σ_{j∈S} δ_j·T_ji: money of damage inside S per unit emitted by i. */
    private double internalPrice(boolean[] members, int i) {
        double price = 0;
        for (int j = 0; j < members.length; j++) {
            if (members[j]) {
                price += facts.damagePerConcentration()[j] * facts.transfer()[j][i];
            }
        }
        return price;
    }
}
