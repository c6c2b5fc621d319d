package org.airshed.market.ledger;

import java.math.BigDecimal;
import java.util.List;

/**
 * The canonical text of a journal entry: one JSON object, keys in a fixed order, no spaces, strings
 * escaped as JSON requires (quote, backslash, control characters) and nothing else, amounts as whole
 * ledger units. Equal entries give equal text, which is what the hash chain hashes; the written line
 * adds the chain's {@code "hash"} as the last key. Built by hand rather than through a JSON tree:
 * a million-source journal has millions of entries.
 */
final class JournalFormat {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private JournalFormat() {
    }

    /** The entry's canonical line, without the hash and without a line end. */
    static String line(JournalEntry entry) {
        StringBuilder b = new StringBuilder(160);
        if (entry instanceof AccountOpening o) {
            opening(b, o);
        } else if (entry instanceof Transaction t) {
            transaction(b, t);
        } else if (entry instanceof CapRecord c) {
            cap(b, c);
        } else if (entry instanceof ComplianceRecord c) {
            compliance(b, c);
        } else {
            closing(b, (ClosingRecord) entry);
        }
        return b.append('}').toString();
    }

    private static void opening(StringBuilder b, AccountOpening o) {
        b.append("{\"type\":\"open\",\"holder\":");
        string(b, o.account().holder());
        b.append(",\"asset\":");
        asset(b, o.account().asset());
        b.append(",\"creditLimit\":");
        if (o.creditLimit() == AccountOpening.UNLIMITED_CREDIT) {
            b.append("\"unlimited\"");
        } else {
            b.append(o.creditLimit());
        }
    }

    private static void transaction(StringBuilder b, Transaction t) {
        b.append("{\"type\":\"transaction\",\"id\":");
        string(b, t.id());
        b.append(",\"movements\":[");
        List<Movement> movements = t.movements();
        for (int i = 0; i < movements.size(); i++) {
            Movement m = movements.get(i);
            b.append(i == 0 ? "{\"kind\":\"" : ",{\"kind\":\"").append(m.kind().name()).append("\",\"asset\":");
            asset(b, m.from().asset());
            b.append(",\"from\":");
            string(b, m.from().holder());
            b.append(",\"to\":");
            string(b, m.to().holder());
            b.append(",\"amount\":").append(m.amount()).append('}');
        }
        b.append(']');
    }

    private static void cap(StringBuilder b, CapRecord c) {
        b.append("{\"type\":\"cap\",\"pollutant\":");
        string(b, c.pollutant());
        b.append(",\"vintage\":").append(c.vintage()).append(",\"cap\":").append(decimal(c.cap()))
                .append(",\"quantum\":").append(Quantum.PERMIT.toPlainString(1))
                .append(",\"rounding\":\"").append(CapRecord.ROUNDING).append("\",\"issuable\":")
                .append(c.issuable()).append(",\"released\":").append(c.released());
    }

    private static void compliance(StringBuilder b, ComplianceRecord c) {
        b.append("{\"type\":\"compliance\",\"holder\":");
        string(b, c.holder());
        b.append(",\"period\":").append(c.period()).append(",\"maxVintage\":").append(c.maxVintage())
                .append(",\"emissions\":").append(c.emissions()).append(",\"surrendered\":")
                .append(c.surrendered()).append(",\"shortfall\":").append(c.shortfall())
                .append(",\"transaction\":");
        if (c.transaction() == null) {
            b.append("null");
        } else {
            string(b, c.transaction());
        }
    }

    private static void closing(StringBuilder b, ClosingRecord c) {
        b.append("{\"type\":\"close\",\"entries\":").append(c.entries()).append(",\"periods\":")
                .append(c.periods()).append(",\"exempt\":[");
        for (int i = 0; i < c.exempt().size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            string(b, c.exempt().get(i));
        }
        b.append("],\"complying\":").append(c.complying());
    }

    /** The written line: the canonical line with {@code "hash"} added as its last key. */
    static String withHash(String line, String hash) {
        return line.substring(0, line.length() - 1) + ",\"hash\":\"" + hash + "\"}";
    }

    /** A double as the plain decimal it prints as: 1416660, 85.0007, never an exponent. */
    static String decimal(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static void asset(StringBuilder b, Asset asset) {
        if (asset instanceof PermitAsset p) {
            b.append("{\"type\":\"permit\",\"pollutant\":");
            string(b, p.pollutant());
            b.append(",\"vintage\":").append(p.vintage()).append(",\"zone\":");
            string(b, p.zone());
            b.append('}');
        } else {
            b.append("{\"type\":\"cash\",\"currency\":");
            string(b, ((Cash) asset).currency());
            b.append('}');
        }
    }

    private static void string(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                default -> {
                    if (c < 0x20) {
                        b.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xf]);
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }
}
