package org.airshed.market.compensation;

/**
 * The policy a duties game holds coalitions to, fixed by the stand-alone profile (every region at
 * its duty). A coalition may assume that every outsider stays at its stand-alone plan. Where that
 * profile already breaks a receptor limit or the cap, no coalition may make it worse: the effective
 * limit is max(limit, stand-alone concentration), the effective cap max(cap, stand-alone emissions).
 * The stand-alone profile then meets the effective policy, so every coalition can at least copy it
 * and v({i}) = 0.
 *
 * @param receptors       player index of each receptor with a written limit, in region order
 * @param limit           the written limits (concentration)
 * @param standalone      each receptor's concentration in the stand-alone profile
 * @param effective       the limits in force: max(limit, standalone)
 * @param capSlack        effective cap minus stand-alone emissions (mass, ≥ 0; +∞ without a cap)
 * @param writtenCapSlack written cap minus stand-alone emissions (mass, may be negative; +∞ without a cap)
 */
record PolicyInForce(int[] receptors, double[] limit, double[] standalone, double[] effective, double capSlack,
                     double writtenCapSlack) {

    static PolicyInForce of(RegionFacts facts, double[] standaloneAbatement) {
        int n = facts.size();
        double emissions = 0;
        double[] emitted = new double[n];
        for (int i = 0; i < n; i++) {
            emitted[i] = facts.baselineEmissions()[i] - standaloneAbatement[i];
            emissions += emitted[i];
        }
        int[] receptors = facts.receptors();
        double[] limit = new double[receptors.length];
        double[] standalone = new double[receptors.length];
        double[] effective = new double[receptors.length];
        for (int k = 0; k < receptors.length; k++) {
            int j = receptors[k];
            double z = facts.background()[j];
            for (int i = 0; i < n; i++) {
                z += facts.transfer()[j][i] * emitted[i];
            }
            limit[k] = facts.limit()[j];
            standalone[k] = z;
            effective[k] = Math.max(limit[k], z);
        }
        double cap = facts.cap();
        double written = Double.isNaN(cap) ? Double.POSITIVE_INFINITY : cap - emissions;
        return new PolicyInForce(receptors, limit, standalone, effective, Math.max(written, 0), written);
    }

    /** True when the stand-alone profile breaks some written limit (beyond rounding) or the cap. */
    boolean relaxed() {
        if (writtenCapSlack < 0) {
            return true;
        }
        for (int k = 0; k < limit.length; k++) {
            if (exceeds(k)) {
                return true;
            }
        }
        return false;
    }

    /** True when the stand-alone profile leaves receptor k above its written limit, beyond rounding. */
    boolean exceeds(int k) {
        return standalone[k] > limit[k] + ReceptorOutcome.RELATIVE_TOLERANCE * Math.max(1, Math.abs(limit[k]));
    }
}
