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
    private JournalFormat() {
    }

    /** The entry's canonical line, without the hash and without a line end. */
    static String line(JournalEntry entry) {
        JournalBytes b = new JournalBytes();
        write(b, entry);
        return b.toString();
    }

    /** Writes the entry's canonical line (UTF-8, no hash, no line end) into {@code b}. */
    static void write(JournalBytes b, JournalEntry entry) {
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
        b.ascii('}');
    }

    private static void opening(JournalBytes b, AccountOpening o) {
        b.ascii("{\"type\":\"open\",\"holder\":");
        string(b, o.account().holder());
        b.ascii(",\"asset\":");
        asset(b, o.account().asset());
        b.ascii(",\"creditLimit\":");
        if (o.creditLimit() == AccountOpening.UNLIMITED_CREDIT) {
            b.ascii("\"unlimited\"");
        } else {
            b.number(o.creditLimit());
        }
    }

    private static void transaction(JournalBytes b, Transaction t) {
        b.ascii("{\"type\":\"transaction\",\"id\":");
        string(b, t.id());
        b.ascii(",\"movements\":[");
        List<Movement> movements = t.movements();
        for (int i = 0; i < movements.size(); i++) {
            Movement m = movements.get(i);
            b.ascii(i == 0 ? "{\"kind\":\"" : ",{\"kind\":\"").ascii(m.kind().name()).ascii("\",\"asset\":");
            asset(b, m.from().asset());
            b.ascii(",\"from\":");
            string(b, m.from().holder());
            b.ascii(",\"to\":");
            string(b, m.to().holder());
            b.ascii(",\"amount\":").number(m.amount()).ascii('}');
        }
        b.ascii(']');
    }

    private static void cap(JournalBytes b, CapRecord c) {
        b.ascii("{\"type\":\"cap\",\"pollutant\":");
        string(b, c.pollutant());
        b.ascii(",\"vintage\":").number(c.vintage()).ascii(",\"cap\":").ascii(decimal(c.cap()))
                .ascii(",\"quantum\":").ascii(Quantum.PERMIT.toPlainString(1))
                .ascii(",\"rounding\":\"").ascii(CapRecord.ROUNDING).ascii("\",\"issuable\":")
                .number(c.issuable()).ascii(",\"released\":").number(c.released());
    }

    private static void compliance(JournalBytes b, ComplianceRecord c) {
        b.ascii("{\"type\":\"compliance\",\"holder\":");
        string(b, c.holder());
        if (c.pollutant() != null) {
            b.ascii(",\"pollutant\":");
            string(b, c.pollutant());
        }
        b.ascii(",\"period\":").number(c.period()).ascii(",\"maxVintage\":").number(c.maxVintage())
                .ascii(",\"emissions\":").number(c.emissions()).ascii(",\"surrendered\":")
                .number(c.surrendered()).ascii(",\"shortfall\":").number(c.shortfall())
                .ascii(",\"transaction\":");
        if (c.transaction() == null) {
            b.ascii("null");
        } else {
            string(b, c.transaction());
        }
    }

    private static void closing(JournalBytes b, ClosingRecord c) {
        b.ascii("{\"type\":\"close\",\"entries\":").number(c.entries()).ascii(",\"periods\":")
                .number(c.periods()).ascii(",\"exempt\":[");
        for (int i = 0; i < c.exempt().size(); i++) {
            if (i > 0) {
                b.ascii(',');
            }
            string(b, c.exempt().get(i));
        }
        b.ascii("],\"complying\":").number(c.complying());
    }

    /** A double as the plain decimal it prints as: 1416660, 85.0007, never an exponent. */
    static String decimal(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static void asset(JournalBytes b, Asset asset) {
        if (asset instanceof PermitAsset p) {
            b.ascii("{\"type\":\"permit\",\"pollutant\":");
            string(b, p.pollutant());
            b.ascii(",\"vintage\":").number(p.vintage()).ascii(",\"zone\":");
            string(b, p.zone());
            b.ascii('}');
        } else {
            b.ascii("{\"type\":\"cash\",\"currency\":");
            string(b, ((Cash) asset).currency());
            b.ascii('}');
        }
    }

    private static void string(JournalBytes b, String s) {
        b.string(s);
    }
}
