package org.airshed.scenarios.pipeline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.airshed.core.io.SectionReader;

/**
 * One part of a run as a plug-in: the allocation, discrete mode, the market, compensation. It
 * reads its JSON section, checks it against the scenario, runs, and writes its result files, its
 * part of summary.json and its sweep headlines. Adding a section is one class and one line in
 * the registry ({@code run.Sections}); the pipeline, {@code validate}, {@code run} and sweeps
 * pick it up from there.
 *
 * @param <S> what the scenario asks of the section (read from its JSON section)
 * @param <R> what it produces
 */
public interface Section<S, R> {
    /** The readers of the scenario keys it reads; the pipeline hands them to the scenario reader. */
    List<SectionReader<?>> readers();

    /** What the scenario asks of it; null when nothing, and then it is skipped. */
    S spec(RunContext context);

    /**
     * Every problem of the scenario for this section, each with its JSON path and value, found
     * before the run stage: {@code validate} reports them and {@code run} refuses on them. A check
     * solves only what it must to decide (the several-pollutant market's clearing prices, kept with
     * {@link RunContext#shared} for the run).
     */
    void check(S spec, RunContext context, Findings findings);

    /** Solves; null when it does not apply to this run (no feasible allocation to trade on). */
    R run(S spec, RunContext context);

    /** Every file it may write, so that a run removes what an earlier run left and this one does not write. */
    List<String> fileNames();

    /** Its result files, in file order. */
    List<ResultFile> files(R result, RunContext context);

    /** Adds its part of summary.json (its top-level keys) to {@code root}. */
    void summary(R result, RunContext context, ObjectNode root);

    /**
     * What a sweep keeps of its summary part, as a pattern over its top-level keys (JSON): 1 keeps
     * a value, "*" every value of an object, an object recurses, and a "*" key matches any key or
     * array element ({@link Headlines}).
     */
    String headlines();
}
