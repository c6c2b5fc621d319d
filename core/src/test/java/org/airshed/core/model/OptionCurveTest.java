package org.airshed.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class OptionCurveTest {
    @Test
    void theHullDropsDominatedAndNonConvexOptions() {
        // Baseline 100: A abates 20 for 100, B 50 for 400 (above the hull from A to C), C 90 for
        // 500, D 60 for 600 (dominated by C: less abatement, more cost).
        OptionCurve curve = new OptionCurve(100, List.of(new TechnologyOption("B", 0.5, 400),
                new TechnologyOption("A", 0.2, 100), new TechnologyOption("C", 0.9, 500),
                new TechnologyOption("D", 0.6, 600)));
        assertEquals(List.of(new Step(20, 5), new Step(70, 400.0 / 70)), curve.hullSteps());
        assertEquals(90, curve.maxAbatement(), 1e-12);
        assertEquals(50, curve.cost(10), 1e-12);
        assertEquals(100 + 30 * 400.0 / 70, curve.cost(50), 1e-9);
        assertEquals(500, curve.cost(200), 1e-12, "clamped at the largest option");
    }

    @Test
    void theHullNeverExceedsAnyOptionAndIsConvex() {
        SplittableRandom random = new SplittableRandom(3);
        for (int trial = 0; trial < 500; trial++) {
            int n = 1 + random.nextInt(6);
            TechnologyOption[] options = new TechnologyOption[n];
            for (int k = 0; k < n; k++) {
                options[k] = new TechnologyOption("o" + k, 0.05 + 0.95 * random.nextDouble(),
                        random.nextInt(4) == 0 ? 0 : random.nextDouble() * 1000);
            }
            double baseline = 1 + random.nextDouble() * 100;
            OptionCurve curve = new OptionCurve(baseline, List.of(options));
            for (TechnologyOption o : options) {
                assertTrue(curve.cost(o.removal() * baseline) <= o.annualCost() * (1 + 1e-12) + 1e-12,
                        "trial " + trial + " " + o);
            }
            double previous = Double.NEGATIVE_INFINITY;
            double total = 0;
            for (Step step : curve.hullSteps()) {
                assertTrue(step.unitCost() >= previous - 1e-12 && step.amount() > 0, "trial " + trial);
                previous = step.unitCost();
                total += step.amount();
            }
            assertEquals(curve.maxAbatement(), total, 1e-9 * baseline, "trial " + trial);
        }
    }

    /** Regression: options at one cost per tonne gave hull blocks decreasing by a rounding unit. */
    @Test
    void optionsAtOneCostPerTonneMakeANonDecreasingCurve() {
        SplittableRandom random = new SplittableRandom(8);
        for (int trial = 0; trial < 20_000; trial++) {
            double baseline = 1 + random.nextDouble() * 1e5;
            double perTonne = random.nextDouble() * 5e4;
            TechnologyOption[] options = new TechnologyOption[2 + random.nextInt(4)];
            for (int k = 0; k < options.length; k++) {
                double removal = 0.05 + 0.95 * random.nextDouble();
                options[k] = new TechnologyOption("o" + k, removal, perTonne * removal * baseline);
            }
            double previous = Double.NEGATIVE_INFINITY;
            for (Step step : new OptionCurve(baseline, List.of(options)).hullSteps()) {
                assertTrue(step.unitCost() >= previous, "trial " + trial);
                previous = step.unitCost();
            }
        }
    }

    @Test
    void namesAreUniqueAndNoneIsReserved() {
        assertThrows(InvalidModelException.class, () -> new OptionCurve(10, List.of(
                new TechnologyOption("FGD", 0.9, 1), new TechnologyOption("FGD", 0.5, 1))));
        assertThrows(InvalidModelException.class, () -> new TechnologyOption("none", 0.5, 1));
        assertThrows(InvalidModelException.class, () -> new TechnologyOption("None", 0.5, 1));
        assertThrows(InvalidModelException.class, () -> new OptionCurve(10, List.of()));
    }
}
