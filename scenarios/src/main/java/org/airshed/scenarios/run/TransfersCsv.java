package org.airshed.scenarios.run;

import java.util.List;
import org.airshed.market.compensation.CompensationReport;
import org.airshed.market.compensation.RuleReport;

/**
 * {@code transfers.csv}: one row per rule and region, money in the scenario's units.
 * {@code transfer} is what the region receives (negative: pays); {@code gain} = {@code ownSaving}
 * + {@code transfer}; {@code netGain} = {@code gain} − {@code transactionCost}, which individual
 * rationality compares with {@code standalone}. {@code inCore} and {@code inCoreNetOfTransactionCosts}
 * are the rule's (the same on each of its rows; empty when the core was not checked). An undefined
 * rule has one row per region with its status and empty numbers.
 */
final class TransfersCsv {
    static final List<String> HEADER = List.of("rule", "region", "status", "ownSaving", "transfer", "gain",
            "transactionCost", "netGain", "standalone", "individuallyRational", "inCore",
            "inCoreNetOfTransactionCosts");

    private TransfersCsv() {
    }

    static String of(CompensationReport report) {
        CsvTable table = new CsvTable(HEADER);
        List<String> players = report.players();
        double[] own = report.ownSaving();
        double[] cost = report.transactionCost();
        double[] alone = report.standalone();
        for (RuleReport rule : report.rules()) {
            for (int i = 0; i < players.size(); i++) {
                CsvTable.Row row = table.row().text(rule.name()).text(players.get(i)).text(rule.status())
                        .number(own == null ? Double.NaN : own[i]);
                if (rule.applied()) {
                    double[] transfers = rule.transfers();
                    double gain = rule.gains()[i];
                    row.number(transfers == null ? Double.NaN : transfers[i]).number(gain).number(cost[i])
                            .number(gain - cost[i]).number(alone[i])
                            .text(Boolean.toString(!rule.worseOff().contains(players.get(i))))
                            .text(flag(rule.inCore())).text(flag(rule.inCoreNet()));
                } else {
                    row.number(Double.NaN).number(Double.NaN).number(cost[i]).number(Double.NaN).number(alone[i])
                            .text("").text("").text("");
                }
                row.end();
            }
        }
        return table.text();
    }

    private static String flag(Boolean value) {
        return value == null ? "" : value.toString();
    }
}
