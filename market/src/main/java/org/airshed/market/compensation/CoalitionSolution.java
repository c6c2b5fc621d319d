package org.airshed.market.compensation;

/**
 * A coalition's least-cost plan, indexed like its program's members: abatement (mass) and cost
 * (money) per member region, and the receptors (indices in the game's receptor list) whose rows
 * bind, that is carry a positive price.
 */
record CoalitionSolution(double[] abatement, double[] cost, int[] bindingReceptors) {
    CoalitionSolution {
        abatement = abatement.clone();
        cost = cost.clone();
        bindingReceptors = bindingReceptors.clone();
    }

    double totalCost() {
        double total = 0;
        for (double c : cost) {
            total += c;
        }
        return total;
    }

    double totalAbatement() {
        double total = 0;
        for (double a : abatement) {
            total += a;
        }
        return total;
    }
}
