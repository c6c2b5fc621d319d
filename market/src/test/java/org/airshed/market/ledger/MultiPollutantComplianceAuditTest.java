package org.airshed.market.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The audit of a two-pollutant journal read as text (SO2 and NOx capped, holders a and b): one
 * compliance record per holder, pollutant and period, each against its own pollutant's surrender. A
 * record summing the pollutants, a missing or doubled one, or one with another pollutant's amount is
 * refused (issue 16: before it, a summed record passed and a per-pollutant one did not parse).
 */
class MultiPollutantComplianceAuditTest {
    private static final String SO2 = "{\"type\":\"permit\",\"pollutant\":\"SO2\",\"vintage\":2025,\"zone\":\"all\"}";
    private static final String NOX = "{\"type\":\"permit\",\"pollutant\":\"NOx\",\"vintage\":2025,\"zone\":\"all\"}";

    /** The journal as a two-pollutant market writes it, line by line. */
    private static List<String> journal() {
        List<String> lines = new ArrayList<>();
        for (String holder : List.of("regulator", "brokers", "a", "b")) {
            lines.add("{\"type\":\"open\",\"holder\":\"" + holder + "\",\"asset\":{\"type\":\"cash\",\"currency\":\"CNY\"},"
                    + "\"creditLimit\":\"unlimited\"}");
        }
        lines.add(cap("SO2", 100_000));
        lines.add(issue("SO2", SO2, "a", 60_000));
        lines.add(issue("SO2", SO2, "b", 40_000));
        lines.add(cap("NOx", 50_000));
        lines.add(issue("NOx", NOX, "a", 30_000));
        lines.add(issue("NOx", NOX, "b", 20_000));
        for (String holder : List.of("a", "b")) {
            long so2 = holder.equals("a") ? 60_000 : 40_000;
            lines.add(surrender("SO2", SO2, holder, so2));
            lines.add(compliance(holder, "SO2", so2, so2));
            lines.add(surrender("NOx", NOX, holder, so2 / 2));
            lines.add(compliance(holder, "NOx", so2 / 2, so2 / 2));
        }
        lines.add("{\"type\":\"close\",\"entries\":" + lines.size() + ",\"periods\":1,\"exempt\":[\"brokers\","
                + "\"regulator\"],\"complying\":2}");
        return lines;
    }

    @Test
    void aRecordPerHolderAndPollutantIsComplete() {
        assertEquals(List.of(), audit(journal()));
    }

    @Test
    void aRecordSummingThePollutantsIsRefused() {
        List<String> lines = journal();
        int so2 = find(lines, compliance("a", "SO2", 60_000, 60_000));
        int nox = find(lines, compliance("a", "NOx", 30_000, 30_000));
        // The journal as issue 16 found it: one surrender with both pollutants' legs, one record summing them.
        lines.set(so2 - 1, "{\"type\":\"transaction\",\"id\":\"surrender-p0-a\",\"movements\":[" + leg(SO2, "a", 60_000)
                + "," + leg(NOX, "a", 30_000) + "]}");
        lines.set(so2, "{\"type\":\"compliance\",\"holder\":\"a\",\"period\":0,\"maxVintage\":2025,\"emissions\":90000,"
                + "\"surrendered\":90000,\"shortfall\":0,\"transaction\":\"surrender-p0-a\"}");
        lines.remove(nox);
        lines.remove(nox - 1);
        lines.set(lines.size() - 1, lines.get(lines.size() - 1).replace("\"entries\":18", "\"entries\":16"));
        assertFound(lines, "names no pollutant");
        assertFound(lines, "a has no compliance record for NOx in period 0");
    }

    @Test
    void aMissingPollutantRecordIsFound() {
        List<String> lines = journal();
        lines.remove(find(lines, compliance("b", "NOx", 20_000, 20_000)));
        lines.set(lines.size() - 1, lines.get(lines.size() - 1).replace("\"entries\":18", "\"entries\":17"));
        assertFound(lines, "b has no compliance record for NOx in period 0");
        assertFound(lines, "surrender-p0-NOx-b has no compliance record");
    }

