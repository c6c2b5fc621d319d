package org.airshed.scenarios.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.airshed.core.io.Problem;
import org.airshed.core.io.SectionInputException;
import org.airshed.core.study.Infeasibility;

/**
 * What the check stage found in one scenario file: problems (bad input: {@code run} refuses and
 * writes nothing) and infeasibilities (valid input no allocation can meet: {@code run} writes
 * the infeasible summary). {@code validate} reports both, and exits 2 on either.
 */
public final class Findings {
    private final String file;
    private final Overrides overrides;
    private final List<Problem> problems = new ArrayList<>();
    private final List<Infeasibility> infeasibilities = new ArrayList<>();

    Findings(String file, Overrides overrides) {
        this.file = file;
        this.overrides = overrides;
    }

    public void problem(SectionInputException e) {
        problems.add(e.problem(file));
    }

    public void problems(List<SectionInputException> found) {
        found.forEach(this::problem);
    }

    public void infeasible(List<Infeasibility> reasons) {
        infeasibilities.addAll(reasons);
    }

    /** The problems; one at a field a command-line flag set names the flag. */
    public List<Problem> problems() {
        return overrides.relabel(problems);
    }

    public List<Infeasibility> infeasibilities() {
        return List.copyOf(infeasibilities);
    }

    /** Infeasibilities as problem lines of the file ({@code FILE: $.policy.cap = 10: …}). */
    public List<String> infeasibilityLines() {
        return infeasibilities.stream().map(reason -> file + ": " + reason).toList();
    }
}
