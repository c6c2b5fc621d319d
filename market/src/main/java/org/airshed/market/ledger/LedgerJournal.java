package org.airshed.market.ledger;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.airshed.core.io.AtomicFiles;
import org.airshed.core.io.StrictJson;
import org.airshed.core.util.JsonPath;

/**
 * The journal as JSON lines (UTF-8, LF, one entry per line, keys in a fixed order), so equal
 * journals are identical bytes. Amounts and credit limits are whole ledger units
 * ({@link org.airshed.market.ledger.Quantum#PERMIT}, {@link org.airshed.market.ledger.Quantum#MONEY}); below, two entries are wrapped to fit:
 * <pre>
 * {"type":"open","holder":"AH","asset":{"type":"cash","currency":"CNY"},"creditLimit":0}
 * {"type":"open","holder":"AH","asset":{"type":"permit","pollutant":"SO2","vintage":2025,"zone":"north"},
 *  "creditLimit":0}
 * {"type":"transaction","id":"t1","movements":[{"kind":"ISSUE","asset":{...},"from":"@issuer","to":"AH",
 *  "amount":1500}]}
 * </pre>
 * A credit limit may also be {@code "unlimited"}. Reading is strict: an unknown or missing key, a
 * fraction, a duplicate key or a blank line is an error naming the file, line, field and value.
 */
public final class LedgerJournal {
    private static final String UNLIMITED = "unlimited";
    private static final int MAX_QUOTED = 200;
    /** How Jackson names a NaN or Infinity literal, which strict JSON refuses. */
    private static final Pattern NON_NUMERIC = Pattern.compile("Non-standard token '([^']*)'");
    private static final String HASH = "hash";
    private static final int WRITE_BUFFER = 1 << 20;
    /**
     * The longest line read, in characters: far beyond any entry a run writes (a closing record
     * naming a million exempt holders is about 20 million), far below what fills a default heap.
     */
    public static final int MAX_LINE = 64 << 20;
    private static final List<String> OPEN_KEYS = List.of("type", "holder", "asset", "creditLimit");
    private static final List<String> TRANSACTION_KEYS = List.of("type", "id", "movements");
    private static final List<String> CAP_KEYS = List.of("type", "pollutant", "vintage", "cap", "quantum", "rounding",
            "issuable", "released");
    private static final List<String> COMPLIANCE_KEYS = List.of("type", "holder", "period", "maxVintage", "emissions",
            "surrendered", "shortfall", "transaction");
    /** A record of a journal with several pollutants names its pollutant after the holder. */
    private static final List<String> POLLUTANT_COMPLIANCE_KEYS = List.of("type", "holder", "pollutant", "period",
            "maxVintage", "emissions", "surrendered", "shortfall", "transaction");
    private static final List<String> CLOSE_KEYS = List.of("type", "entries", "periods", "exempt", "complying");
    private static final List<String> MOVEMENT_KEYS = List.of("kind", "asset", "from", "to", "amount");
    private static final List<String> PERMIT_KEYS = List.of("type", "pollutant", "vintage", "zone");
    private static final List<String> CASH_KEYS = List.of("type", "currency");

    /** The project's strict reading configuration: a malformed line is refused, decimals stay as written. */
    private static final ObjectMapper MAPPER = StrictJson.MAPPER;

    private LedgerJournal() {
    }

    /** Writes {@code ledger}'s journal to {@code file}, replacing it atomically: its bytes as journaled, not read back. */
    public static void write(Path file, Ledger ledger) throws IOException {
        AtomicFiles.write(file, out -> {
            BufferedOutputStream buffered = new BufferedOutputStream(out, WRITE_BUFFER);
            ledger.writeJournal(buffered);
            buffered.flush();
        });
    }

    /** Writes {@code entries} to {@code file} with their chain hashes, streamed, replacing it atomically. */
    public static void write(Path file, List<? extends JournalEntry> entries) throws IOException {
        AtomicFiles.write(file, out -> {
            BufferedOutputStream buffered = new BufferedOutputStream(out, WRITE_BUFFER);
            write(buffered, entries);
            buffered.flush();
        });
    }

