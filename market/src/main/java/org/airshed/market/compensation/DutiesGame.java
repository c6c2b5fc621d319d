package org.airshed.market.compensation;

import org.airshed.core.allocation.RegionSupply;
import org.airshed.market.game.CoalitionOracle;

/**
 * The game of the duties baseline: each region meets its stand-alone duty (mass) with its own
 * sources; a coalition meets the sum of its members' duties with all their sources at least
 * cost. v(S) = Σ_{i∈S} C_i(alone) − C_S (money saved). Damages play no part: the total is fixed.
 */
final class DutiesGame implements CoalitionOracle {
    private final RegionSupply supply;
    private final double[] duty;
    private final RegionSupply.Meeting[] alone;

    /** @param alone each region meeting its own duty; every one must be feasible */
    DutiesGame(RegionSupply supply, double[] duty, RegionSupply.Meeting[] alone) {
        this.supply = supply;
        this.duty = duty.clone();
        this.alone = alone.clone();
    }

    @Override
    public int playerCount() {
        return duty.length;
    }

    @Override
    public double value(boolean[] members) {
        int count = 0;
        for (boolean m : members) {
            count += m ? 1 : 0;
        }
        int[] list = new int[count];
        double requirement = 0;
        double standalone = 0;
        int k = 0;
        for (int i = 0; i < members.length; i++) {
            if (members[i]) {
                list[k++] = i;
                requirement += duty[i];
                standalone += alone[i].totalCost();
            }
        }
        if (count == 1) {
            return 0;
        }
        return standalone - supply.meet(list, requirement).totalCost();
    }

    /** Everyone meeting its own duty alone: abatement and cost by region. */
    double[][] standalonePlan() {
        double[] abatement = new double[duty.length];
        double[] cost = new double[duty.length];
        for (int i = 0; i < duty.length; i++) {
            abatement[i] = alone[i].abatement()[0];
            cost[i] = alone[i].totalCost();
        }
        return new double[][] {abatement, cost};
    }

    /** All regions meeting the sum of the duties jointly, at least cost. */
    double[][] jointPlan() {
        int[] all = java.util.stream.IntStream.range(0, duty.length).toArray();
        double total = 0;
        for (double d : duty) {
            total += d;
        }
        RegionSupply.Meeting meeting = supply.meet(all, total);
        return new double[][] {meeting.abatement(), meeting.cost()};
    }
}
