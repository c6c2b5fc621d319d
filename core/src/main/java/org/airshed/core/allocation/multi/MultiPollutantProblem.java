package org.airshed.core.allocation.multi;

/**
 * The continuous allocation problem with several pollutants, in solver form: primitive arrays
 * (structure of arrays), built once by {@link MultiPollutantProblemBuilder}, never modified.
 *
 * <pre>
 * minimise   Σ_i C_i(a_i) − Σ_i Σ_p w_{r(i),p} a_ip
 * subject to Σ_i a_ip ≥ capRequirement[p]                        (dual λ_p ≥ 0, capped pollutants)
 *            Σ_p Σ_r T_kpr A_rp ≥ receptorRequirement[k]          (dual μ_k ≥ 0), A_rp = Σ_{i∈r} a_ip
 * </pre>
 * A source abates in one of two ways (FORMAT.md, version 2): independent convex curves per
 * pollutant (blocks or a quadratic, as in version 1), or control options o with removal
 * fractions ρ_op and annual cost c_o applied in shares x_o ≥ 0, Σ_o x_o ≤ 1, so that
 * a_ip = Σ_o x_o ρ_op e_ip and C_i = Σ_o x_o c_o. Transfer coefficients are signed (nitrate
 * titration) and per source region, so every source of region r faces the prices
 * g_rp = w_rp + λ_p + Σ_k μ_k T_kpr, and for given prices the problem decomposes by source.
 * Index conventions: pollutant p in [0, P), region r in [0, R), receptor row k in [0, K);
 * per-source-and-pollutant arrays are row-major {@code [i * P + p]}, transfer rows
 * {@code [k][p * R + r]}.
 *
 * <p>API fixed by the lead engineer for issue 16 so that the scenario side and the solver can be
 * built at the same time; the solver's engineer owns the internals below the public methods.
 */
public final class MultiPollutantProblem {
    // Internal representation: owned by the solver's engineer.

    MultiPollutantProblem() {
    }

    public static MultiPollutantProblemBuilder builder(String[] pollutantIds, String[] regionIds) {
        return new MultiPollutantProblemBuilder(pollutantIds, regionIds);
    }

    public int pollutantCount() {
        throw new UnsupportedOperationException("issue 16: solver engineer");
    }

    public int regionCount() {
        throw new UnsupportedOperationException("issue 16: solver engineer");
    }

    public int sourceCount() {
        throw new UnsupportedOperationException("issue 16: solver engineer");
    }

    /** Options of source i are the global option indices {@code optionStart(i) .. optionStart(i + 1) - 1}. */
    public int optionStart(int i) {
        throw new UnsupportedOperationException("issue 16: solver engineer");
    }

    public int receptorCount() {
        throw new UnsupportedOperationException("issue 16: solver engineer");
    }

    /** Cost of source i at abatement {@code a[i*P .. i*P+P-1]} (curves), or at the option shares (options). */
    public double sourceCost(int i, double[] abatement, double[] optionShares) {
        throw new UnsupportedOperationException("issue 16: solver engineer");
    }
}
