package org.airshed.scenarios.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigInteger;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.airshed.core.io.IoErrors;
import org.airshed.core.io.JsonDocuments;
import org.airshed.core.io.Problem;
import org.airshed.core.io.ScenarioInputException;
import org.airshed.core.io.SectionInput;
import org.airshed.market.ledger.AccountId;
import org.airshed.market.ledger.Cash;
import org.airshed.market.ledger.ComplianceRecord;
import org.airshed.market.ledger.ConservationReport;
import org.airshed.market.ledger.JournalAudit;
import org.airshed.market.ledger.JournalEntry;
import org.airshed.market.ledger.JournalException;
import org.airshed.market.ledger.JournalFinding;
import org.airshed.market.ledger.JournalLine;
import org.airshed.market.ledger.Ledger;
import org.airshed.market.ledger.LedgerJournal;
import org.airshed.market.ledger.MoneyTotals;
import org.airshed.market.ledger.PermitAsset;
import org.airshed.market.ledger.PermitTotals;
import org.airshed.market.ledger.Quantum;
import org.airshed.scenarios.pipeline.ResultDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code airshed ledger DIR/ledger.jsonl}: checks a market's journal and rebuilds its ledger. The
 * hash chain, then the replay entry by entry, then what a balanced journal can still hide (issues
 * beyond a vintage's cap, a holder without its compliance, a journal cut short), then the chain's
 * end against the one the run recorded in summary.json beside the journal, when there is one (one
 * there but unreadable, or recording no journal, is a problem: it is never taken for none).
 * Every problem is printed as {@code FILE:LINE: problem}; any problem exits 2. A directory a command
 * killed mid-move left half-moved is settled first (under its lock), so the two files read are one set's.
 */
@Command(name = "ledger", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Check a market's journal and rebuild its ledger: nothing made, lost or changed.",
        description = {"JOURNAL: the ledger.jsonl a run with a market section writes. Checked: the",
                "hash chain (each line's SHA-256 of the previous hash and the line), the replay",
                "of every entry, conservation, issuance against each vintage's cap, every",
                "source's compliance, the closing record, and the chain's end against",
                "summary.json in the same directory. A directory a killed command left",
                "half-moved is settled first, as the next run there would settle it.",
                "Problems are reported as FILE:LINE. Exit 0 when all hold, 2 otherwise, 1 on",
                "an internal error."})
final class LedgerCommand implements Callable<Integer> {
    private static final String SUMMARY = "summary.json";
    private static final String HASH_PATH = "$.market.journal.hash";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "JOURNAL", description = "A ledger journal (JSON lines).")
    Path file;

    @Option(names = "--balances", description = "Also print every account's balance.")
    boolean balances;

    @Mixin
    DebugOption debug;

    /**
     * The journal's directory, when a command killed while it moved its results in left them half-moved, is
     * settled first (under its lock, as the next run would), so the journal and summary.json read are one set's.
     */
    private void settle(Path directory) throws IOException {
        try {
            ResultDirectory.settle(directory);
        } catch (ResultDirectory.InUseException e) {
            throw new BadInputException("cannot check " + file + " now: " + e.getMessage(), e);
        } catch (FileSystemException e) {
            throw new BadInputException("cannot check " + file + ": a command killed while it moved its results into "
                    + directory + " left them half-moved, and they cannot be settled: " + FailureHandler.describe(e), e);
        }
    }

    @Override
    public Integer call() throws IOException {
        List<JournalEntry> entries = new ArrayList<>();
        JournalAudit.ChainCheck chain = new JournalAudit.ChainCheck();
        JournalLine[] last = new JournalLine[1];
        if (Files.isDirectory(file)) {
            throw new BadInputException(file + ": is a directory, not a journal; give the ledger.jsonl inside it"
                    + " (e.g. ./airshed ledger " + file.resolve("ledger.jsonl") + ")", null);
        }
        settle(file.toAbsolutePath().getParent());
        try {
            // Streamed: the chain is checked as lines arrive, and only the entries are kept.
            LedgerJournal.forEachLine(file, line -> {
                entries.add(line.entry());
                chain.accept(line);
                last[0] = line;
            });
        } catch (NoSuchFileException e) {
            throw new BadInputException("no such journal: " + file, e);
        } catch (JournalException e) {
            throw new BadInputException(e.getMessage(), e);
        } catch (IOException e) {
            String message = e.getMessage();
            throw new BadInputException(message != null && message.startsWith(file + ":") ? message
                    : file + ": " + IoErrors.describe(e), e);
        }
        List<JournalFinding> findings = new ArrayList<>(chain.findings());
        Ledger ledger = null;
        if (!entries.isEmpty()) {
            try {
                ledger = Ledger.rebuild(entries);
            } catch (JournalException e) {
                findings.add(new JournalFinding(e.line(), e.getMessage().substring(e.getMessage().indexOf(": ") + 2)));
            }
        }
        findings.addAll(JournalAudit.of(entries));
        String headNote = "";
        List<Problem> summaryProblems = new ArrayList<>();
        if (last[0] != null) {
            Optional<String> recorded = recordedHead(summaryProblems);
            if (recorded.isEmpty()) {
                // A summary.json that is there but broken is one of summaryProblems, never "none".
                headNote = "; its end was checked against nothing: there is no summary.json beside the journal"
                        + " recording the hash its run ended with, so a journal changed and re-chained would pass";
            } else if (!recorded.get().equals(last[0].hash())) {
                findings.add(new JournalFinding(last[0].line(), "the chain ends in " + last[0].hash()
                        + ", but summary.json beside the journal records " + recorded.get()
                        + ": this is not the journal its run wrote"));
            } else {
                headNote = "; its end matches the hash summary.json records";
            }
        }
        findings.sort(Comparator.comparingInt(JournalFinding::line));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        out.println(file + ": " + entries.size() + " entries" + (ledger != null ? " replayed" : ""));
        List<String> violations = ledger == null ? List.of() : report(ledger, out);
        findings.forEach(f -> err.println(file + ":" + f.line() + ": " + f.problem()));
        violations.forEach(v -> err.println(file + ": " + v));
        summaryProblems.forEach(err::println);
        if (!findings.isEmpty() || !violations.isEmpty() || !summaryProblems.isEmpty() || ledger == null) {
            return ExitCodes.BAD_INPUT;
        }
        out.println("  balanced: issued = held + surrendered + retired for every permit; money sums to zero");
        out.println("  complete: the hash chain holds, no vintage is issued beyond its cap, " + compliance(entries)
                + ", and the journal ends with its closing record (hash " + last[0].hash() + ")" + headNote);
        return ExitCodes.OK;
    }

    /** Whether every source complied: a complete journal may record sources that ended short. */
    private static String compliance(List<JournalEntry> entries) {
        List<ComplianceRecord> shortRecords = JournalAudit.shortfalls(entries);
        if (shortRecords.isEmpty()) {
            return "every source complied in every period";
        }
        long uncovered = 0;
        for (ComplianceRecord c : shortRecords) {
            uncovered += c.shortfall();
        }
        ComplianceRecord first = shortRecords.get(0);
        return "every source has a compliance record in every period, but NOT every source complied: "
                + shortRecords.size() + " record(s) leave emissions uncovered (" + Quantum.PERMIT.toPlainString(uncovered)
                + " in all; first " + first.holder() + " in period " + first.period() + ", short by "
                + Quantum.PERMIT.toPlainString(first.shortfall()) + ")";
    }

    /** Prints the conservation report (and balances); returns its violations. */
    private List<String> report(Ledger ledger, PrintWriter out) {
        ConservationReport report = ConservationReport.of(ledger);
        for (PermitTotals t : report.permits()) {
            PermitAsset a = t.asset();
            out.println("  " + a.pollutant() + " vintage " + a.vintage() + " zone " + a.zone() + ": issued "
                    + permits(t.issued()) + " = held " + permits(t.held()) + " + surrendered " + permits(t.surrendered())
                    + " + retired " + permits(t.retired()) + (t.isConserved() ? "" : "  NOT CONSERVED"));
        }
        for (MoneyTotals t : report.money()) {
            out.println("  " + t.currency().currency() + ": participants " + money(t.participants()) + ", external "
                    + money(t.external()) + (t.isConserved() ? "" : "  NOT ZERO"));
        }
        if (balances) {
            for (Map.Entry<AccountId, Long> e : ledger.balances().entrySet()) {
                Quantum q = e.getKey().asset() instanceof Cash ? Quantum.MONEY : Quantum.PERMIT;
                out.println("  " + e.getKey() + " " + q.toPlainString(e.getValue()));
            }
        }
        return report.violations();
    }

    /**
     * The chain's end that summary.json beside the journal records, or empty when there is no such file:
     * a journal changed and re-chained is consistent in itself, but no longer the one its run wrote. A
     * summary.json that is there but unreadable, or records no journal, is a problem in {@code problems},
     * never taken for none: breaking the file must not switch the check off.
     */
    private Optional<String> recordedHead(List<Problem> problems) {
        Path summary = file.getParent() == null ? Path.of(SUMMARY) : file.resolveSibling(SUMMARY);
        if (!Files.exists(summary, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        if (Files.isDirectory(summary)) {
            problems.add(new Problem(summary.toString(), "file", null, "is a directory, not the summary of the run"
                    + " that wrote the journal"));
            return Optional.empty();
        }
        try {
            return Optional.of(JsonDocuments.read(summary, LedgerCommand::journalHash));
        } catch (ScenarioInputException e) {
            problems.addAll(e.problems());
            return Optional.empty();
        }
    }

    /** summary.json's {@code market.journal.hash}: what the run that wrote the journal saw it end with. */
    private static String journalHash(JsonNode root, SectionInput in) {
        JsonNode hash = root.path("market").path("journal").path("hash");
        if (hash.isMissingNode()) {
            in.problem(HASH_PATH, (JsonNode) null, "is missing: this summary.json records no journal (a game's,"
                    + " or a run's without a market section), so the journal's end cannot be checked against the"
                    + " run that wrote it");
            return null;
        }
        if (!hash.isTextual() || !hash.textValue().matches("[0-9a-f]{64}")) {
            in.problem(HASH_PATH, hash, "must be the SHA-256 the run's journal ended with: 64 lowercase"
                    + " hexadecimal digits");
            return null;
        }
        return hash.textValue();
    }

    private static String permits(BigInteger units) {
        return Quantum.PERMIT.toDecimal(units).toPlainString();
    }

    private static String money(BigInteger units) {
        return Quantum.MONEY.toDecimal(units).toPlainString();
    }
}
