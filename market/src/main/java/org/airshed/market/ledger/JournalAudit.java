package org.airshed.market.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a balanced journal can still hide, checked entry by entry: the hash chain
 * ({@link #chain}), and ({@link #of}) that no vintage is issued beyond its declared cap, that every
 * complying holder has one compliance record per period (per capped pollutant and period when the
 * journal caps several) whose surrender transaction is in the journal and hands in what the record
 * says, of the record's pollutant, and that the journal ends with its closing record and nothing
 * after it. Every problem comes with its line. One pass, hash maps: O(entries).
 */
public final class JournalAudit {
    private JournalAudit() {
    }

    /** The first line whose hash is missing or does not follow from the line before it; empty if none. */
    public static List<JournalFinding> chain(List<JournalLine> lines) {
        ChainCheck check = new ChainCheck();
        lines.forEach(check::accept);
        return check.findings();
    }

    /** The chain checked line by line as a journal streams in: only the first break is kept. */
    public static final class ChainCheck {
        private final JournalChain chain = new JournalChain();
        private final JournalBytes canonical = new JournalBytes();
        private JournalFinding broken;

        public void accept(JournalLine line) {
            if (broken != null) {
                return;
            }
            canonical.reset();
            JournalFormat.write(canonical, line.entry());
            chain.next(canonical);
            if (line.hash() == null) {
                broken = new JournalFinding(line.line(), "the line has no hash: the journal is not chained");
            } else if (!line.hash().equals(chain.head())) {
                broken = new JournalFinding(line.line(), "the hash does not follow from the lines before it:"
                        + " this line, or one before it, was changed, dropped or moved");
            }
        }

        public List<JournalFinding> findings() {
            return broken == null ? List.of() : List.of(broken);
        }
    }

    /** The declarations against the postings; entry i is line i + 1. */
    public static List<JournalFinding> of(List<? extends JournalEntry> entries) {
        Pass pass = new Pass();
        entries.forEach(pass::accept);
        return pass.findings();
    }

    /**
     * The compliance records that leave emissions uncovered (a shortfall), in journal order: a
     * journal can be complete and consistent while a source ends short, and must not be read as
     * every source having complied.
     */
    public static List<ComplianceRecord> shortfalls(List<? extends JournalEntry> entries) {
        List<ComplianceRecord> out = new ArrayList<>();
        for (JournalEntry e : entries) {
            if (e instanceof ComplianceRecord c && c.shortfall() > 0) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * The same check fed entry by entry as a ledger journals them ({@code new Ledger(audit::accept)}),
     * so that a journal kept as bytes is audited without reading it back: {@link #findings()} once
     * the journal is complete gives what {@link #of} gives on it.
     */
    public static Pass running() {
        return new Pass();
    }

    /** The state of one pass over a journal. */
    public static final class Pass {
        private int count;
        private JournalEntry last;
        /** Each closing record's line and where among the findings one about entries after it goes. */
        private final List<int[]> closings = new ArrayList<>();
        private final List<JournalFinding> findings = new ArrayList<>();
        private final Map<String, CapRecord> caps = new HashMap<>();
        private final Set<String> capped = new TreeSet<>();
        private final Map<String, Long> issued = new HashMap<>();
        private final Set<String> reported = new HashSet<>();
        private final Map<String, Surrender> surrenders = new HashMap<>();
        private final Set<String> participants = new HashSet<>();
        /**
         * Periods each holder (or holder and pollutant, {@link #key}) complied in, as bits (periods ≥ 63
         * go to the fallback set).
         */
        private final Map<String, Long> complied = new HashMap<>();
        /** The first compliance record naming no pollutant (0: none), wrong where several are capped. */
        private int unnamed;
        private final Set<String> latePeriods = new HashSet<>();

        private Pass() {
        }

        /** The next entry of the journal (line {@code count + 1}). */
        public void accept(JournalEntry entry) {
            int line = ++count;
            last = entry;
            if (entry instanceof AccountOpening opening) {
                if (opening.account().role() == AccountRole.PARTICIPANT) {
                    participants.add(opening.account().holder());
                }
            } else if (entry instanceof Transaction transaction) {
                transaction(transaction, line);
            } else if (entry instanceof CapRecord cap) {
                cap(cap, line);
            } else if (entry instanceof ComplianceRecord compliance) {
                compliance(compliance, line);
            } else {
                closing((ClosingRecord) entry, line);
            }
        }

        /** The findings on the entries accepted so far, taken as the whole journal, by line. */
        public List<JournalFinding> findings() {
            List<JournalFinding> all = new ArrayList<>(findings);
            for (int c = closings.size() - 1; c >= 0; c--) {
                int line = closings.get(c)[0];
                if (line != count) {
                    all.add(closings.get(c)[1], new JournalFinding(line, "the closing record is followed by "
                            + (count - line) + " more entries"));
                }
            }
            if (count == 0) {
                all.add(new JournalFinding(1, "the journal is empty: a market's journal declares its caps,"
                        + " records every posting and compliance, and ends with its closing record"));
                return all;
            }
            surrenders.forEach((id, s) -> all.add(new JournalFinding(s.line, "surrender " + id
                    + " has no compliance record")));
            if (unnamed > 0 && capped.size() > 1) {
                all.add(new JournalFinding(unnamed, "the compliance record names no pollutant, but the journal caps "
                        + capped + ": each holder has one record per pollutant, against that pollutant's surrender"));
            }
            if (!(last instanceof ClosingRecord)) {
                all.add(new JournalFinding(count, "the journal ends here without its closing record:"
                        + " it was cut short"));
            }
            all.sort((a, b) -> Integer.compare(a.line(), b.line()));
            return all;
        }

        private void cap(CapRecord cap, int line) {
            String key = cap.pollutant() + "/" + cap.vintage();
            capped.add(cap.pollutant());
            if (caps.putIfAbsent(key, cap) != null) {
                findings.add(new JournalFinding(line, "a second cap record for " + key));
            }
            if (!cap.followsTheRule()) {
                findings.add(new JournalFinding(line, "the cap " + JournalFormat.decimal(cap.cap()) + " rounds down"
                        + " to " + Quantum.PERMIT.floor(cap.cap()) + " permit units, but the record lets "
                        + cap.issuable() + " be issued"));
            }
        }

        private void transaction(Transaction transaction, int line) {
            Surrender surrender = null;
            for (Movement m : transaction.movements()) {
                if (m.kind() == MovementKind.ISSUE && m.to().asset() instanceof PermitAsset p) {
                    issue(p, m.amount(), line);
                } else if (m.kind() == MovementKind.SURRENDER && m.from().asset() instanceof PermitAsset p) {
                    if (surrender == null) {
                        surrender = new Surrender(m.from().holder(), p.pollutant(), line);
                    }
                    surrender.onePollutant &= surrender.pollutant.equals(p.pollutant());
                    surrender.amount += m.amount();
                    surrender.newest = Math.max(surrender.newest, p.vintage());
                    surrender.oneHolder &= surrender.holder.equals(m.from().holder());
                }
            }
            if (surrender != null) {
                surrenders.put(transaction.id(), surrender);
            }
        }

        private void issue(PermitAsset asset, long amount, int line) {
            String key = asset.pollutant() + "/" + asset.vintage();
            CapRecord cap = caps.get(key);
            if (cap == null) {
                if (reported.add(key)) {
                    findings.add(new JournalFinding(line, "permits " + key + " are issued with no cap record before"
                            + " them"));
                }
                return;
            }
            long total = issued.merge(key, amount, Math::addExact);
            if (total > cap.limit() && reported.add(key)) {
                findings.add(new JournalFinding(line, "issues bring " + key + " to " + Quantum.PERMIT.toPlainString(total)
                        + ", beyond its cap: " + JournalFormat.decimal(cap.cap()) + " rounded down to "
                        + Quantum.PERMIT.toPlainString(cap.issuable()) + (cap.released() > 0 ? " plus "
                        + Quantum.PERMIT.toPlainString(cap.released()) + " released above it" : "")));
            }
        }

        private void compliance(ComplianceRecord c, int line) {
            String pollutant = c.pollutant();
            String who = c.holder() + (pollutant == null ? "" : ", " + pollutant + ",") + " in period " + c.period();
            if (!markComplied(key(c.holder(), pollutant), c.period())) {
                findings.add(new JournalFinding(line, "a second compliance record for " + who));
            }
            if (pollutant == null) {
                unnamed = unnamed == 0 ? line : unnamed;
            } else if (!capped.contains(pollutant)) {
                findings.add(new JournalFinding(line, "the compliance of " + who + " is for " + pollutant
                        + ", with no cap record for " + pollutant + " before it"));
            }
            if (c.transaction() != null) {
                // Matched surrenders leave the map: it holds only those still waiting for their record.
                Surrender s = surrenders.remove(c.transaction());
                if (s == null) {
                    findings.add(new JournalFinding(line, "the compliance of " + who + " names surrender "
                            + c.transaction() + ", which is not in the journal before it"));
                } else {
                    boolean otherPollutant = pollutant != null && !(s.onePollutant && s.pollutant.equals(pollutant));
                    if (!s.oneHolder || !s.holder.equals(c.holder()) || s.amount != c.surrendered()
                            || s.newest > c.maxVintage() || otherPollutant) {
                        findings.add(new JournalFinding(line, "the compliance of " + who + " records "
                                + Quantum.PERMIT.toPlainString(c.surrendered()) + " surrendered of vintage ≤ "
                                + c.maxVintage() + ", but surrender " + c.transaction() + " (line " + s.line
                                + ") hands in " + Quantum.PERMIT.toPlainString(s.amount) + " of "
                                + (s.onePollutant ? s.pollutant : "several pollutants") + " from " + s.holder
                                + " up to vintage " + s.newest));
                    }
                }
            }
            long uncovered = c.emissions() - c.surrendered();
            boolean consistent = uncovered > ComplianceRecord.ROUNDING ? c.shortfall() == uncovered
                    : c.shortfall() == 0 && uncovered >= 0;
            if (!consistent) {
                findings.add(new JournalFinding(line, "the compliance of " + who + " does not add up: emissions "
                        + Quantum.PERMIT.toPlainString(c.emissions()) + ", surrendered "
                        + Quantum.PERMIT.toPlainString(c.surrendered()) + ", shortfall "
                        + Quantum.PERMIT.toPlainString(c.shortfall())));
            }
        }

        /** Whose compliance a record is: the holder's alone in a one-pollutant journal, else per pollutant. */
        private static String key(String holder, String pollutant) {
            return pollutant == null ? holder : holder + "\u0000" + pollutant;
        }

        /** Records that {@code holder} (a {@link #key}) complied in {@code period}; false if it had already. */
        private boolean markComplied(String holder, int period) {
            if (period >= Long.SIZE) {
                return latePeriods.add(holder + "\u0000" + period);
            }
            long bit = 1L << period;
            long before = complied.getOrDefault(holder, 0L);
            complied.put(holder, before | bit);
            return (before & bit) == 0;
        }

        private boolean hasComplied(String holder, int period) {
            return period >= Long.SIZE ? latePeriods.contains(holder + "\u0000" + period)
                    : (complied.getOrDefault(holder, 0L) & (1L << period)) != 0;
        }

        /**
         * Adds to {@code missing} the records {@code holder} lacks for {@code period}: one in all, or one per
         * capped pollutant when the journal caps several. True if any is missing.
         */
        private boolean missed(String holder, int period, Set<String> missing) {
            if (capped.size() <= 1) {
                boolean named = !capped.isEmpty() && hasComplied(key(holder, capped.iterator().next()), period);
                if (named || hasComplied(holder, period)) {
                    return false;
                }
                // Said without a cause: whether the surrender is there too is its own finding (a surrender without its record).
                missing.add(holder + " has no compliance record for period " + period);
                return true;
            }
            boolean any = false;
            for (String pollutant : capped) {
                if (!hasComplied(key(holder, pollutant), period)) {
                    missing.add(holder + " has no compliance record for " + pollutant + " in period " + period);
                    any = true;
                }
            }
            return any;
        }

        private void closing(ClosingRecord close, int line) {
            // Whether entries follow is known only at the end: the finding's place is kept.
            closings.add(new int[] {line, findings.size()});
            if (close.entries() != line - 1) {
                findings.add(new JournalFinding(line, "the closing record counts " + close.entries()
                        + " entries before it, but there are " + (line - 1)));
            }
            Set<String> exempt = new HashSet<>(close.exempt());
            long complying = 0;
            Set<String> missing = new TreeSet<>();
            for (String holder : participants) {
                if (exempt.contains(holder)) {
                    continue;
                }
                complying++;
                for (int p = 0; p < close.periods(); p++) {
                    if (missed(holder, p, missing)) {
                        break;
                    }
                }
            }
            if (complying != close.complying()) {
                findings.add(new JournalFinding(line, "the closing record counts " + close.complying()
                        + " complying holders, but " + complying + " participants are not exempt"));
            }
            missing.forEach(problem -> findings.add(new JournalFinding(line, problem)));
        }
    }

    /** A transaction's surrender legs: whose, of which pollutant, how much, and the newest vintage handed in. */
    private static final class Surrender {
        private final String holder;
        private final String pollutant;
        private final int line;
        private long amount;
        private int newest = -1;
        private boolean oneHolder = true;
        private boolean onePollutant = true;

        Surrender(String holder, String pollutant, int line) {
            this.holder = holder;
            this.pollutant = pollutant;
            this.line = line;
        }
    }
}
