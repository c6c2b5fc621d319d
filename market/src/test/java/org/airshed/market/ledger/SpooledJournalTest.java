package org.airshed.market.ledger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A journal spooled to disk as it is journaled, against the same operations on a ledger that keeps
 * its journal as entries in memory (a replayed ledger's list, the reference) and against
 * {@link LedgerJournal} writing the entries the ledger handed its observer: the same result for
 * every operation (repeated ids, conflicts and rejections included), the same file byte for byte,
 * the same chain head, entries and transactions by id — spilled from the first line, midway, or never.
 */
class SpooledJournalTest {
    private static final long[] MEMORY_LIMITS = {0, 1, 2_000, 20_000, Long.MAX_VALUE};

    @TempDir
    Path temp;

    @Test
    void aSpooledJournalIsTheJournalKeptInMemory() throws IOException {
        SplittableRandom random = new SplittableRandom(2027);
        for (int seed = 0; seed < 60; seed++) {
            List<Function<Ledger, LedgerResult>> operations = randomOperations(random);
            long memory = MEMORY_LIMITS[seed % MEMORY_LIMITS.length];
            String label = "seed " + seed + ", memory " + memory;
            Ledger reference = Ledger.rebuild(List.of());
            List<JournalEntry> journaled = new ArrayList<>();
            Ledger spooled = spooled(temp.resolve("seed" + seed), memory, journaled::add);
            for (Function<Ledger, LedgerResult> operation : operations) {
                assertEquals(operation.apply(reference), operation.apply(spooled), label);
            }
            assertSameJournal(reference, spooled, journaled, label);
        }
    }

    @Test
    void beyondItsMemoryTheJournalIsAFileInTheScopesDirectory() throws IOException {
        Path spool = temp.resolve("spool");
        Ledger ledger = spooled(spool, 2_000, null);
        randomOperations(new SplittableRandom(5)).forEach(operation -> operation.apply(ledger));
        List<Path> files;
        try (Stream<Path> list = Files.list(spool)) {
            files = list.toList();
        }
        assertEquals(1, files.size(), files.toString());
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        ledger.writeJournal(written);
        byte[] journal = written.toByteArray();
        byte[] file = Files.readAllBytes(files.get(0));
        // The file holds the journal but for the write buffer's last piece, which it takes when full.
        assertTrue(file.length > 0 && journal.length - file.length < 1 << 20, file.length + " of " + journal.length);
        assertArrayEquals(Arrays.copyOf(journal, file.length), file);
    }

    @Test
    void withinItsMemoryTheJournalTouchesNoDisk() {
        Path spool = temp.resolve("unused");
        Ledger ledger = spooled(spool, JournalSpool.DEFAULT_MEMORY, null);
        randomOperations(new SplittableRandom(6)).forEach(operation -> operation.apply(ledger));
        assertTrue(ledger.journalSize() > 50, ledger.journalSize() + " entries");
        assertTrue(Files.notExists(spool));
    }

    /** Regression (review): a sweep's runs left their spool files to the garbage collector, hundreds of MB at once. */
    @Test
    void aDiscardingScopeDeletesItsLedgersSpoolFilesWhenItCloses() throws IOException {
        Path spool = temp.resolve("discarded");
        JournalSpool.Scope scope = JournalSpool.discardedAtClose(spool, 2_000);
        try {
            Ledger ledger = new Ledger(null);
            randomOperations(new SplittableRandom(7)).forEach(operation -> operation.apply(ledger));
            assertEquals(1, files(spool).size());
        } finally {
            scope.close();
        }
        assertEquals(List.of(), files(spool));
    }

    private static List<Path> files(Path directory) throws IOException {
        try (Stream<Path> list = Files.list(directory)) {
            return list.toList();
        }
    }

    @Test
    void aScopeNeedsADirectoryAndAMemoryOfAtLeastZero() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JournalSpool.into(temp, -1));
        assertTrue(e.getMessage().contains("-1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> JournalSpool.into(null, 0));
    }

    /** A ledger made in a scope spooling into {@code directory} beyond {@code memory} bytes. */
    private static Ledger spooled(Path directory, long memory, Consumer<JournalEntry> observer) {
        JournalSpool.Scope scope = JournalSpool.into(directory, memory);
        try {
            return new Ledger(observer);
        } finally {
            scope.close();
        }
    }

    private static void assertSameJournal(Ledger reference, Ledger spooled, List<JournalEntry> journaled, String label)
            throws IOException {
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        String head = LedgerJournal.write(expected, journaled);
        ByteArrayOutputStream actual = new ByteArrayOutputStream();
        spooled.writeJournal(actual);
        assertArrayEquals(expected.toByteArray(), actual.toByteArray(), label);
        ByteArrayOutputStream replayed = new ByteArrayOutputStream();
        reference.writeJournal(replayed);
        assertArrayEquals(expected.toByteArray(), replayed.toByteArray(), label);
        assertEquals(head, spooled.journalHead(), label);
        assertEquals(reference.journalHead(), spooled.journalHead(), label);
        assertEquals(journaled, spooled.journal(), label);
        assertEquals(journaled, spooled.journal(), label);
        assertEquals(journaled.size(), spooled.journalSize(), label);
        for (JournalEntry entry : journaled) {
            if (entry instanceof Transaction t) {
                assertEquals(t, spooled.transaction(t.id()), label);
            }
        }
        assertNull(spooled.transaction("never"), label);
        assertEquals(reference.balances(), spooled.balances(), label);
    }

    /**
     * Openings, a cap, issues, transfers and payments, some rejected, some repeating an id (with the
     * same or other legs), ids of one to three characters so that many share their hash's low bits,
     * and at the end compliance and the closing record, after which everything is refused.
     */
    private static List<Function<Ledger, LedgerResult>> randomOperations(SplittableRandom random) {
        PermitAsset permit = new PermitAsset("SO2", 2025, "north");
        Cash cash = new Cash("CNY");
        String[] holders = {"AH", "JS", "ZJ \u00e9", "SH \"q\"", "\u6c5f\u82cf"};
        List<Function<Ledger, LedgerResult>> operations = new ArrayList<>();
        for (String h : holders) {
            operations.add(l -> l.open(AccountId.of(h, permit)));
            long credit = random.nextInt(3) * 1000L;
            operations.add(l -> l.open(AccountId.of(h, cash), credit));
        }
        operations.add(l -> l.declare(new CapRecord("SO2", 2025, 100.0005, 100_000, 0)));
        List<Transaction> made = new ArrayList<>();
        int count = 100 + random.nextInt(400);
        for (int op = 0; op < count; op++) {
            if (!made.isEmpty() && random.nextInt(8) == 0) {
                Transaction again = made.get(random.nextInt(made.size()));
                operations.add(l -> l.apply(again));
                continue;
            }
            String from = holders[random.nextInt(holders.length)];
            String to = holders[random.nextInt(holders.length)];
            long amount = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(5_000);
            String id = random.nextInt(4) == 0 ? Integer.toString(random.nextInt(op + 1), 36) : Integer.toString(op, 36);
            Transaction t = switch (random.nextInt(3)) {
                case 0 -> Transaction.of(id, Movement.issue(AccountId.of(to, permit), amount));
                case 1 -> Transaction.of(id, Movement.transfer(AccountId.of(from, permit), AccountId.of(to, permit),
                        amount));
                default -> Transaction.of(id, Movement.payment(AccountId.of(from, cash), AccountId.of(to, cash),
                        amount));
            };
            made.add(t);
            operations.add(l -> l.apply(t));
        }
        for (int h = 0; h < holders.length; h++) {
            String holder = holders[h];
            long due = random.nextInt(2_000);
            String id = "s" + h;
            operations.add(l -> {
                long held = l.balance(AccountId.of(holder, permit));
                long handed = Math.min(held, due);
                LedgerResult result = handed == 0 ? null : l.apply(id, Movement.surrender(AccountId.of(holder, permit),
                        handed));
                LedgerResult record = l.declare(new ComplianceRecord(holder, 0, 2025, due, handed,
                        due - handed > ComplianceRecord.ROUNDING ? due - handed : 0, handed > 0 ? id : null));
                return result == null || !result.isApplied() ? record : result;
            });
        }
        if (random.nextBoolean()) {
            operations.add(l -> l.declare(new ClosingRecord(l.journalSize(), 1, List.of(), holders.length)));
            operations.add(l -> l.apply("after", Movement.issue(AccountId.of("AH", permit), 1)));
        }
        return operations;
    }
}
