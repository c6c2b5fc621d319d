package org.airshed.market.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * The journal's hash chain: each line's {@code "hash"} is SHA-256 of the previous line's hash (64
 * lowercase hex characters; {@link #GENESIS} before the first line) followed by the line's canonical
 * text ({@link JournalFormat#line}, the line without its hash), both UTF-8. Changing, dropping or
 * reordering a line breaks every hash after it; the last hash, the chain's head, is recorded in
 * summary.json, so that a journal re-chained after an edit still disagrees with its run.
 */
public final class JournalChain {
    /** The "previous hash" of the first line. */
    public static final String GENESIS = "0".repeat(64);

    private final MessageDigest sha256;
    private final byte[] head = GENESIS.getBytes(StandardCharsets.US_ASCII);

    public JournalChain() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Chains the canonical {@code line}; returns its hash, the new head. */
    public String next(String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        next(bytes, bytes.length);
        return head();
    }

    /** Chains the canonical line in {@code line}. */
    void next(JournalBytes line) {
        next(line.array(), line.length());
    }

    /** The hash of the last line chained ({@link #GENESIS} before any), 64 lowercase hex digits. */
    public String head() {
        return new String(head, StandardCharsets.US_ASCII);
    }

    /** The head as ASCII bytes (not a copy: do not change). */
    byte[] headBytes() {
        return head;
    }

    /** The head of the chain over {@code entries}. */
    public static String headOf(List<? extends JournalEntry> entries) {
        JournalChain chain = new JournalChain();
        JournalBytes line = new JournalBytes();
        for (JournalEntry entry : entries) {
            line.reset();
            JournalFormat.write(line, entry);
            chain.next(line);
        }
        return chain.head();
    }

    private void next(byte[] line, int length) {
        sha256.update(head);
        sha256.update(line, 0, length);
        JournalBytes.hex(sha256.digest(), head);
    }
}
