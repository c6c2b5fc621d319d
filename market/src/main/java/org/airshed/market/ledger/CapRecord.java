package org.airshed.market.ledger;

/**
 * The cap one vintage of permits is issued under, and the issuance rule: at most the cap rounded
 * down to the ledger's quantum ({@link Quantum#PERMIT}) may be issued, plus what the market's rules
 * release above the cap (sales at a price ceiling, a cost-containment reserve). Journaled before the
 * first issue of the vintage.
 *
 * @param cap       the cap as the scenario gives it (mass)
 * @param issuable  {@code Quantum.PERMIT.floor(cap)}: the most that may be issued under the cap (PERMIT counts)
 * @param released  permits the rules issue above the cap (PERMIT counts, ≥ 0)
 */
public record CapRecord(String pollutant, int vintage, double cap, long issuable, long released)
        implements Declaration {
    /** The issuance rule, as the journal names it. */
    public static final String ROUNDING = "down";

    public CapRecord {
        Asset.requireName(pollutant, "pollutant");
        if (vintage < 0 || !Double.isFinite(cap) || cap < 0 || issuable < 0 || released < 0) {
            throw new IllegalArgumentException("cap record of " + pollutant + "/" + vintage + ": vintage, cap,"
                    + " issuable and released must be finite and ≥ 0; got " + vintage + ", " + cap + ", " + issuable
                    + ", " + released);
        }
    }

    /** The record for {@code cap} by the rule: the cap rounded down to the quantum. */
    public static CapRecord of(String pollutant, int vintage, double cap, long released) {
        return new CapRecord(pollutant, vintage, cap, Quantum.PERMIT.floor(cap), released);
    }

    /** Whether {@link #issuable} is what the rule gives for {@link #cap}. */
    public boolean followsTheRule() {
        return issuable == Quantum.PERMIT.floor(cap);
    }

    /** The most that may be issued of this vintage, every zone together (PERMIT counts). */
    public long limit() {
        return issuable + released;
    }
}
