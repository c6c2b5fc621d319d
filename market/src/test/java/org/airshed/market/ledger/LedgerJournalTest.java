package org.airshed.market.ledger;

import static org.airshed.market.ledger.LedgerFixtures.AH_CNY;
import static org.airshed.market.ledger.LedgerFixtures.AH_SO2;
import static org.airshed.market.ledger.LedgerFixtures.CNY;
import static org.airshed.market.ledger.LedgerFixtures.EXCHANGE_CNY;
import static org.airshed.market.ledger.LedgerFixtures.JS_CNY;
import static org.airshed.market.ledger.LedgerFixtures.JS_SO2;
import static org.airshed.market.ledger.LedgerFixtures.SO2;
import static org.airshed.market.ledger.LedgerPermitTest.assertApplied;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The journal as JSON lines: exact round trips, and bad lines reported with file, line, field and value. */
class LedgerJournalTest {
    private static final String OPEN_AH = "{\"type\":\"open\",\"holder\":\"AH\",\"asset\":{\"type\":\"permit\","
            + "\"pollutant\":\"SO2\",\"vintage\":2025,\"zone\":\"north\"},\"creditLimit\":0}";
    private static final String OPEN_JS = OPEN_AH.replace("\"AH\"", "\"JS\"");
    private static final String ISSUE = "{\"type\":\"transaction\",\"id\":\"i1\",\"movements\":[{\"kind\":\"ISSUE\","
            + "\"asset\":{\"type\":\"permit\",\"pollutant\":\"SO2\",\"vintage\":2025,\"zone\":\"north\"},"
            + "\"from\":\"@issuer\",\"to\":\"AH\",\"amount\":1500}]}";

    @TempDir
    Path dir;

    private Ledger ledger = LedgerFixtures.openLedger();

    @AfterEach
    void nothingCreatedOrLost() {
        Conservation.assertConserved(ledger);
    }

    @Test
    void writesOneEntryPerLineInAFixedLayout() {
        ledger = new Ledger();
        assertApplied(ledger.open(AH_SO2));
        assertApplied(ledger.open(AccountId.of("fund", CNY), AccountOpening.UNLIMITED_CREDIT));
        assertApplied(ledger.apply("i1", Movement.issue(AH_SO2, 1500)));
        List<String> canonical = List.of(OPEN_AH, "{\"type\":\"open\",\"holder\":\"fund\",\"asset\":{\"type\":\"cash\","
                + "\"currency\":\"CNY\"},\"creditLimit\":\"unlimited\"}", ISSUE);
        StringBuilder expected = new StringBuilder();
        String previous = JournalChain.GENESIS;
        for (String line : canonical) {
            previous = sha256(previous + line);
            expected.append(line, 0, line.length() - 1).append(",\"hash\":\"").append(previous).append("\"}\n");
        }
        assertEquals(expected.toString(), LedgerJournal.toJsonLines(ledger.journal()));
        for (int i = 0; i < canonical.size(); i++) {
            assertEquals(canonical.get(i), LedgerJournal.toJsonLine(ledger.journal().get(i)));
        }
    }

