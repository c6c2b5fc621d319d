package org.airshed.core.model;

/**
 * A point source (plant, works) in a region.
 *
 * @param baseline emissions before abatement (mass per year, ≥ 0)
 * @param curve    abatement cost curve; its maximum abatement may not exceed the baseline
 */
public record Source(String id, String region, String sector, String department, double baseline,
                     AbatementCurve curve) {
    /** Sector and department used when a file leaves them out. */
    public static final String UNSPECIFIED = "unspecified";

    public Source {
        Checks c = new Checks().notBlank("id", id).name("id", id).notBlank("region", region).name("region", region)
                .finiteNonNegative("baseline", baseline);
        // Left out, empty or blank: unspecified. Anything else is a name, taken as written.
        sector = sector == null || PaddedNames.isBlank(sector) ? UNSPECIFIED : sector;
        department = department == null || PaddedNames.isBlank(department) ? UNSPECIFIED : department;
        c.name("sector", sector).name("department", department);
        c.require(curve != null, "curve", null, "a source needs exactly one cost curve (steps, quadratic or options)");
        if (curve instanceof OptionCurve options) {
            c.require(options.baseline() == baseline, "options", options.baseline(),
                    "are sized on a baseline that is not the source's " + baseline);
        } else if (curve != null && Double.isFinite(baseline) && baseline >= 0) {
            // Checked against a valid baseline only: an invalid one is reported alone.
            double max = curve.maxAbatement();
            String field = curve instanceof StepCurve ? "steps" : "quadratic.max";
            c.require(max <= baseline * (1 + 1e-12), field, max,
                    "abatement capacity exceeds the baseline " + baseline);
        }
        c.throwIfAny();
    }
}