    /** Writes {@code entries} to {@code out} with their chain hashes, UTF-8; returns the chain's head. */
    public static String write(OutputStream out, List<? extends JournalEntry> entries) throws IOException {
        JournalChain chain = new JournalChain();
        JournalBytes line = new JournalBytes();
        for (JournalEntry entry : entries) {
            hashedLine(line, entry, chain);
            line.writeTo(out);
        }
        return chain.head();
    }

    /** The journal text: one line per entry, each with its chain hash and ended by LF. */
    public static String toJsonLines(List<? extends JournalEntry> entries) {
        StringBuilder text = new StringBuilder();
        JournalChain chain = new JournalChain();
        JournalBytes line = new JournalBytes();
        for (JournalEntry entry : entries) {
            hashedLine(line, entry, chain);
            text.append(line);
        }
        return text.toString();
    }

    /** The entry's written line in {@code line}: canonical text, then {@code "hash"} as its last key, then LF. */
    private static void hashedLine(JournalBytes line, JournalEntry entry, JournalChain chain) {
        line.reset();
        JournalFormat.write(line, entry);
        chain.next(line);
        line.drop(1);
        line.ascii(",\"hash\":\"").bytes(chain.headBytes()).ascii("\"}\n");
    }

    /** One entry's canonical line, without its hash and line end: what the chain hashes. */
    public static String toJsonLine(JournalEntry entry) {
        return JournalFormat.line(entry);
    }

    /**
     * Reads the entries of a journal file.
     *
     * @throws JournalException naming the file, line, field and value of the first bad entry
     * @throws IOException      if the file cannot be read or is not UTF-8
     */
    public static List<JournalEntry> read(Path file) throws IOException {
        return entries(readLines(file));
    }

    /** Reads a journal file's lines, each with its entry and the hash it carries. */
    public static List<JournalLine> readLines(Path file) throws IOException {
        List<JournalLine> lines = new ArrayList<>();
        forEachLine(file, lines::add);
        return lines;
    }

    /**
     * Reads a journal file line by line, streamed (a million-source journal is over a gigabyte),
     * handing each line to {@code consumer} as it is read.
     *
     * @throws JournalException naming the file, line, field and value of the first bad entry
     * @throws IOException      if the file cannot be read or is not UTF-8
     */
    public static void forEachLine(Path file, Consumer<JournalLine> consumer) throws IOException {
        forEachLine(file, MAX_LINE, consumer);
    }

    /**
     * The same, each line read up to {@code maxLine} characters: a longer line, or one that does not
     * start as a JSON object, is refused at its line as soon as it shows, so that {@code /dev/zero} or
     * a file that is no journal never fills the memory.
     *
     * @throws IOException if the file cannot be read, or is not UTF-8 (the message starts with FILE:LINE
     *                     and names the byte and its place in the file)
     */
    public static void forEachLine(Path file, int maxLine, Consumer<JournalLine> consumer) throws IOException {
        String source = file.toString();
        JournalFileLines.read(file, maxLine,
                (number, text) -> consumer.accept(new LineReader(source, number).line(text)));
    }

    /** Reads a journal file and replays it into a new ledger; errors name the file and line. */
    public static Ledger load(Path file) throws IOException {
        return Ledger.rebuild(file.toString(), read(file));
    }

    /** Parses journal text; {@code source} names it in messages. */
    public static List<JournalEntry> parse(String source, String text) {
        return entries(parseLines(source, text));
    }

