package org.airshed.scenarios.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.airshed.core.allocation.AllocationProblem;
import org.airshed.core.allocation.AllocationSolution;
import org.airshed.core.allocation.ExactAllocationSolver;
import org.airshed.core.allocation.OptimalityCheck;
import org.airshed.core.allocation.ReferenceLpSolver;
import org.airshed.core.model.Region;
import org.airshed.core.model.Scenario;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** What the generator promises: realistic shapes, exact block counts, feasibility, an optimum the reference agrees with. */
class SyntheticScenariosTest {
    /** The exact solver's certified gap is 1e-9; the dense reference agrees to 1e-7 relative. */
    private static final double OBJECTIVE_TOL = 1e-7;

    /**
     * Pins generator version 1: a change here means a seed no longer gives the files it gave,
     * so bump {@link SyntheticScenarios#GENERATOR_VERSION} (it is written into descriptions).
     */
    @Test
    void generatorVersionOneDrawsThesePinnedNumbers() {
        assertEquals(1, SyntheticScenarios.GENERATOR_VERSION);
        AllocationProblem p = SyntheticScenarios.problem(GeneratorSpec.of(300, 12, 4, 42));
        assertEquals(65.354, p.baseline(0));
        assertEquals(2, p.sourceRegion(0));
        assertEquals(4, p.blockCount(0));
        assertEquals(6.494, p.blockAmount(0, 0));
        assertEquals(8489.71, p.blockCost(0, 0));
        assertEquals(28.238, p.baseline(299));
        assertEquals(3, p.receptorRegion(0));
        assertEquals(9.2e-5, p.transfer(0, 0));
        assertEquals(75884.737, p.capRequirement(), 1e-9);
        assertEquals(22.61123312819, p.receptorRequirement(0), 1e-11);
    }

    @Test
    void sourcesHaveConvexCurvesWithinTheirBaselines() {
        GeneratorSpec spec = GeneratorSpec.of(5_000, 20, 0, 3);
        int[] blockCounts = new int[GeneratorSpec.DEFAULT_MAX_BLOCKS + 1];
        List<String> wrong = new ArrayList<>();
        SyntheticScenarios.problem(spec, s -> {
            blockCounts[s.blockCount()]++;
            double[] costs = s.unitCosts();
            for (int b = 1; b < costs.length; b++) {
                if (costs[b] < costs[b - 1]) {
                    wrong.add(s.index() + ": costs " + Arrays.toString(costs));
                }
            }
            if (!(s.maxAbatement() <= s.baseline() && s.baseline() >= 1)) {
                wrong.add(s.index() + ": abatable " + s.maxAbatement() + " of " + s.baseline());
            }
        });
        assertTrue(wrong.isEmpty(), wrong.toString());
        assertEquals(0, blockCounts[0]);
        for (int b = 1; b <= GeneratorSpec.DEFAULT_MAX_BLOCKS; b++) {
            assertTrue(blockCounts[b] > 700 && blockCounts[b] < 970, "sources with " + b + " blocks: " + blockCounts[b]);
        }
    }

    @Test
    void exactBlocksGivesThatManyBlocksEverywhere() {
        AllocationProblem p = SyntheticScenarios.problem(GeneratorSpec.of(1_000, 5, 0, 3).withExactBlocks(5));
        for (int i = 0; i < p.sourceCount(); i++) {
            assertEquals(5, p.blockCount(i));
        }
    }

    @Test
    void sizesAreHeavyTailed() {
        AllocationProblem p = SyntheticScenarios.problem(GeneratorSpec.of(20_000, 20, 0, 5));
        double[] baselines = new double[p.sourceCount()];
        double total = 0;
        for (int i = 0; i < baselines.length; i++) {
            baselines[i] = p.baseline(i);
            total += baselines[i];
        }
        Arrays.sort(baselines);
        double largestPercent = 0;
        for (int i = baselines.length - baselines.length / 100; i < baselines.length; i++) {
            largestPercent += baselines[i];
        }
        double median = baselines[baselines.length / 2];
        // A few big plants, many small sources: the top 1 % emit a large share, the mean far above the median.
        assertTrue(largestPercent / total > 0.2, "top 1 % share " + largestPercent / total);
        assertTrue(total / baselines.length > 5 * median, "mean " + total / baselines.length + ", median " + median);
    }

    @Test
    void transferDecaysWithDistanceAndTheOwnRegionWeighsMost() {
        Scenario s = SyntheticScenarios.scenario(GeneratorSpec.of(50, 40, 0, 9));
        SyntheticRegions regions = SyntheticScenarios.Drawn.regions(GeneratorSpec.of(50, 40, 0, 9)).regions;
        int zeros = 0;
        for (int k = 0; k < regions.count(); k++) {
            double own = regions.transfer(k, k);
            assertTrue(own > 0);
            for (int r = 0; r < regions.count(); r++) {
                assertTrue(regions.transfer(k, r) <= own, k + " from " + r);
                zeros += regions.transfer(k, r) == 0 ? 1 : 0;
                assertEquals(regions.transfer(k, r), s.transfer().coefficient(regions.id(k), regions.id(r)));
            }
        }
        assertTrue(zeros > 0, "a footprint ends somewhere among 40 regions");
    }

