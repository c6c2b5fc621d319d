package org.airshed.market.compensation;

/**
 * One coalition of a scenario game: its value (money saved against the baseline), its members'
 * abatement cost (money) and abatement (mass) under the coalition's own plan, and the receptors
 * (indices in the game's receptor list) whose limits bind that plan.
 */
record CoalitionOutcome(double value, double cost, double abatement, int[] bindingReceptors) {
    static final int[] NONE = new int[0];

    CoalitionOutcome {
        bindingReceptors = bindingReceptors.clone();
    }
}
