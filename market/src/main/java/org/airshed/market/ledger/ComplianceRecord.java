package org.airshed.market.ledger;

/**
 * What one holder owed and handed in for one compliance period: its emissions as permits due, what
 * the surrender transaction {@code transaction} handed in (null when it held nothing to hand in),
 * and the shortfall left. Amounts in PERMIT counts of one pollutant.
 *
 * @param pollutant  the pollutant of the permits due, in a journal with several; null in a one-pollutant
 *                   journal, whose line keeps no pollutant key (version-1 journals are unchanged)
 * @param period     compliance period (0 for a single-period market)
 * @param maxVintage the newest vintage the holder could hand in
 * @param emissions  permits due: the holder's emissions rounded to the quantum
 * @param shortfall  emissions not covered beyond rounding (0 when compliant)
 */
public record ComplianceRecord(String holder, String pollutant, int period, int maxVintage, long emissions, long surrendered,
                               long shortfall, String transaction) implements Declaration {
    /** Emissions this many counts above what was surrendered are rounding, not a shortfall. */
    public static final long ROUNDING = 2;

    public ComplianceRecord {
        Asset.requireName(holder, "holder");
        if (pollutant != null) {
            Asset.requireName(pollutant, "pollutant");
        }
        if (transaction != null) {
            Asset.requireName(transaction, "transaction");
        }
        if (period < 0 || maxVintage < 0 || emissions < 0 || surrendered < 0 || shortfall < 0) {
            throw new IllegalArgumentException("compliance of " + who(holder, pollutant) + ": period, vintage and amounts must be"
                    + " ≥ 0; got " + period + ", " + maxVintage + ", " + emissions + ", " + surrendered + ", "
                    + shortfall);
        }
        if ((transaction == null) != (surrendered == 0)) {
            throw new IllegalArgumentException("compliance of " + who(holder, pollutant) + ": a surrender transaction goes with"
                    + " permits surrendered, and none without; got " + transaction + " and " + surrendered);
        }
    }

    /** What of {@code due} permits is short when {@code handed} were handed in: beyond rounding, else 0. */
    public static long shortfall(long due, long handed) {
        return due - handed > ROUNDING ? due - handed : 0;
    }

    /** The record of a one-pollutant journal: no pollutant named. */
    public ComplianceRecord(String holder, int period, int maxVintage, long emissions, long surrendered,
                            long shortfall, String transaction) {
        this(holder, null, period, maxVintage, emissions, surrendered, shortfall, transaction);
    }

    private static String who(String holder, String pollutant) {
        return pollutant == null ? holder : holder + " (" + pollutant + ")";
    }
}