    @Test
    void receptorsAreTheMostPopulousRegions() {
        Scenario s = SyntheticScenarios.scenario(GeneratorSpec.of(50, 30, 7, 9));
        double leastReceptor = Double.MAX_VALUE;
        double mostOther = 0;
        for (Region r : s.regions()) {
            double population = r.population().getAsDouble();
            if (s.policy().receptorLimits().containsKey(r.id())) {
                leastReceptor = Math.min(leastReceptor, population);
            } else {
                mostOther = Math.max(mostOther, population);
            }
        }
        assertEquals(7, s.policy().receptorLimits().size());
        assertTrue(leastReceptor >= mostOther, leastReceptor + " < " + mostOther);
    }

    @Test
    void requirementsAreTheSharesOfWhatIsAchievable() {
        GeneratorSpec spec = GeneratorSpec.of(2_000, 20, 5, 13);
        AllocationProblem p = SyntheticScenarios.problem(spec);
        double achievable = 0;
        double[] regionMax = new double[p.regionCount()];
        for (int i = 0; i < p.sourceCount(); i++) {
            achievable += p.maxAbatement(i);
            regionMax[p.sourceRegion(i)] += p.maxAbatement(i);
        }
        assertEquals(0.6, p.capRequirement() / achievable, 1e-6);
        for (int k = 0; k < p.receptorCount(); k++) {
            double reducible = 0;
            for (int r = 0; r < p.regionCount(); r++) {
                reducible += p.transfer(k, r) * regionMax[r];
            }
            assertEquals(0.6, p.receptorRequirement(k) / reducible, 1e-4, "receptor " + k);
        }
    }

    @Test
    void solvesOptimalAndTheDenseReferenceAgrees() {
        // 120 sources × 1–6 blocks: a few hundred blocks, well within ReferenceLpSolver.MAX_BLOCKS.
        for (int receptors : new int[] {0, 4}) {
            AllocationProblem p = SyntheticScenarios.problem(GeneratorSpec.of(120, 10, receptors, 21));
            AllocationSolution exact = new ExactAllocationSolver().solve(p);
            assertTrue(exact.isOptimal(), exact.reasons().toString());
            assertEquals(List.of(), OptimalityCheck.verify(p, exact, 1e-9));
            AllocationSolution reference = new ReferenceLpSolver().solve(p);
            assertEquals(reference.cost(), exact.cost(), OBJECTIVE_TOL * reference.cost(), "K = " + receptors);
        }
    }

    /** The benchmarks' Commons Math instance: 400 × 5 = 2,000 blocks, the reference's limit. */
    @Test
    @Tag("slow")
    void agreesWithTheDenseReferenceAtItsLimit() {
        AllocationProblem p = SyntheticScenarios.problem(GeneratorSpec.of(400, 20, 10, 20_261_122L).withExactBlocks(5));
        AllocationSolution exact = new ExactAllocationSolver().solve(p);
        assertTrue(exact.isOptimal(), exact.reasons().toString());
        AllocationSolution reference = new ReferenceLpSolver().solve(p);
        assertEquals(reference.cost(), exact.cost(), OBJECTIVE_TOL * reference.cost());
    }

    @Test
    void invalidSpecsNameTheOptionAndValue() {
        InvalidSpecException e = assertThrows(InvalidSpecException.class, () -> GeneratorSpec.of(0, 5, 0, 1));
        assertEquals("--sources 0: must be between 1 and " + GeneratorSpec.MAX_SOURCES, e.commandLineMessage());
        e = assertThrows(InvalidSpecException.class, () -> GeneratorSpec.of(10, 3, 4, 1));
        assertEquals("receptors", e.option());
        assertEquals("4", e.value());
        e = assertThrows(InvalidSpecException.class, () -> new GeneratorSpec(10, 3, 0, 4, 3, 0.6, 0.6, 1));
        assertEquals("min-blocks", e.option());
        e = assertThrows(InvalidSpecException.class, () -> new GeneratorSpec(10, 3, 0, 1, 51, 0.6, 0.6, 1));
        assertEquals("blocks", e.option());
        e = assertThrows(InvalidSpecException.class, () -> new GeneratorSpec(10, 3, 0, 1, 3, 1.0, 0.6, 1));
        assertEquals("cap-share", e.option());
        e = assertThrows(InvalidSpecException.class, () -> new GeneratorSpec(10, 3, 0, 1, 3, 0.5, Double.NaN, 1));
        assertEquals("receptor-share", e.option());
    }
}
