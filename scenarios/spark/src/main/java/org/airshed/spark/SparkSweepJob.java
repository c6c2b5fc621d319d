package org.airshed.spark;

import java.io.Serializable;
import org.airshed.scenarios.sweep.SweepSetup;

/**
 * What the driver broadcasts to every executor: the sweep file and the resolved base scenario as
 * text (every default written out, the sources of a {@code sourcesFile} inlined), so that an
 * executor needs no file of its own and reads and converts the base once ({@link ExecutorRuns}).
 *
 * @param fingerprint names the sweep in the executors' cache: the same sweep file, base and program
 * @param version     the program's version, which the runs write into nothing but their summaries
 */
public record SparkSweepJob(String sweepFile, String sweepText, String baseFileName, String baseText,
                            String fingerprint, String version) implements Serializable {
    private static final long serialVersionUID = 1L;

    static SparkSweepJob of(SweepSetup setup, String version) {
        // Executors name the base as its runs do (runs.csv's reasons), not by the driver's path.
        return new SparkSweepJob(setup.sweepFile(), setup.sweepText(), setup.base().runName(), setup.base().text(),
                setup.fingerprint(), version);
    }
}
