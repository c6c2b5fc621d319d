package org.airshed.core.model;

import java.util.List;

/** Stepwise curve: blocks taken cheapest first; unit costs must be non-decreasing (convexity). */
public record StepCurve(List<Step> steps) implements AbatementCurve {
    public StepCurve {
        steps = List.copyOf(steps);
        Checks c = new Checks();
        for (int s = 1; s < steps.size(); s++) {
            double previous = steps.get(s - 1).unitCost();
            double here = steps.get(s).unitCost();
            c.require(here >= previous, "steps[" + s + "].unitCost", here,
                    "unit costs must be non-decreasing (convex curve), but the previous step costs " + previous);
        }
        c.throwIfAny();
    }

    @Override
    public double maxAbatement() {
        double total = 0;
        for (Step s : steps) {
            total += s.amount();
        }
        return total;
    }

    @Override
    public double cost(double a) {
        double left = Math.max(0, a);
        double total = 0;
        for (Step s : steps) {
            if (left <= 0) {
                break;
            }
            double used = Math.min(left, s.amount());
            total += used * s.unitCost();
            left -= used;
        }
        return total;
    }
}
