package org.airshed.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The builder's id lookups (a comparison with the last id while ids ascend, the hash table from
 * the first id out of order) against a plain {@link HashMap}, on seeded sequences of ids: sorted,
 * sorted with repeats, sorted then out of order, shuffled, and ids whose UTF-8 bytes sort unsigned.
 */
class SourceTableIdsTest {
    private static final String[] ALPHABET = {"S", "0", "1", "9", "a", "Z", "é", "€", "中", "-"};

    @Test
    void lookupsAndAddsAnswerAsAHashMapOn400SeededSequences() {
        SplittableRandom random = new SplittableRandom(20261206);
        for (int instance = 0; instance < 400; instance++) {
            List<String> ids = ids(random, instance);
            SourceTable.Builder builder = SourceTable.builder();
            Map<String, Integer> reference = new HashMap<>();
            List<String> added = new ArrayList<>();
            for (String id : ids) {
                String probe = random.nextBoolean() ? id : ids.get(random.nextInt(ids.size()));
                assertEquals(reference.getOrDefault(probe, -1), builder.indexOf(probe), "instance " + instance
                        + ", indexOf " + probe);
                boolean isNew = !reference.containsKey(id);
                assertEquals(isNew, builder.addIfNew(source(id)), "instance " + instance + ", add " + id);
                if (isNew) {
                    reference.put(id, reference.size());
                    added.add(id);
                }
                assertEquals(reference.size(), builder.size(), "instance " + instance);
            }
            for (String id : ids) {
                assertEquals(reference.get(id), builder.indexOf(id), "instance " + instance + ", at the end " + id);
            }
            assertEquals(-1, builder.indexOf("never-added"), "instance " + instance);
            SourceTable table = builder.build();
            for (int i = 0; i < added.size(); i++) {
                assertEquals(added.get(i), table.id(i), "instance " + instance);
            }
        }
    }

    /** Up to 3,000 ids (past the first table's 1,024 slots) in one of five orders. */
    private static List<String> ids(SplittableRandom random, int instance) {
        int n = random.nextInt(instance % 10 == 0 ? 3_000 : 60);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StringBuilder id = new StringBuilder();
            int length = 1 + random.nextInt(instance % 5 == 4 ? 3 : 6);
            for (int k = 0; k < length; k++) {
                id.append(ALPHABET[random.nextInt(ALPHABET.length)]);
            }
            ids.add(id.toString());
        }
        // Sorted as UTF-8 bytes, unsigned: the order the builder compares in.
        ids.sort((a, b) -> java.util.Arrays.compareUnsigned(a.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                b.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        switch (instance % 5) {
            case 1 -> { // sorted, with repeats (duplicates in a file)
                for (int k = 0; k < n / 10; k++) {
                    int at = random.nextInt(ids.size());
                    ids.add(at, ids.get(at));
                }
            }
            case 2 -> { // sorted, then one id out of order, then sorted again
                if (n > 2) {
                    int at = random.nextInt(n);
                    ids.add(random.nextInt(at + 1), ids.remove(at));
                }
            }
            case 3 -> Collections.shuffle(ids, new Random(random.nextLong()));
            default -> { // sorted; short ids repeat often
            }
        }
        return ids;
    }

    private static Source source(String id) {
        return new Source(id, "R", null, null, 10, new StepCurve(List.of(new Step(5, 1))));
    }
}