    /** Parses journal text into lines with their hashes; {@code source} names it in messages. */
    public static List<JournalLine> parseLines(String source, String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        String[] lines = text.split("\n", -1);
        // a final LF ends the last line rather than starting an empty one
        int count = lines[lines.length - 1].isEmpty() ? lines.length - 1 : lines.length;
        List<JournalLine> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(new LineReader(source, i + 1).line(lines[i]));
        }
        return out;
    }

    /** Reads one line of journal text (without its line end) as line {@code number} of {@code source}. */
    static JournalLine parseLine(String source, int number, String text) {
        return new LineReader(source, number).line(text);
    }

    private static List<JournalEntry> entries(List<JournalLine> lines) {
        List<JournalEntry> entries = new ArrayList<>(lines.size());
        lines.forEach(line -> entries.add(line.entry()));
        return entries;
    }

    /** Reads one line; every failure names the source, the line, the JSON path and the value. */
    private static final class LineReader {
        private final String source;
        private final int line;

        LineReader(String source, int line) {
            this.source = source;
            this.line = line;
        }

        JournalLine line(String text) {
            if (text.isBlank()) {
                throw new JournalException(source, line, text, "blank line; every line must be one journal entry");
            }
            JsonNode root;
            try {
                root = MAPPER.readTree(text);
            } catch (JsonProcessingException e) {
                throw malformed(text, e);
            }
            String type = text(field(root, "$", "type"), "$.type");
            JournalEntry entry = switch (type) {
                case "open" -> opening(object(root, "$", OPEN_KEYS, true));
                case "transaction" -> transaction(object(root, "$", TRANSACTION_KEYS, true));
                case "cap" -> cap(object(root, "$", CAP_KEYS, true));
                case "compliance" -> compliance(object(root, "$",
                        root.has("pollutant") ? POLLUTANT_COMPLIANCE_KEYS : COMPLIANCE_KEYS, true));
                case "close" -> closing(object(root, "$", CLOSE_KEYS, true));
                default -> throw fail("$.type", root.get("type"),
                        "must be \"open\", \"transaction\", \"cap\", \"compliance\" or \"close\"");
            };
            JsonNode hash = root.get(HASH);
            if (hash != null && !(hash.isTextual() && hash.textValue().matches("[0-9a-f]{64}"))) {
                throw fail("$.hash", hash, "must be 64 lowercase hexadecimal digits (SHA-256)");
            }
            return new JournalLine(line, entry, hash == null ? null : hash.textValue());
        }

        /**
         * A line that is not JSON. A NaN or an Infinity is named at its field as a number the format does
         * not allow; anything else is described without Jackson's advice to its own users.
         */
        private JournalException malformed(String text, JsonProcessingException e) {
            Matcher token = NON_NUMERIC.matcher(String.valueOf(e.getOriginalMessage()));
            if (token.lookingAt()) {
                return new JournalException(source, line, token.group(1), pathAt(e)
                        + " is not a number the journal format allows (finite JSON numbers only, no NaN or"
                        + " Infinity); got " + token.group(1));
            }
            return new JournalException(source, line, text, "not valid JSON (" + StrictJson.describe(e) + "): "
                    + quote(text));
        }

        /** The JSON path of the value the parser stopped at, {@code $.movements[0].amount}. */
        private static String pathAt(JsonProcessingException e) {
            return e.getProcessor() instanceof JsonParser parser ? JsonPath.of(parser.getParsingContext()) : "$";
        }

        private CapRecord cap(ObjectNode node) {
            String pollutant = text(node.get("pollutant"), "$.pollutant");
            long vintage = wholeNumber(node.get("vintage"), "$.vintage", 0);
            if (vintage > Integer.MAX_VALUE) {
                throw fail("$.vintage", node.get("vintage"), "must be at most " + Integer.MAX_VALUE);
            }
            JsonNode cap = node.get("cap");
            if (!cap.isNumber() || !Double.isFinite(cap.doubleValue()) || cap.doubleValue() < 0) {
                throw fail("$.cap", cap, "must be a number ≥ 0 (mass)");
            }
            JsonNode quantum = node.get("quantum");
            if (!quantum.isNumber() || quantum.decimalValue().compareTo(Quantum.PERMIT.toDecimal(1)) != 0) {
                throw fail("$.quantum", quantum, "must be " + Quantum.PERMIT.toPlainString(1)
                        + ", the ledger's permit quantum");
            }
            JsonNode rounding = node.get("rounding");
            if (!CapRecord.ROUNDING.equals(text(rounding, "$.rounding"))) {
                throw fail("$.rounding", rounding, "must be \"" + CapRecord.ROUNDING + "\"");
            }
            long issuable = wholeNumber(node.get("issuable"), "$.issuable", 0);
            long released = wholeNumber(node.get("released"), "$.released", 0);
            return build("$", node, () -> new CapRecord(pollutant, (int) vintage, cap.doubleValue(), issuable, released));
        }

        private ComplianceRecord compliance(ObjectNode node) {
            String holder = text(node.get("holder"), "$.holder");
            String pollutant = node.has("pollutant") ? text(node.get("pollutant"), "$.pollutant") : null;
            int period = smallNumber(node.get("period"), "$.period");
            int maxVintage = smallNumber(node.get("maxVintage"), "$.maxVintage");
            long emissions = wholeNumber(node.get("emissions"), "$.emissions", 0);
            long surrendered = wholeNumber(node.get("surrendered"), "$.surrendered", 0);
            long shortfall = wholeNumber(node.get("shortfall"), "$.shortfall", 0);
            JsonNode transaction = node.get("transaction");
            String id = transaction.isNull() ? null : text(transaction, "$.transaction");
            return build("$", node, () -> new ComplianceRecord(holder, pollutant, period, maxVintage, emissions,
                    surrendered, shortfall, id));
        }

        private ClosingRecord closing(ObjectNode node) {
            long entries = wholeNumber(node.get("entries"), "$.entries", 0);
            int periods = smallNumber(node.get("periods"), "$.periods");
            JsonNode array = node.get("exempt");
            if (!array.isArray()) {
                throw fail("$.exempt", array, "must be an array of holder names");
            }
            List<String> exempt = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                exempt.add(text(array.get(i), "$.exempt[" + i + "]"));
            }
            long complying = wholeNumber(node.get("complying"), "$.complying", 0);
            return build("$", node, () -> new ClosingRecord(entries, periods, exempt, complying));
        }

        private int smallNumber(JsonNode node, String path) {
            long value = wholeNumber(node, path, 0);
            if (value > Integer.MAX_VALUE) {
                throw fail(path, node, "must be at most " + Integer.MAX_VALUE);
            }
            return (int) value;
        }

        private AccountOpening opening(ObjectNode node) {
            Asset asset = asset(node.get("asset"), "$.asset");
            AccountId account = build("$.holder", node.get("holder"),
                    () -> new AccountId(text(node.get("holder"), "$.holder"), asset));
            JsonNode limit = node.get("creditLimit");
            long creditLimit = limit.isTextual() && limit.textValue().equals(UNLIMITED)
                    ? AccountOpening.UNLIMITED_CREDIT : wholeNumber(limit, "$.creditLimit", 0);
            return new AccountOpening(account, creditLimit);
        }

        private Transaction transaction(ObjectNode node) {
            String id = text(node.get("id"), "$.id");
            JsonNode array = node.get("movements");
            if (!array.isArray()) {
                throw fail("$.movements", array, "must be an array of movements");
            }
            List<Movement> movements = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                movements.add(movement(object(array.get(i), "$.movements[" + i + "]", MOVEMENT_KEYS, false),
                        "$.movements[" + i + "]"));
            }
            return build("$.id", node.get("id"), () -> new Transaction(id, movements));
        }

        private Movement movement(ObjectNode node, String path) {
            String kindName = text(node.get("kind"), path + ".kind");
            MovementKind kind = null;
            for (MovementKind k : MovementKind.values()) {
                if (k.name().equals(kindName)) {
                    kind = k;
                }
            }
            if (kind == null) {
                throw fail(path + ".kind", node.get("kind"), "must be one of " + List.of(MovementKind.values()));
            }
            Asset asset = asset(node.get("asset"), path + ".asset");
            AccountId from = account(node.get("from"), path + ".from", asset);
            AccountId to = account(node.get("to"), path + ".to", asset);
            long amount = wholeNumber(node.get("amount"), path + ".amount", 1);
            return new Movement(kind, from, to, amount);
        }

        private AccountId account(JsonNode holder, String path, Asset asset) {
            String name = text(holder, path);
            return build(path, holder, () -> new AccountId(name, asset));
        }

        private Asset asset(JsonNode node, String path) {
            String type = text(field(node, path, "type"), path + ".type");
            if (type.equals("permit")) {
                ObjectNode o = object(node, path, PERMIT_KEYS, false);
                String pollutant = text(o.get("pollutant"), path + ".pollutant");
                JsonNode vintageNode = o.get("vintage");
                long vintage = wholeNumber(vintageNode, path + ".vintage", 0);
                if (vintage > Integer.MAX_VALUE) {
                    throw fail(path + ".vintage", vintageNode, "must be at most " + Integer.MAX_VALUE);
                }
                String zone = text(o.get("zone"), path + ".zone");
                return build(path, node, () -> new PermitAsset(pollutant, (int) vintage, zone));
            }
            if (type.equals("cash")) {
                ObjectNode o = object(node, path, CASH_KEYS, false);
                String currency = text(o.get("currency"), path + ".currency");
                return build(path + ".currency", o.get("currency"), () -> new Cash(currency));
            }
            throw fail(path + ".type", node.get("type"), "must be \"permit\" or \"cash\"");
        }

        /** {@code node} as an object with exactly {@code keys}, and {@code "hash"} too where {@code hashed}. */
        private ObjectNode object(JsonNode node, String path, List<String> keys, boolean hashed) {
            if (node == null || !node.isObject()) {
                throw fail(path, node, "must be an object with keys " + keys);
            }
            for (String key : (Iterable<String>) node::fieldNames) {
                if (!keys.contains(key) && !(hashed && key.equals(HASH))) {
                    throw fail(JsonPath.child(path, key), node.get(key), "is not a known key; expected " + keys);
                }
            }
            for (String key : keys) {
                if (!node.has(key)) {
                    throw fail(JsonPath.child(path, key), null, "is missing");
                }
            }
            return (ObjectNode) node;
        }

        private JsonNode field(JsonNode node, String path, String key) {
            if (node == null || !node.isObject()) {
                throw fail(path, node, "must be an object");
            }
            if (!node.has(key)) {
                throw fail(JsonPath.child(path, key), null, "is missing");
            }
            return node.get(key);
        }

        private String text(JsonNode node, String path) {
            if (node == null || !node.isTextual()) {
                throw fail(path, node, "must be a string");
            }
            return node.textValue();
        }

        private long wholeNumber(JsonNode node, String path, long min) {
            if (node == null || !node.isIntegralNumber() || !node.canConvertToLong() || node.longValue() < min) {
                throw fail(path, node, "must be a whole number of ledger units from " + min + " to " + Long.MAX_VALUE);
            }
            return node.longValue();
        }

        /** Runs a record constructor, turning its rejection into a located error. */
        private <T> T build(String path, JsonNode value, Supplier<T> constructor) {
            try {
                return constructor.get();
            } catch (IllegalArgumentException e) {
                throw fail(path, value, "is invalid: " + e.getMessage());
            }
        }

        private JournalException fail(String path, JsonNode value, String problem) {
            String text = value == null ? null : quote(value.toString());
            return new JournalException(source, line, text, path + " " + problem + (text == null ? ""
                    : "; got " + text));
        }

        private static String quote(String text) {
            return text.length() <= MAX_QUOTED ? text : text.substring(0, MAX_QUOTED) + "…";
        }
    }
}
