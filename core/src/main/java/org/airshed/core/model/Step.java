package org.airshed.core.model;

/**
 * One block of a stepwise marginal-abatement-cost curve: {@code amount} (mass) abatable at
 * {@code unitCost} (money per mass). A negative unit cost is allowed: abatement that pays for
 * itself (efficiency gains) exists in real cost curves.
 */
public record Step(double amount, double unitCost) {
    public Step {
        new Checks().finiteNonNegative("amount", amount).finite("unitCost", unitCost).throwIfAny();
    }
}
