package org.airshed.market.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.airshed.core.io.AtomicFiles;

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
    private static final List<String> OPEN_KEYS = List.of("type", "holder", "asset", "creditLimit");
    private static final List<String> TRANSACTION_KEYS = List.of("type", "id", "movements");
    private static final List<String> MOVEMENT_KEYS = List.of("kind", "asset", "from", "to", "amount");
    private static final List<String> PERMIT_KEYS = List.of("type", "pollutant", "vintage", "zone");
    private static final List<String> CASH_KEYS = List.of("type", "currency");

    /**
     * Configured explicitly: a duplicate key, trailing text or a NaN literal is a malformed line,
     * and decimals stay as written so that a message quotes them exactly. The tree walk checks
     * keys itself, to name the unknown one; FAIL_ON_UNKNOWN_PROPERTIES guards any binding.
     */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private LedgerJournal() {
    }

    /** Writes {@code ledger}'s journal to {@code file}, replacing it atomically. */
    public static void write(Path file, Ledger ledger) throws IOException {
        write(file, ledger.journal());
    }

    /** Writes {@code entries} to {@code file}, replacing it atomically. */
    public static void write(Path file, List<? extends JournalEntry> entries) throws IOException {
        AtomicFiles.writeString(file, toJsonLines(entries));
    }

    /** The journal text: one line per entry, each ended by LF. */
    public static String toJsonLines(List<? extends JournalEntry> entries) {
        StringBuilder text = new StringBuilder();
        for (JournalEntry entry : entries) {
            text.append(toJsonLine(entry)).append('\n');
        }
        return text.toString();
    }

    /** One entry as a line of JSON, without the line end. */
    public static String toJsonLine(JournalEntry entry) {
        ObjectNode node = MAPPER.createObjectNode();
        if (entry instanceof AccountOpening opening) {
            node.put("type", "open");
            node.put("holder", opening.account().holder());
            node.set("asset", assetNode(opening.account().asset()));
            if (opening.creditLimit() == AccountOpening.UNLIMITED_CREDIT) {
                node.put("creditLimit", UNLIMITED);
            } else {
                node.put("creditLimit", opening.creditLimit());
            }
        } else {
            Transaction transaction = (Transaction) entry;
            node.put("type", "transaction");
            node.put("id", transaction.id());
            ArrayNode movements = node.putArray("movements");
            for (Movement m : transaction.movements()) {
                ObjectNode leg = movements.addObject();
                leg.put("kind", m.kind().name());
                leg.set("asset", assetNode(m.from().asset()));
                leg.put("from", m.from().holder());
                leg.put("to", m.to().holder());
                leg.put("amount", m.amount());
            }
        }
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot print journal entry " + entry, e);
        }
    }

    /**
     * Reads the entries of a journal file.
     *
     * @throws JournalException naming the file, line, field and value of the first bad entry
     * @throws IOException      if the file cannot be read or is not UTF-8
     */
    public static List<JournalEntry> read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException(file + ": not UTF-8 text", e);
        }
        return parse(file.toString(), text);
    }

    /** Reads a journal file and replays it into a new ledger; errors name the file and line. */
    public static Ledger load(Path file) throws IOException {
        return Ledger.rebuild(file.toString(), read(file));
    }

    /** Parses journal text; {@code source} names it in messages. */
    public static List<JournalEntry> parse(String source, String text) {
        String[] lines = text.split("\n", -1);
        // a final LF ends the last line rather than starting an empty one
        int count = lines[lines.length - 1].isEmpty() ? lines.length - 1 : lines.length;
        List<JournalEntry> entries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            entries.add(new LineReader(source, i + 1).entry(lines[i]));
        }
        return entries;
    }

    private static ObjectNode assetNode(Asset asset) {
        ObjectNode node = MAPPER.createObjectNode();
        if (asset instanceof PermitAsset permit) {
            node.put("type", "permit");
            node.put("pollutant", permit.pollutant());
            node.put("vintage", permit.vintage());
            node.put("zone", permit.zone());
        } else {
            node.put("type", "cash");
            node.put("currency", ((Cash) asset).currency());
        }
        return node;
    }

    /** Reads one line; every failure names the source, the line, the JSON path and the value. */
    private static final class LineReader {
        private final String source;
        private final int line;

        LineReader(String source, int line) {
            this.source = source;
            this.line = line;
        }

        JournalEntry entry(String text) {
            if (text.isBlank()) {
                throw new JournalException(source, line, text, "blank line; every line must be one journal entry");
            }
            JsonNode root;
            try {
                root = MAPPER.readTree(text);
            } catch (JsonProcessingException e) {
                throw new JournalException(source, line, text, "not valid JSON (" + e.getOriginalMessage() + "): "
                        + quote(text));
            }
            String type = text(field(root, "$", "type"), "$.type");
            return switch (type) {
                case "open" -> opening(object(root, "$", OPEN_KEYS));
                case "transaction" -> transaction(object(root, "$", TRANSACTION_KEYS));
                default -> throw fail("$.type", root.get("type"), "must be \"open\" or \"transaction\"");
            };
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
                movements.add(movement(object(array.get(i), "$.movements[" + i + "]", MOVEMENT_KEYS),
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
                ObjectNode o = object(node, path, PERMIT_KEYS);
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
                ObjectNode o = object(node, path, CASH_KEYS);
                String currency = text(o.get("currency"), path + ".currency");
                return build(path + ".currency", o.get("currency"), () -> new Cash(currency));
            }
            throw fail(path + ".type", node.get("type"), "must be \"permit\" or \"cash\"");
        }

        /** {@code node} as an object with exactly {@code keys}. */
        private ObjectNode object(JsonNode node, String path, List<String> keys) {
            if (node == null || !node.isObject()) {
                throw fail(path, node, "must be an object with keys " + keys);
            }
            for (String key : (Iterable<String>) node::fieldNames) {
                if (!keys.contains(key)) {
                    throw fail(path + "." + key, node.get(key), "is not a known key; expected " + keys);
                }
            }
            for (String key : keys) {
                if (!node.has(key)) {
                    throw fail(path + "." + key, null, "is missing");
                }
            }
            return (ObjectNode) node;
        }

        private JsonNode field(JsonNode node, String path, String key) {
            if (node == null || !node.isObject()) {
                throw fail(path, node, "must be an object");
            }
            if (!node.has(key)) {
                throw fail(path + "." + key, null, "is missing");
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
