package org.airshed.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import org.airshed.scenarios.pipeline.InjectedMoves;
import org.airshed.scenarios.pipeline.ResultDirectory;
import org.airshed.scenarios.pipeline.ResultFile;
import org.airshed.scenarios.pipeline.ResultMoves;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * s10 owninputs (killed mid-write): `ledger DIR/ledger.jsonl` takes no lock, so it read a set a killed
 * run left half-moved as it stood: the new journal moved in, summary.json (moved aside first, in last)
 * not back, so it checked a journal the next command would take back out, against nothing. Like a merge
 * reading a shard's directory, it settles DIR first (under DIR's lock) when a killed command left it so,
 * then checks the set that stands.
 */
class LedgerSettlesFirstTest {
    @TempDir
    Path temp;

    @Test
    void theLedgerOfAHalfMovedDirectoryIsCheckedOnceTheEarlierSetIsBack() throws IOException {
        Path dir = temp.resolve("market");
        assertEquals(0, Cli.run("run", "yrd-so2-market", "--out", dir.toString()).exitCode());
        Path journal = dir.resolve("ledger.jsonl");
        byte[] ledger = Files.readAllBytes(journal);
        byte[] summary = Files.readAllBytes(dir.resolve("summary.json"));
        Cli.Result whole = Cli.run("ledger", journal.toString());
        assertEquals(0, whole.exitCode(), whole.err());

        // Moves: summary.json aside (1), ledger.jsonl aside (2), the new ledger.jsonl in (3), summary.json in (4).
        try (ResultDirectory d = ResultDirectory.lock(dir)) {
            InjectedMoves.use(d, InjectedMoves.killedAt(4));
            assertThrows(IOException.class, () -> d.replace(List.of(new ResultFile("ledger.jsonl", "not a journal\n"),
                    new ResultFile("summary.json", "{}")), List.of("summary.json", "ledger.jsonl"), "summary.json"));
        }
        assertTrue(Files.exists(dir.resolve(ResultMoves.EARLIER), LinkOption.NOFOLLOW_LINKS), "left half-moved");
        assertFalse(Files.exists(dir.resolve("summary.json")), "summary.json waits aside");

        Cli.Result r = Cli.run("ledger", journal.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(whole.out(), r.out(), "the earlier journal, checked against its summary.json");
        assertArrayEquals(ledger, Files.readAllBytes(journal));
        assertArrayEquals(summary, Files.readAllBytes(dir.resolve("summary.json")));
        assertFalse(Files.exists(dir.resolve(ResultMoves.EARLIER), LinkOption.NOFOLLOW_LINKS), "settled");
    }

    @Test
    void aDirectoryAnotherCommandHoldsIsNotRead() throws IOException {
        Path dir = temp.resolve("held");
        assertEquals(0, Cli.run("run", "yrd-so2-market", "--out", dir.toString()).exitCode());
        // Held by another command (this process: a second lock is refused as another's would be), its moves under way.
        ResultDirectory held = ResultDirectory.lock(dir);
        try {
            Files.createDirectory(dir.resolve(ResultMoves.EARLIER));
            Cli.Result r = Cli.run("ledger", dir.resolve("ledger.jsonl").toString());
            assertEquals(2, r.exitCode(), r.err());
            assertTrue(r.err().contains("is in use by another airshed run or sweep"), r.err());
            assertFalse(r.hasStackTrace(), r.err());
        } finally {
            held.close();
        }
    }
}
