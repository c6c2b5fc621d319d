package org.airshed.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.UnaryOperator;
import org.airshed.scenarios.run.TestScenarios;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: {@code airshed ledger} reported "balanced" for tampering that keeps the books balanced.
 * Each forgery below must be reported with its line and exit 2 — as written (the hash chain breaks)
 * and, where the forger re-chains the hashes, by what the chain cannot hide (the cap, the compliance
 * records, the closing record, the chain's end recorded in summary.json). The chain is recomputed here
 * independently: SHA-256 of the previous hash (hex) and the line without its hash field.
 */
class LedgerTamperTest {
    private static final String GENESIS = "0".repeat(64);

    @TempDir
    Path temp;

    private Path journal;
    private List<String> lines;

    @BeforeEach
    void runTheTwoRegionMarket() throws IOException {
        String json = TestScenarios.twoRegions("{\"cap\": 120}").strip();
        json = json.substring(0, json.length() - 1) + ", \"market\": {\"allocation\": \"grandfathering\","
                + " \"mechanism\": \"equilibrium\", \"transactionCost\": 5}}";
        Path file = TestScenarios.write(temp, "market.json", json);
        Path out = temp.resolve("out");
        assertEquals(0, Cli.run("run", file.toString(), "--out", out.toString()).exitCode());
        journal = out.resolve("ledger.jsonl");
        lines = Files.readAllLines(journal);
        Cli.Result clean = Cli.run("ledger", journal.toString());
        assertEquals(0, clean.exitCode(), clean.err());
    }

    @Test
    void aPaymentMultipliedByAThousandIsReported() throws IOException {
        int line = lineWith("\"kind\":\"PAYMENT\"");
        UnaryOperator<String> forge = l -> l.replace("\"amount\":6666}", "\"amount\":6666000}");
        assertReported(edit(line, forge, false), line, "hash");
        // Re-chained, the journal is consistent again: only the chain's end in summary.json gives it away.
        assertReported(edit(line, forge, true), lines.size(), "summary.json");
    }

    @Test
    void anIssueBeyondTheCapIsReported() throws IOException {
        int line = lineWith("\"kind\":\"ISSUE\"");
        UnaryOperator<String> forge = l -> l.replaceFirst("\"amount\":(\\d+)}", "\"amount\":99$1}");
        assertReported(edit(line, forge, false), line, "hash");
        assertReported(edit(line, forge, true), line, "cap");
    }

    @Test
    void aDroppedSurrenderIsReported() throws IOException {
        int line = lineWith("\"kind\":\"SURRENDER\"");
        assertReported(drop(line, false), line, "hash");
        assertReported(drop(line, true), line, "surrender");
    }

    @Test
    void aJournalCutShortIsReported() throws IOException {
        List<String> cut = lines.subList(0, lines.size() - 2);
        Files.write(journal, cut);
        assertReported(journal, cut.size(), "closing record");
    }

    @Test
    void anEmptyFileIsReported() throws IOException {
        Files.writeString(journal, "");
        assertReported(journal, 1, "empty");
    }

    /** Review, item 1: a directory was an internal error (exit 1), not bad input naming the path. */
    @Test
    void aDirectoryIsRefusedNamingThePath() {
        Cli.Result r = Cli.run("ledger", temp.toString());
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains(temp.toString()) && r.err().contains("directory"), r.err());
        assertFalse(r.err().contains("internal error"), r.err());
    }

    /** Review, item 1: /dev/zero was read into one ever-growing line until the heap ran out. */
    @Test
    void aFileThatIsNotAJournalIsRefusedAtItsFirstLine() throws IOException {
        Path zeros = temp.resolve("zeros");
        Files.write(zeros, new byte[1 << 20]);
        assertReported(zeros, 1, "not a journal");
    }

    /** Review, item 1: a re-chained journal with no summary.json said "complete" with no word on its end. */
    @Test
    void aJournalWithoutItsSummarySaysItsEndWasCheckedAgainstNothing() throws IOException {
        Files.delete(journal.resolveSibling("summary.json"));
        Cli.Result r = Cli.run("ledger", journal.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("no summary.json beside the journal"), r.out());
    }

    /**
     * Review s7, defect 4: a summary.json that could not be read was taken for none, so the check of the
     * journal's end was silently skipped (exit 0), and a forger could switch it off by breaking the file.
     */
    @Test
    void aSummaryThatIsNotJsonIsReportedNotTakenForNone() throws IOException {
        Path summary = journal.resolveSibling("summary.json");
        Files.writeString(summary, "{\"x\":");
        assertSummaryReported(summary, "line 1");
        Files.writeString(summary, "");
        assertSummaryReported(summary, "empty");
        Files.delete(summary);
        Files.createDirectory(summary);
        assertSummaryReported(summary, "directory");
    }

    /**
     * Review s7, defect 4: a summary.json without market.journal.hash (a game's, here, copied beside
     * the journal: a game's --out now replaces a run's files whole) passed as none.
     */
    @Test
    void aSummaryWithoutTheJournalsHashIsReported() throws IOException {
        Path game = TestScenarios.write(temp, "game.json", "{\"players\": [\"A\", \"B\"], \"order\": \"lex\","
                + " \"values\": [0, 0, 10], \"rules\": [\"shapley\"]}");
        Path gameOut = temp.resolve("game-out");
        assertEquals(0, Cli.run("game", game.toString(), "--out", gameOut.toString()).exitCode());
        Path summary = journal.resolveSibling("summary.json");
        Files.copy(gameOut.resolve("summary.json"), summary, StandardCopyOption.REPLACE_EXISTING);
        assertSummaryReported(summary, "$.market.journal.hash");
        Files.writeString(summary, "{\"market\": {\"journal\": {\"hash\": 7}}}");
        assertSummaryReported(summary, "$.market.journal.hash = 7");
    }

    private void assertSummaryReported(Path summary, String where) {
        Cli.Result r = Cli.run("ledger", journal.toString());
        assertEquals(2, r.exitCode(), "exit code; out: " + r.out() + "; err: " + r.err());
        assertTrue(r.err().contains(summary + ": ") && r.err().contains(where), where + " in: " + r.err());
        assertFalse(r.out().contains("no summary.json beside the journal"), r.out());
        assertFalse(r.out().contains("balanced:"), r.out());
        assertFalse(r.hasStackTrace(), r.err());
    }

    private void assertReported(Path file, int line, String word) {
        Cli.Result r = Cli.run("ledger", file.toString());
        assertEquals(2, r.exitCode(), "exit code; out: " + r.out() + "; err: " + r.err());
        assertTrue(r.err().contains(file + ":" + line + ": "), "line " + line + " in: " + r.err());
        assertTrue(r.err().toLowerCase(java.util.Locale.ROOT).contains(word), word + " in: " + r.err());
        assertFalse(r.out().contains("balanced:"), r.out());
        assertFalse(r.hasStackTrace(), r.err());
    }

    /** The 1-based number of the first line containing {@code text}. */
    private int lineWith(String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line with " + text);
    }

    private Path edit(int line, UnaryOperator<String> forge, boolean rechain) throws IOException {
        List<String> forged = new ArrayList<>(lines);
        String before = forged.get(line - 1);
        forged.set(line - 1, forge.apply(before));
        assertFalse(before.equals(forged.get(line - 1)), "the forgery changed nothing: " + before);
        return write(forged, rechain);
    }

    private Path drop(int line, boolean rechain) throws IOException {
        List<String> forged = new ArrayList<>(lines);
        forged.remove(line - 1);
        return write(forged, rechain);
    }

    private Path write(List<String> forged, boolean rechain) throws IOException {
        Files.write(journal, rechain ? rechained(forged) : forged, StandardCharsets.UTF_8);
        return journal;
    }

    /** The lines with their hash chain recomputed, so that only the audit, not the chain, can catch a forgery. */
    static List<String> rechained(List<String> lines) {
        List<String> out = new ArrayList<>();
        String previous = GENESIS;
        for (String line : lines) {
            String bare = line.replaceFirst(",\"hash\":\"[0-9a-f]{64}\"}$", "}");
            previous = sha256(previous + bare);
            out.add(bare.substring(0, bare.length() - 1) + ",\"hash\":\"" + previous + "\"}");
        }
        return out;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
