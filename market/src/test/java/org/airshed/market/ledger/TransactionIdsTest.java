package org.airshed.market.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The ledger's id index against a {@link HashMap} (the reference), through growth and shared hash bits. */
class TransactionIdsTest {
    @Test
    void findsWhatAHashMapFinds() {
        SplittableRandom random = new SplittableRandom(17);
        for (int round = 0; round < 20; round++) {
            TransactionIds ids = new TransactionIds();
            Map<String, Long> reference = new HashMap<>();
            List<JournalEntry> journal = new ArrayList<>();
            int operations = 1 + random.nextInt(20_000);
            for (int op = 0; op < operations; op++) {
                // Short ids over a small alphabet: many repeats, many sharing low hash bits.
                String id = Long.toString(random.nextLong(1 + operations / 2), 7 + round);
                long found = ids.find(id, p -> journal.get((int) p));
                assertEquals(reference.getOrDefault(id, -1L), found, "round " + round + ", id " + id);
                if (found < 0) {
                    long position = journal.size();
                    journal.add(Transaction.of(id));
                    ids.add(id, position);
                    reference.put(id, position);
                }
            }
            assertEquals(reference.size(), ids.size(), "round " + round);
        }
    }

    @Test
    void aPositionBeyondItsRangeIsRefused() {
        TransactionIds ids = new TransactionIds();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ids.add("t", -1));
        assertEquals("transaction t: a journal position is ≥ 0; got -1", e.getMessage());
    }
}
