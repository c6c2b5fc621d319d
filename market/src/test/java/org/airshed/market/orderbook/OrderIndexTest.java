package org.airshed.market.orderbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The open-addressing id index against {@link HashMap}, with keys chosen to collide. */
class OrderIndexTest {
    @Test
    void behavesLikeAHashMapUnderRandomPutsAndRemoves() {
        SplittableRandom random = new SplittableRandom(5);
        OrderIndex index = new OrderIndex(2);
        Map<Long, OrderNode> expected = new HashMap<>();
        for (int op = 0; op < 200_000; op++) {
            // Few distinct keys, multiples of a power of two: long probe runs, wrap-around, many shifts.
            long key = (random.nextInt(3_000) - 1_500) * 1_024L;
            if (random.nextInt(3) == 0 || expected.containsKey(key)) {
                assertSame(expected.remove(key), index.remove(key), "op " + op);
            } else {
                OrderNode node = new OrderNode();
                node.id = key;
                expected.put(key, node);
                index.put(key, node);
            }
            assertEquals(expected.size(), index.size());
            long probe = (random.nextInt(3_000) - 1_500) * 1_024L;
            assertSame(expected.get(probe), index.get(probe), "op " + op);
        }
    }
}
