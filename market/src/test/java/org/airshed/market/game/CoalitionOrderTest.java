package org.airshed.market.game;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The two listing orders of coalition values (docs/FORMAT.md, docs/DOMAIN.md §5) and their round trip. */
class CoalitionOrderTest {
    @Test
    void lexOfThreeListsBySizeThenMembers() {
        // v1, v2, v3, v12, v13, v23, v123
        assertArrayEquals(new int[] {0b001, 0b010, 0b100, 0b011, 0b101, 0b110, 0b111},
                CoalitionOrder.LEX.masks(3));
    }

    @Test
    void binaryOfThreeListsByBitmask() {
        assertArrayEquals(new int[] {1, 2, 3, 4, 5, 6, 7}, CoalitionOrder.BINARY.masks(3));
    }

    @Test
    void lexOfFourMatchesTheDomainSection5Listing() {
        // v1..v4, v12, v13, v14, v23, v24, v34, v123, v124, v134, v234, v1234
        int[] expected = {
            0b0001, 0b0010, 0b0100, 0b1000,
            0b0011, 0b0101, 0b1001, 0b0110, 0b1010, 0b1100,
            0b0111, 0b1011, 0b1101, 0b1110,
            0b1111};
        assertArrayEquals(expected, CoalitionOrder.LEX.masks(4));
    }

    @Test
    void fromOrderAndListedRoundTripInBothOrders() {
        SplittableRandom random = new SplittableRandom(11);
        for (int n = 1; n <= 6; n++) {
            for (CoalitionOrder order : CoalitionOrder.values()) {
                double[] listed = new double[(1 << n) - 1];
                for (int k = 0; k < listed.length; k++) {
                    listed[k] = random.nextDouble(-10, 10);
                }
                Game game = Game.fromOrder(RandomGames.names(n), order, listed);
                assertArrayEquals(listed, game.listed(order), 0, order + " n=" + n);
            }
        }
    }

    @Test
    void lexListingReadsAsTheCoalitionsItNames() {
        Game game = Game.fromOrder(List.of("a", "b", "c"), CoalitionOrder.LEX,
                new double[] {1, 2, 3, 12, 13, 23, 123});
        assertEquals(12, game.value(0b011));
        assertEquals(3, game.value(0b100));
        assertEquals(23, game.value(0b110));
        // The same game listed by bitmask: v1, v2, v12, v3, v13, v23, v123.
        assertArrayEquals(new double[] {1, 2, 12, 3, 13, 23, 123}, game.listed(CoalitionOrder.BINARY), 0);
    }
}
