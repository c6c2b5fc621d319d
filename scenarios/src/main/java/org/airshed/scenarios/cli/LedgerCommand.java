package org.airshed.scenarios.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.airshed.market.ledger.AccountId;
import org.airshed.market.ledger.Cash;
import org.airshed.market.ledger.ConservationReport;
import org.airshed.market.ledger.JournalException;
import org.airshed.market.ledger.Ledger;
import org.airshed.market.ledger.LedgerJournal;
import org.airshed.market.ledger.MoneyTotals;
import org.airshed.market.ledger.PermitAsset;
import org.airshed.market.ledger.PermitTotals;
import org.airshed.market.ledger.Quantum;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code airshed ledger DIR/ledger.jsonl}: rebuilds a market's ledger from its journal, entry by
 * entry, and prints the conservation report (and with {@code --balances} every account).
 */
@Command(name = "ledger", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Rebuild a market's ledger from its journal and check that nothing was created or lost.",
        description = {"JOURNAL: the ledger.jsonl a run with a market section writes. Every entry is replayed;",
                "a line that does not parse or does not replay is reported as FILE:LINE.",
                "Exit 0 when the ledger balances, 2 on a bad journal or an unbalanced ledger."})
final class LedgerCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "JOURNAL", description = "A ledger journal (JSON lines).")
    Path file;

    @Option(names = "--balances", description = "Also print every account's balance.")
    boolean balances;

    @Mixin
    DebugOption debug;

    @Override
    public Integer call() throws IOException {
        Ledger ledger;
        try {
            ledger = LedgerJournal.load(file);
        } catch (NoSuchFileException e) {
            throw new BadInputException("no such journal: " + file, e);
        } catch (JournalException e) {
            throw new BadInputException(e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        ConservationReport report = ConservationReport.of(ledger);
        out.println(file + ": " + ledger.journalSize() + " entries replayed");
        for (PermitTotals t : report.permits()) {
            PermitAsset a = t.asset();
            out.println("  " + a.pollutant() + " vintage " + a.vintage() + " zone " + a.zone() + ": issued "
                    + units(t.issued(), Quantum.PERMIT.decimals()) + " = held " + units(t.held(), Quantum.PERMIT.decimals())
                    + " + surrendered " + units(t.surrendered(), Quantum.PERMIT.decimals()) + " + retired "
                    + units(t.retired(), Quantum.PERMIT.decimals()) + (t.isConserved() ? "" : "  NOT CONSERVED"));
        }
        for (MoneyTotals t : report.money()) {
            out.println("  " + t.currency().currency() + ": participants " + units(t.participants(), Quantum.MONEY.decimals())
                    + ", outside " + units(t.external(), Quantum.MONEY.decimals()) + (t.isConserved() ? "" : "  NOT ZERO"));
        }
        if (balances) {
            for (Map.Entry<AccountId, Long> e : ledger.balances().entrySet()) {
                boolean money = e.getKey().asset() instanceof Cash;
                out.println("  " + e.getKey() + " " + (money ? Quantum.MONEY.toPlainString(e.getValue())
                        : Quantum.PERMIT.toPlainString(e.getValue())));
            }
        }
        if (!report.isConserved()) {
            PrintWriter err = spec.commandLine().getErr();
            report.violations().forEach(v -> err.println(file + ": " + v));
            return ExitCodes.BAD_INPUT;
        }
        out.println("  balanced: issued = held + surrendered + retired for every permit; money sums to zero");
        return ExitCodes.OK;
    }

    private static String units(BigInteger value, int decimals) {
        return new BigDecimal(value, decimals).toPlainString();
    }
}
