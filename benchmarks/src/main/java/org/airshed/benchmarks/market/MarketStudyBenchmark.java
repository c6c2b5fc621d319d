package org.airshed.benchmarks.market;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.airshed.core.allocation.AllocationProblem;
import org.airshed.core.allocation.AllocationSolution;
import org.airshed.core.allocation.ExactAllocationSolver;
import org.airshed.core.model.Scenario;
import org.airshed.core.study.AllocationReport;
import org.airshed.core.study.AllocationStudy;
import org.airshed.core.study.ScenarioProblem;
import org.airshed.market.permits.AllocationRule;
import org.airshed.market.study.MarketReport;
import org.airshed.market.study.MarketSpec;
import org.airshed.market.study.MarketStudy;
import org.airshed.market.study.Mechanism;
import org.airshed.scenarios.generate.GeneratorSpec;
import org.airshed.scenarios.generate.SyntheticScenarios;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A whole permit market (grandfathering, the competitive equilibrium, t = 0) on a synthetic
 * national inventory of n sources × 5 cost blocks in 200 regions, cap only — {@code airshed generate
 * --sources N --regions 200 --receptors 0 --min-blocks 5 --blocks 5 --seed 20261122} — against the
 * allocation of the same scenario in the same run:
 * <ul>
 *   <li>{@code market}: {@link MarketStudy#run}: the scenario to solver form, the initial allocation,
 *       the equilibrium, every trade settled on the ledger, compliance, the closing record, the
 *       conservation report and the journal audit;</li>
 *   <li>{@code allocationStudy}: {@link AllocationStudy#run}, what {@code airshed run} does without a
 *       market (scenario to solver form, solve, report);</li>
 *   <li>{@code allocationSolve}: the exact solve alone, on the problem built in setup;</li>
 *   <li>{@code journal}: writing the market's journal to a null writer: a copy of the bytes the
 *       ledger chained and spooled as it journaled (what writing ledger.jsonl costs beyond the disk).</li>
 * </ul>
 * Setup checks the market against the allocation (Montgomery: price = λ) and that its ledger is
 * conserved and its journal complete, so a wrong answer is never timed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g"})
public class MarketStudyBenchmark {
    static final long SEED = 20_261_122L;
    static final int REGIONS = 200;
    static final int BLOCKS = 5;

    @Param({"10000", "100000", "1000000"})
    public int sources;

    private Scenario scenario;
    private AllocationProblem problem;
    private ExactAllocationSolver solver;
    private MarketSpec spec;
    private MarketReport report;

    @Setup(Level.Trial)
    public void setUp() {
        scenario = SyntheticScenarios.scenario(GeneratorSpec.of(sources, REGIONS, 0, SEED).withExactBlocks(BLOCKS));
        problem = ScenarioProblem.of(scenario).problem();
        solver = new ExactAllocationSolver();
        spec = MarketSpec.of(AllocationRule.GRANDFATHERING, Mechanism.EQUILIBRIUM, 0);
        AllocationSolution solution = solver.solve(problem);
        report = MarketStudy.run(scenario, spec, SEED);
        double price = solution.capPrice();
        if (!solution.isOptimal() || Math.abs(report.clearingPrice() - price) > 1e-6 * price
                || !report.conservation().isConserved() || !report.audit().equals(List.of())) {
            throw new IllegalStateException("market of " + sources + " sources: price " + report.clearingPrice()
                    + " against λ " + price + ", conserved " + report.conservation().isConserved() + ", audit "
                    + report.audit());
        }
    }

    @Benchmark
    public MarketReport market() {
        return MarketStudy.run(scenario, spec, SEED);
    }

    @Benchmark
    public AllocationReport allocationStudy() {
        return AllocationStudy.run(scenario, solver);
    }

    @Benchmark
    public AllocationSolution allocationSolve() {
        return solver.solve(problem);
    }

    @Benchmark
    public String journal() throws IOException {
        report.ledger().ledger().writeJournal(OutputStream.nullOutputStream());
        return report.ledger().ledger().journalHead();
    }
}
