package org.airshed.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.airshed.core.allocation.AllocationProblem;
import org.airshed.core.allocation.AllocationSolution;
import org.airshed.core.allocation.AllocationSolver;
import org.airshed.core.allocation.AllocationStatus;
import org.airshed.core.allocation.ExactAllocationSolver;
import org.airshed.core.io.ScenarioReader;
import org.airshed.core.model.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a run leaves when the solver stops short or fails: an iteration limit is a result (every
 * file written, status iteration-limit); a failure leaves the previous complete result set.
 */
class RunFailuresTest {
    @TempDir
    Path temp;

    private Scenario scenario(String policy) throws IOException {
        return ScenarioReader.read(TestScenarios.write(temp, "two-regions.json", TestScenarios.twoRegions(policy)));
    }

    /** The exact solver's answer, reported as stopped at the iteration limit with a gap. */
    private static final class StoppedShort implements AllocationSolver {
        @Override
        public AllocationSolution solve(AllocationProblem problem) {
            AllocationSolution s = new ExactAllocationSolver().solve(problem);
            return new AllocationSolution(AllocationStatus.ITERATION_LIMIT, s.abatement(), s.cost(), s.capPrice(),
                    s.receptorPrices(), 3e-7, 400, List.of());
        }
    }

    @Test
    void anIterationLimitWritesEveryResultWithItsStatus() throws IOException {
        Path out = temp.resolve("out");
        RunResult result = new ScenarioRunner(new StoppedShort(), "test").run(scenario(TestScenarios.CAP_AND_DUTIES),
                out);
        assertTrue(result.outcome().stoppedAtIterationLimit());
        assertFalse(result.outcome().isInfeasible());
        for (String file : List.of("summary.json", "allocation.csv", "regions.csv", "duties.csv", "scenario.json")) {
            assertTrue(Files.isRegularFile(out.resolve(file)), file);
        }
        String summary = Files.readString(out.resolve("summary.json"));
        assertTrue(summary.contains("\"status\": \"iteration-limit\""), summary);
        assertTrue(summary.contains("\"relativeGap\": 3.0E-7"), summary);
        assertTrue(summary.contains("\"totalCost\": 900"), summary);
    }

    @Test
    void aFailedRunLeavesThePreviousResults() throws IOException {
        Path out = temp.resolve("out");
        new ScenarioRunner(new ExactAllocationSolver(), "test").run(scenario(TestScenarios.CAP_AND_DUTIES), out);
        String before = Files.readString(out.resolve("summary.json"));
        AllocationSolver broken = problem -> {
            throw new OutOfMemoryError("Java heap space");
        };
        assertThrows(OutOfMemoryError.class, () -> new ScenarioRunner(broken, "test")
                .run(scenario("{\"cap\": 130}"), out));
        assertEquals(before, Files.readString(out.resolve("summary.json")));
        assertTrue(Files.isRegularFile(out.resolve("duties.csv")));
        try (var files = Files.list(out)) {
            assertEquals(List.of(".airshed.lock", "allocation.csv", "charts", "duties.csv", "mac.csv", "regions.csv",
                    "report.html", "scenario.json", "summary.json"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }
}
