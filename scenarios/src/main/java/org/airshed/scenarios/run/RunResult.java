package org.airshed.scenarios.run;

import java.nio.file.Path;
import java.util.List;
import org.airshed.core.study.AllocationReport;
import org.airshed.scenarios.pipeline.RunOutcome;

/**
 * A run written into its directory.
 *
 * @param outcome   every section's result
 * @param directory where the files are
 * @param files     the files written, in file order
 */
public record RunResult(RunOutcome outcome, Path directory, List<Path> files) {
    public RunResult {
        files = List.copyOf(files);
    }

    public AllocationReport report() {
        return outcome.allocation();
    }
}
