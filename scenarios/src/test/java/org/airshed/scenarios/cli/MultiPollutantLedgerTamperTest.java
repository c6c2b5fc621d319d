package org.airshed.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16: a market with several pollutants journaled one compliance record per source summing its
 * pollutants' permits. {@code airshed ledger} now finds one record per source and capped pollutant
 * (SO2 and NOx here), and refuses, re-chained so that the hash chain hides nothing, a journal whose
 * record for one pollutant is missing, doubled, or holds the wrong amount. A version-1 journal
 * written before the change (the committed yrd-so2-market golden) is still accepted.
 */
class MultiPollutantLedgerTamperTest {

    @TempDir
    Path temp;

    private Path journal;
    private List<String> lines;

    @BeforeEach
    void runTheSmallTwoPollutantMarket() throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode tree = (ObjectNode) json.readTree(MultiPollutantCommandsTest.SMALL);
        tree.remove("compensation");
        tree.set("market", json.readTree("{\"allocation\": \"per-capita\", \"mechanism\": \"equilibrium\","
                + " \"vintage\": 2020}"));
        Path file = temp.resolve("market.json");
        Files.writeString(file, tree.toString());
        Path out = temp.resolve("out");
        Cli.Result run = Cli.run("run", file.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        journal = out.resolve("ledger.jsonl");
        lines = Files.readAllLines(journal);
        // The summary records the chain's end, which a re-chained forgery moves: only the audit is tested here.
        Files.delete(out.resolve("summary.json"));
    }

    @Test
    void eachSourceHasOneRecordPerCappedPollutant() {
        long so2 = lines.stream().filter(l -> l.contains("\"type\":\"compliance\"")
                && l.contains("\"pollutant\":\"SO2\"")).count();
        long nox = lines.stream().filter(l -> l.contains("\"type\":\"compliance\"")
                && l.contains("\"pollutant\":\"NOx\"")).count();
        long all = lines.stream().filter(l -> l.contains("\"type\":\"compliance\"")).count();
        assertEquals(List.of(3L, 3L, 6L), List.of(so2, nox, all), "three sources, SO2 and NOx capped");
        Cli.Result r = Cli.run("ledger", journal.toString());
        assertEquals(0, r.exitCode(), r.out() + r.err());
    }

    @Test
    void aMissingPollutantRecordIsRefused() throws IOException {
        List<String> forged = new ArrayList<>(lines);
        forged.remove(line("\"pollutant\":\"NOx\"") - 1);
        recount(forged, -1);
        assertRefused(forged, "no compliance record for nox in period 0");
    }

    @Test
    void aDoubledPollutantRecordIsRefused() throws IOException {
        List<String> forged = new ArrayList<>(lines);
        int record = line("\"pollutant\":\"SO2\"");
        forged.add(record, forged.get(record - 1));
        recount(forged, 1);
        assertRefused(forged, "a second compliance record");
    }

    @Test
    void aPollutantRecordWithTheWrongAmountIsRefused() throws IOException {
        List<String> forged = new ArrayList<>(lines);
        int record = line("\"pollutant\":\"NOx\"");
        forged.set(record - 1, forged.get(record - 1).replaceFirst("\"emissions\":(\\d+),\"surrendered\":(\\d+),",
                "\"emissions\":1$1,\"surrendered\":1$2,"));
        assertFalse(forged.get(record - 1).equals(lines.get(record - 1)), "the forgery changed nothing");
        assertRefused(forged, "hands in");
    }

    @Test
    void aVersionOneJournalWrittenBeforeTheChangeIsAccepted() throws IOException {
        Path golden = Path.of("src/test/golden/scenarios/yrd-so2-market/ledger.jsonl.gz");
        Path v1 = temp.resolve("v1").resolve("ledger.jsonl");
        Files.createDirectories(v1.getParent());
        try (InputStream in = new GZIPInputStream(Files.newInputStream(golden))) {
            Files.copy(in, v1);
        }
        Files.copy(golden.resolveSibling("summary.json"), v1.resolveSibling("summary.json"));
        Cli.Result r = Cli.run("ledger", v1.toString());
        assertEquals(0, r.exitCode(), r.out() + r.err());
    }

    /** The 1-based number of the first compliance line containing {@code text}. */
    private int line(String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("\"type\":\"compliance\"") && lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError("no compliance record with " + text);
    }

    /** The closing record's count of entries moved by {@code change}, as a careful forger would. */
    private static void recount(List<String> forged, int change) {
        int last = forged.size() - 1;
        String close = forged.get(last);
        int entries = Integer.parseInt(close.replaceFirst(".*\"entries\":(\\d+),.*", "$1"));
        forged.set(last, close.replace("\"entries\":" + entries + ",", "\"entries\":" + (entries + change) + ","));
    }

    private void assertRefused(List<String> forged, String words) throws IOException {
        Files.write(journal, LedgerTamperTest.rechained(forged), StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("ledger", journal.toString());
        assertEquals(2, r.exitCode(), "exit code; out: " + r.out() + "; err: " + r.err());
        assertTrue(r.err().toLowerCase(java.util.Locale.ROOT).contains(words), words + " in: " + r.err());
        assertTrue(r.err().contains(journal + ":"), "the file and line in: " + r.err());
        assertFalse(r.hasStackTrace(), r.err());
    }
}