    @Test
    void aDoubledPollutantRecordIsFound() {
        List<String> lines = journal();
        int so2 = find(lines, compliance("a", "SO2", 60_000, 60_000));
        lines.add(so2 + 1, lines.get(so2));
        lines.set(lines.size() - 1, lines.get(lines.size() - 1).replace("\"entries\":18", "\"entries\":19"));
        assertFound(lines, "a second compliance record for a, SO2, in period 0");
    }

    @Test
    void aRecordWithTheWrongAmountOrPollutantIsFound() {
        List<String> lines = journal();
        int so2 = find(lines, compliance("a", "SO2", 60_000, 60_000));
        lines.set(so2, compliance("a", "SO2", 90_000, 90_000));
        assertFound(lines, "hands in");
        List<String> swapped = journal();
        int nox = find(swapped, compliance("b", "NOx", 20_000, 20_000));
        // b's NOx surrender hands in SO2 permits: the amount matches, the pollutant does not.
        swapped.set(nox - 1, surrender("NOx", SO2, "b", 20_000));
        assertFound(swapped, "hands in 20.000 of SO2");
        List<String> uncapped = journal();
        int record = find(uncapped, compliance("b", "NOx", 20_000, 20_000));
        uncapped.set(record, uncapped.get(record).replace("\"NOx\"", "\"VOC\""));
        assertFound(uncapped, "no cap record for VOC");
    }

    private static List<JournalFinding> audit(List<String> lines) {
        return JournalAudit.of(LedgerJournal.parse("two-pollutants.jsonl", String.join("\n", lines) + "\n"));
    }

    private static void assertFound(List<String> lines, String words) {
        List<JournalFinding> findings = audit(lines);
        assertTrue(findings.stream().anyMatch(f -> f.problem().contains(words)), words + " in " + findings);
    }

    private static int find(List<String> lines, String line) {
        int i = lines.indexOf(line);
        assertTrue(i >= 0, line);
        return i;
    }

    private static String cap(String pollutant, long issuable) {
        return "{\"type\":\"cap\",\"pollutant\":\"" + pollutant + "\",\"vintage\":2025,\"cap\":" + issuable / 1000
                + ",\"quantum\":0.001,\"rounding\":\"down\",\"issuable\":" + issuable + ",\"released\":0}";
    }

    private static String issue(String pollutant, String asset, String holder, long amount) {
        return "{\"type\":\"transaction\",\"id\":\"issue-" + pollutant + "-2025-" + holder + "\",\"movements\":[{\"kind\":"
                + "\"ISSUE\",\"asset\":" + asset + ",\"from\":\"@issuer\",\"to\":\"" + holder + "\",\"amount\":" + amount
                + "}]}";
    }

    private static String surrender(String pollutant, String asset, String holder, long amount) {
        return "{\"type\":\"transaction\",\"id\":\"surrender-p0-" + pollutant + "-" + holder + "\",\"movements\":["
                + leg(asset, holder, amount) + "]}";
    }

    private static String leg(String asset, String holder, long amount) {
        return "{\"kind\":\"SURRENDER\",\"asset\":" + asset + ",\"from\":\"" + holder + "\",\"to\":\"@surrendered\","
                + "\"amount\":" + amount + "}";
    }

    private static String compliance(String holder, String pollutant, long emissions, long surrendered) {
        return "{\"type\":\"compliance\",\"holder\":\"" + holder + "\",\"pollutant\":\"" + pollutant + "\",\"period\":0,"
                + "\"maxVintage\":2025,\"emissions\":" + emissions + ",\"surrendered\":" + surrendered + ",\"shortfall\":0,"
                + "\"transaction\":\"surrender-p0-" + pollutant + "-" + holder + "\"}";
    }
}
