package org.airshed.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.BitSet;
import org.airshed.market.game.CoalitionOrder;
import org.junit.jupiter.api.Test;

/** coalitions.csv names both orders: its lex index for any size agrees with docs/FORMAT.md's lex order. */
class CoalitionsCsvTest {
    @Test
    void lexIndexOfAnyCoalitionIsItsPlaceInFormatsLexOrder() {
        for (int n = 1; n <= 10; n++) {
            int[] masks = CoalitionOrder.LEX.masks(n);
            for (int k = 0; k < masks.length; k++) {
                BitSet members = BitSet.valueOf(new long[] {masks[k]});
                assertEquals(BigInteger.valueOf(k + 1L), CoalitionsCsv.lexIndex(members, n), n + " players, " + masks[k]);
                assertEquals(BigInteger.valueOf(masks[k]), CoalitionsCsv.binaryIndex(members));
            }
        }
    }

    @Test
    void beyondSixtyFourPlayersTheIndicesAreExactIntegers() {
        BitSet last = new BitSet(70);
        last.set(69);
        assertEquals(BigInteger.TWO.pow(69), CoalitionsCsv.binaryIndex(last));
        assertEquals(BigInteger.valueOf(70), CoalitionsCsv.lexIndex(last, 70), "the last singleton");
        BitSet all = new BitSet(70);
        all.set(0, 70);
        assertEquals(BigInteger.TWO.pow(70).subtract(BigInteger.ONE), CoalitionsCsv.lexIndex(all, 70));
    }
}
