package org.airshed.scenarios.run;

import org.airshed.core.io.SectionInputException;
import org.airshed.scenarios.pipeline.Findings;
import org.airshed.scenarios.pipeline.RunContext;

/**
 * The refusal of a section that does not yet handle several pollutants, at the section's JSON path:
 * both {@code validate} and {@code run} report it (exit 2), instead of running on a version-2 file as
 * if it had one pollutant or failing inside.
 */
final class SinglePollutantOnly {
    private SinglePollutantOnly() {
    }

    /** Adds the refusal and returns true when the file has several pollutants; false otherwise. */
    static boolean refused(RunContext context, String path, String value, String what, Findings findings) {
        if (!context.isMultiPollutant()) {
            return false;
        }
        findings.problem(new SectionInputException(path, value, what + " is not yet supported with several"
                + " pollutants (issue 16): remove " + path + " from this file with pollutants, or give the scenario"
                + " in the one-pollutant form (version 1)"));
        return true;
    }
}