    /** The chain as its definition states it, independently of JournalChain: SHA-256 in hex. */
    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aWrittenJournalRebuildsTheLedgerExactly() throws IOException {
        AccountId anhui = AccountId.of("安徽 \"AH\"", CNY);
        assertApplied(ledger.open(anhui, 1_000_000));
        assertApplied(ledger.open(AccountId.of("fund", CNY), AccountOpening.UNLIMITED_CREDIT));
        assertApplied(ledger.apply("i1", Movement.issue(AH_SO2, 10_000), Movement.issue(JS_SO2, 2_000)));
        assertApplied(ledger.apply("d1", Movement.deposit(JS_CNY, 900_000)));
        assertApplied(ledger.apply("trade-1", Movement.transfer(AH_SO2, JS_SO2, 2_500),
                Movement.payment(JS_CNY, AH_CNY, 500_000), Movement.fee(JS_CNY, EXCHANGE_CNY, 2_500)));
        assertApplied(ledger.apply("c1", Movement.payment(anhui, AH_CNY, 1_000_000)));
        assertApplied(ledger.apply("s1", Movement.surrender(JS_SO2, 4_000), Movement.retire(AH_SO2, 500)));
        assertApplied(ledger.apply("w1", Movement.withdrawal(AH_CNY, 1_500_000)));
        Path file = dir.resolve("ledger/journal.jsonl");
        LedgerJournal.write(file, ledger);

        List<JournalEntry> read = LedgerJournal.read(file);
        assertEquals(ledger.journal(), read);
        Ledger rebuilt = Ledger.rebuild(read);
        assertEquals(ledger.balances(), rebuilt.balances());
        assertEquals(ledger.balances(), LedgerJournal.load(file).balances());
        assertEquals(Files.readString(file), LedgerJournal.toJsonLines(rebuilt.journal()));
        Path again = dir.resolve("again.jsonl");
        LedgerJournal.write(again, rebuilt);
        assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(again));
        assertEquals(ledger.journalSize(), Files.readAllLines(file).size());
    }

    /** The hand-built writer against the JSON reader: any holder name comes back as written. */
    @Test
    void namesWithAnyCharactersRoundTripThroughTheWriter() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(21);
        String alphabet = "aZ09 \"\\/\n\t\r\b\f\u0001\u001fé安徽\uD83D\uDE00-_.:";
        Ledger names = new Ledger();
        for (int k = 0; k < 300; k++) {
            StringBuilder name = new StringBuilder("h");
            for (int c = random.nextInt(12); c > 0; c--) {
                int at = random.nextInt(alphabet.length());
                char ch = alphabet.charAt(at);
                name.append(Character.isHighSurrogate(ch) ? alphabet.substring(at, at + 2)
                        : Character.isLowSurrogate(ch) ? "x" : String.valueOf(ch));
            }
            name.append('h');
            names.open(AccountId.of(name.toString(), CNY));
        }
        String text = LedgerJournal.toJsonLines(names.journal());
        assertEquals(names.journal(), LedgerJournal.parse("names", text));
        ledger = names;
    }

    @Test
    void anEmptyJournalIsAnEmptyLedger() throws IOException {
        Path file = dir.resolve("empty.jsonl");
        LedgerJournal.write(file, List.of());
        assertEquals(0, Files.size(file));
        assertEquals(List.of(), LedgerJournal.load(file).accounts());
    }

    static Stream<Arguments> badLines() {
        return Stream.of(
                Arguments.of("{\"type\":\"open\"", "not valid JSON", "{\"type\":\"open\""),
                Arguments.of("[1,2]", "$ must be an object", "[1,2]"),
                Arguments.of("{\"type\":\"shut\"}", "$.type must be \"open\", \"transaction\"", "\"shut\""),
                Arguments.of("{\"type\":\"close\"}", "$.entries is missing", null),
                Arguments.of(OPEN_AH.substring(0, OPEN_AH.length() - 1) + ",\"hash\":\"abc\"}", "$.hash must be 64 lowercase hexadecimal",
                        "\"abc\""),
                Arguments.of(OPEN_AH.replace("\"zone\"", "\"zon\""), "$.asset.zon is not a known key", "\"north\""),
                Arguments.of(OPEN_AH.replace("\"zone\"", "\"zo.ne\""), "$.asset['zo.ne'] is not a known key",
                        "\"north\""),
                Arguments.of(OPEN_AH.replace(",\"creditLimit\":0", ""), "$.creditLimit is missing", null),
                Arguments.of(OPEN_AH.replace("\"creditLimit\":0", "\"creditLimit\":-5"),
                        "$.creditLimit must be a whole number", "-5"),
                Arguments.of(OPEN_AH.replace("\"AH\"", "\"@boss\""), "$.holder is invalid", "\"@boss\""),
                Arguments.of(OPEN_AH.replace("2025", "\"2025\""), "$.asset.vintage must be a whole number", "\"2025\""),
                Arguments.of(OPEN_AH.replace("\"permit\"", "\"bond\""), "$.asset.type must be", "\"bond\""),
                Arguments.of(OPEN_AH.replace("\"holder\":\"AH\"", "\"holder\":\"AH\",\"holder\":\"JS\""),
                        "not valid JSON (duplicate key 'holder' in the same object)", null),
                Arguments.of(ISSUE.replace("1500", "1.5"), "$.movements[0].amount must be a whole number", "1.5"),
                Arguments.of(ISSUE.replace("1500", "0"), "$.movements[0].amount must be a whole number of ledger "
                        + "units from 1", "0"),
                Arguments.of(ISSUE.replace("1500", "99999999999999999999"), "$.movements[0].amount",
                        "99999999999999999999"),
                Arguments.of(ISSUE.replace("ISSUE", "GIFT"), "$.movements[0].kind must be one of [ISSUE", "\"GIFT\""),
                Arguments.of(ISSUE.replace("\"@issuer\"", "7"), "$.movements[0].from must be a string", "7"),
                Arguments.of(ISSUE.replace("\"i1\"", "\" \""), "$.id is invalid", "\" \""),
                Arguments.of(ISSUE + " x", "not valid JSON", ISSUE + " x"),
                Arguments.of("", "blank line", ""));
    }

    @ParameterizedTest
    @MethodSource("badLines")
    void aBadLineIsReportedWithFileLineFieldAndValue(String badLine, String problem, String value) throws IOException {
        Path file = dir.resolve("bad.jsonl");
        Files.writeString(file, OPEN_AH + "\n" + OPEN_JS + "\n" + badLine + "\n" + ISSUE + "\n");
        JournalException e = assertThrows(JournalException.class, () -> LedgerJournal.read(file));
        assertTrue(e.getMessage().startsWith(file + ":3: "), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
        assertEquals(file.toString(), e.source());
        assertEquals(3, e.line());
        if (value != null) {
            assertEquals(value, e.value());
            assertTrue(e.getMessage().contains(value), e.getMessage());
        }
    }

    @Test
    void anEntryThatDoesNotReplayIsReportedWithItsLine() throws IOException {
        Path file = dir.resolve("overdrawn.jsonl");
        String transfer = "{\"type\":\"transaction\",\"id\":\"t1\",\"movements\":[{\"kind\":\"TRANSFER\",\"asset\":"
                + "{\"type\":\"permit\",\"pollutant\":\"SO2\",\"vintage\":2025,\"zone\":\"north\"},"
                + "\"from\":\"AH\",\"to\":\"JS\",\"amount\":1501}]}";
        Files.writeString(file, OPEN_AH + "\n" + OPEN_JS + "\n" + ISSUE + "\n" + transfer + "\n");
        JournalException overdraft = assertThrows(JournalException.class, () -> LedgerJournal.load(file));
        assertTrue(overdraft.getMessage().startsWith(file + ":4: entry does not replay: OVERDRAFT"),
                overdraft.getMessage());

        Files.writeString(file, OPEN_AH + "\n" + ISSUE + "\n" + ISSUE + "\n");
        JournalException duplicate = assertThrows(JournalException.class, () -> LedgerJournal.load(file));
        assertTrue(duplicate.getMessage().startsWith(file + ":3: entry does not replay: DUPLICATE_IGNORED"),
                duplicate.getMessage());

        JournalException inMemory = assertThrows(JournalException.class,
                () -> Ledger.rebuild(List.of(Transaction.of("i1", Movement.issue(AH_SO2, 1)))));
        assertTrue(inMemory.getMessage().startsWith("journal:1: entry does not replay: UNKNOWN_ACCOUNT"),
                inMemory.getMessage());
    }

    @Test
    void aFileThatIsNotUtf8IsAnIoErrorNamingIt() throws IOException {
        Path file = dir.resolve("latin1.jsonl");
        Files.write(file, OPEN_AH.replace("AH", "Zürich").getBytes(StandardCharsets.ISO_8859_1));
        IOException e = assertThrows(IOException.class, () -> LedgerJournal.read(file));
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("UTF-8"), e.getMessage());
    }

    @Test
    void identicalRunsWriteIdenticalBytes() throws IOException {
        Path first = dir.resolve("first.jsonl");
        Path second = dir.resolve("second.jsonl");
        LedgerJournal.write(first, scriptedRun());
        LedgerJournal.write(second, scriptedRun());
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    }

    private static Ledger scriptedRun() {
        Ledger run = LedgerFixtures.openLedger();
        run.apply("i1", Movement.issue(AH_SO2, 700));
        run.apply("t1", Movement.transfer(AH_SO2, JS_SO2, 300));
        run.apply("s1", Movement.surrender(JS_SO2, 300));
        Conservation.assertConserved(run);
        assertEquals(300, run.balance(AccountId.surrendered(SO2)));
        return run;
    }

    /** Review, item 1: a line is read up to a bound, then refused at FILE:LINE instead of filling the heap. */
    @Test
    void aLineLongerThanTheBoundIsRefusedWithItsLine() throws IOException {
        Path file = dir.resolve("long.jsonl");
        Files.writeString(file, "{" + "x".repeat(5000) + "\n", StandardCharsets.UTF_8);
        JournalException e = assertThrows(JournalException.class,
                () -> LedgerJournal.forEachLine(file, 1000, line -> { }));
        assertTrue(e.getMessage().startsWith(file + ":1: "), e.getMessage());
        assertTrue(e.getMessage().contains("longer than 1000"), e.getMessage());
    }

    /**
     * Review s7, defect 5: the decoder read ahead in blocks, so a byte that is not UTF-8 on line 1500
     * was reported at line 1393, one on line 300 at line 1. The line, the byte and its place in the file.
     */
    @ParameterizedTest
    @ValueSource(ints = {1, 300, 1500, 2000})
    void aByteThatIsNotUtf8IsReportedAtItsOwnLine(int bad) throws IOException {
        Path file = dir.resolve("bad-byte.jsonl");
        ByteArrayOutputStream journal = new ByteArrayOutputStream();
        long offset = -1;
        for (int i = 1; i <= 2000; i++) {
            String line = OPEN_AH.replace("\"AH\"", "\"H" + i + "\"") + "\n";
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            if (i == bad) {
                int at = line.indexOf("H" + i);
                bytes[at] = (byte) 0xE9;
                offset = journal.size() + at;
            }
            journal.write(bytes);
        }
        Files.write(file, journal.toByteArray());
        IOException e = assertThrows(IOException.class, () -> LedgerJournal.forEachLine(file, line -> { }));
        assertTrue(e.getMessage().startsWith(file + ":" + bad + ": not UTF-8 text"), e.getMessage());
        assertTrue(e.getMessage().contains("0xE9") && e.getMessage().contains("byte " + (offset + 1) + " of the file"),
                e.getMessage());
    }

    /** A multi-byte character cut off by the end of the file is reported on the last line. */
    @Test
    void aCharacterCutOffByTheEndOfTheFileIsReportedOnTheLastLine() throws IOException {
        Path file = dir.resolve("cut.jsonl");
        byte[] text = (OPEN_AH + "\n" + OPEN_JS + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Arrays.copyOf(text, text.length + 1);
        bytes[text.length] = (byte) 0xC3;
        Files.write(file, bytes);
        IOException e = assertThrows(IOException.class, () -> LedgerJournal.forEachLine(file, line -> { }));
        assertTrue(e.getMessage().startsWith(file + ":3: not UTF-8 text"), e.getMessage());
        assertTrue(e.getMessage().contains("0xC3") && e.getMessage().contains("byte " + bytes.length + " of the file"),
                e.getMessage());
    }

    /**
     * Review s7, slips of defect 7: a NaN amount was "not valid JSON (Non-standard token 'NaN': enable
     * `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow)", Jackson's advice to its own users.
     */
    @ParameterizedTest
    @ValueSource(strings = {"NaN", "Infinity", "-Infinity", "+Infinity"})
    void aNumberTheJournalDoesNotAllowIsNamedWithItsLineAndField(String token) {
        String issue = ISSUE.replace("\"amount\":1500", "\"amount\":" + token);
        JournalException e = assertThrows(JournalException.class,
                () -> LedgerJournal.parse("j.jsonl", OPEN_AH + "\n" + issue + "\n"));
        assertTrue(e.getMessage().startsWith("j.jsonl:2: $.movements[0].amount is not a number the journal format"
                + " allows"), e.getMessage());
        assertTrue(e.getMessage().endsWith("; got " + token), e.getMessage());
        assertEquals(token, e.value());
        for (String internal : List.of("JsonReadFeature", "enable", "`", "Non-standard")) {
            assertFalse(e.getMessage().contains(internal), internal + " in: " + e.getMessage());
        }
        String odd = OPEN_AH.replace("\"creditLimit\":0", "\"credit.limit\":" + token);
        JournalException atOdd = assertThrows(JournalException.class, () -> LedgerJournal.parse("j.jsonl", odd));
        assertTrue(atOdd.getMessage().startsWith("j.jsonl:1: $['credit.limit'] is not a number"), atOdd.getMessage());
        String limit = OPEN_AH.replace("\"creditLimit\":0", "\"creditLimit\":" + token);
        JournalException atLimit = assertThrows(JournalException.class, () -> LedgerJournal.parse("j.jsonl", limit));
        assertTrue(atLimit.getMessage().startsWith("j.jsonl:1: $.creditLimit is not a number"), atLimit.getMessage());
    }
}
