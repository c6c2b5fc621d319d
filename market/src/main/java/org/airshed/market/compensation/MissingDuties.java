package org.airshed.market.compensation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.airshed.core.io.SectionInputException;
import org.airshed.core.model.Region;
import org.airshed.core.study.ReadableNumbers;
import org.airshed.core.study.ScenarioProblem;
import org.airshed.core.study.multi.MultiScenarioProblem;
import org.airshed.core.util.JsonPath;

/**
 * Regions that emit but have no {@code policy.duties} entry, for the duties baseline. Its
 * stand-alone plan is each region meeting its own duty; no default duty is documented, and the
 * market's {@code duties} rule refuses the same file, so a missing entry is bad input rather than
 * a silent 0 (third review: yrd-pm25 without AH's duties gave v(N) 2.29e9 instead of 0.24e9).
 * A region without emissions needs no entry (it can only have a duty of 0), as in the market.
 */
final class MissingDuties {
    private static final String WHY = "the duties baseline of $.compensation compares cooperation with each"
            + " region meeting its own duty alone, and no duty is assumed: give it (0 for none)";

    private MissingDuties() {
    }

    /** A one-pollutant file's regions with sources emitting above 0 and no duty, each at its path. */
    static List<SectionInputException> of(ScenarioProblem own) {
        Map<String, Double> duties = own.scenario().policy().duties();
        String mass = own.scenario().units().mass();
        List<SectionInputException> problems = new ArrayList<>();
        for (Region region : own.scenario().regions()) {
            int r = own.regionIndex(region.id());
            if (r >= 0 && own.regionBaseline(r) > 0 && !duties.containsKey(region.id())) {
                problems.add(missing(JsonPath.child("$.policy.duties", region.id()), "region " + region.id()
                        + " has sources emitting " + ReadableNumbers.of(own.regionBaseline(r)) + " " + mass));
            }
        }
        return problems;
    }

    /**
     * A several-pollutant file's regions with emissions and no entry at all. Within a region's entry a
     * pollutant left out is a duty of 0 for it (MultiPolicy.duty; the project's files rely on it).
     */
    static List<SectionInputException> of(MultiScenarioProblem own) {
        Map<String, Map<String, Double>> duties = own.scenario().policy().duties();
        List<SectionInputException> problems = new ArrayList<>();
        for (int r = 0; r < own.regionCount(); r++) {
            String id = own.region(r);
            double[] emitted = new double[own.pollutantCount()];
            for (int i = 0; i < own.sourceCount(); i++) {
                for (int p = 0; p < emitted.length && own.sourceRegion(i) == r; p++) {
                    emitted[p] += own.baseline(i, p);
                }
            }
            if (!duties.containsKey(id) && positive(emitted)) {
                problems.add(missing(JsonPath.child("$.policy.duties", id), "region " + id + " has sources"));
            }
        }
        return problems;
    }

    private static boolean positive(double[] emitted) {
        for (double e : emitted) {
            if (e > 0) {
                return true;
            }
        }
        return false;
    }

    private static SectionInputException missing(String path, String fact) {
        return new SectionInputException(path, null, "is missing: " + fact + "; " + WHY);
    }
}
