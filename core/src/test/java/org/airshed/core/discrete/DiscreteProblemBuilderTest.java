package org.airshed.core.discrete;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class DiscreteProblemBuilderTest {
    private static DiscreteProblemBuilder twoRegions() {
        DiscreteProblemBuilder builder = DiscreteProblem.builder();
        builder.addRegion("north");
        builder.addRegion("south");
        return builder;
    }

    private static void rejects(Executable build, String... fragments) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build);
        for (String fragment : fragments) {
            assertTrue(e.getMessage().contains(fragment), "message \"" + e.getMessage() + "\" lacks " + fragment);
        }
    }

    @Test
    void buildsTheStructureOfArraysWithImplicitNoControl() {
        DiscreteProblemBuilder builder = twoRegions();
        builder.addSource("plant", 1, 200, List.of(ControlOption.of("FGD", 0.95, 1.2e7), ControlOption.of("LNB", 0.3, 2e5)));
        builder.addSource("kiln", 0, 50, List.of());
        builder.capRequirement(100);
        builder.addReceptor(0, new double[] {0.5, 0.25}, 30);
        DiscreteProblem p = builder.build();

        assertEquals(2, p.sourceCount());
        assertEquals(3, p.optionCount(0));
        assertEquals(1, p.optionCount(1));
        assertEquals(DiscreteProblem.NO_CONTROL, p.optionName(0, 0));
        assertEquals("LNB", p.optionName(0, 2));
        assertEquals(0, p.annualCost(0, 0));
        assertEquals(190, p.abatement(0, 1), 1e-12);
        assertEquals(190, p.maxAbatement(0), 1e-12);
        assertEquals(0, p.maxAbatement(1));
        assertEquals(0.25, p.transfer(0, 1));
        int[] choice = {1, 0};
        assertEquals(1.2e7, p.cost(choice));
        assertEquals(190, p.totalAbatement(choice), 1e-12);
        assertEquals(47.5, p.receptorReduction(choice, 0), 1e-12);
    }

    @Test
    void namesTheBadValue() {
        rejects(() -> ControlOption.of("SCR", 1.3, 10), "removal", "SCR", "1.3");
        rejects(() -> ControlOption.of("SCR", 0, 10), "removal", "0.0");
        rejects(() -> ControlOption.of("SCR", 0.5, Double.NaN), "annual cost", "NaN");
        rejects(() -> ControlOption.of("SCR", 0.5, -1), "annual cost", "-1.0");
        rejects(() -> ControlOption.of(" ", 0.5, 1), "option name");
        rejects(() -> twoRegions().addSource("plant", 0, -5, List.of()), "baseline of source plant", "-5.0");
        rejects(() -> twoRegions().addSource("plant", 2, 5, List.of()), "region index of source plant", "2");
        rejects(() -> twoRegions().addSource("plant", 0, 5, List.of(ControlOption.of("None", 0.5, 1))),
                "option name of source plant", "None");
        rejects(() -> twoRegions().addSource("plant", 0, 5,
                List.of(ControlOption.of("SCR", 0.5, 1), ControlOption.of("SCR", 0.7, 2))), "duplicate", "SCR");
        rejects(() -> {
            DiscreteProblemBuilder builder = twoRegions();
            builder.addSource("plant", 0, 5, List.of());
            builder.addSource("plant", 1, 5, List.of());
        }, "source id (duplicate)", "plant");
        rejects(() -> twoRegions().addRegion("north"), "region id (duplicate)", "north");
        rejects(() -> twoRegions().capRequirement(Double.POSITIVE_INFINITY), "cap requirement", "Infinity");
        rejects(() -> twoRegions().addReceptor(0, new double[] {1}, 3), "transfer row length", "1");
        rejects(() -> twoRegions().addReceptor(0, new double[] {1, -0.5}, 3), "transfer coefficient from region south",
                "-0.5");
    }

    @Test
    void generatorIsSeeded() {
        DiscreteInstanceSpec spec = new DiscreteInstanceSpec(200, 5, 3, 6, 0.5);
        DiscreteProblem a = DiscreteInstanceGenerator.generate(spec, 7);
        DiscreteProblem b = DiscreteInstanceGenerator.generate(spec, 7);
        DiscreteProblem c = DiscreteInstanceGenerator.generate(spec, 8);
        assertEquals(200, a.sourceCount());
        assertEquals(3, a.receptorCount());
        assertEquals(7, a.optionCount(0));
        int[] strongest = new int[a.sourceCount()];
        for (int i = 0; i < strongest.length; i++) {
            strongest[i] = 6;
            assertEquals(a.baseline(i), b.baseline(i));
            for (int o = 0; o < a.optionCount(i); o++) {
                assertEquals(a.annualCost(i, o), b.annualCost(i, o));
                assertEquals(a.removal(i, o), b.removal(i, o));
            }
        }
        assertEquals(0.5 * a.totalAbatement(strongest), a.capRequirement(), 1e-6);
        assertEquals(a.receptorRequirement(2), b.receptorRequirement(2));
        assertTrue(a.capRequirement() != c.capRequirement());
    }
}
