package org.airshed.market.settlement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Payments are the exact product of quantity and price as written, rounded once to the cent, ties to even. */
class ExactPaymentTest {
    /** revG defect 3: 10.075 × 81 = 816.075 (816.0749999999999 in doubles) pays 816.08; 5.485 × 15 pays 82.28. */
    @Test
    void aTradeAtAHalfCentRoundsTheExactProductTiesToEven() {
        List<Trade> trades = TradeMatcher.match(List.of("seller", "buyer"), new long[] {-10_075, 10_075}, 81.0, 0, "T",
                0);
        assertEquals(81_608, trades.get(0).payment());
        assertEquals(8_228, ExactPayment.of(5_485, 15));
        assertEquals(12_968, ExactPayment.of(1_601, 81));
        // 0.005 at 1 and 0.015 at 1 are ties: to the even cent.
        assertEquals(0, ExactPayment.of(5, 1));
        assertEquals(2, ExactPayment.of(15, 1));
    }

    @Test
    void theFastPathAgreesWithTheExactProduct() {
        SplittableRandom random = new SplittableRandom(7);
        int ties = 0;
        for (int k = 0; k < 200_000; k++) {
            long quantity = random.nextLong(1, k % 2 == 0 ? 100_000 : 10_000_000_000L);
            double price = k % 3 == 0 ? random.nextInt(1, 100_000) / 2.0
                    : BigDecimal.valueOf(random.nextLong(0, 10_000_000), random.nextInt(0, 4)).doubleValue();
            long exact = ExactPayment.exact(quantity, price);
            assertEquals(exact, ExactPayment.of(quantity, price), quantity + " x " + price);
            BigDecimal product = BigDecimal.valueOf(quantity, 3).multiply(BigDecimal.valueOf(price)).movePointRight(2);
            ties += product.remainder(BigDecimal.ONE).compareTo(new BigDecimal("0.5")) == 0 ? 1 : 0;
        }
        assertEquals(true, ties > 1000, "half-cent products drawn: " + ties);
    }
}
