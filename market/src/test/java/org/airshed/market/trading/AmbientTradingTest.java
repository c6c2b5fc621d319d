package org.airshed.market.trading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.airshed.core.allocation.AllocationProblem;
import org.airshed.core.allocation.AllocationProblemBuilder;
import org.junit.jupiter.api.Test;

/** Ambient permits and trading ratios: MAC_i = λ + Σ_k μ_k T_ki; ratio trades keep receptors within limits (docs/DOMAIN.md §3). */
class AmbientTradingTest {
    /**
     * Upwind region A (source 0, MC = a) and downwind region B (source 1, MC = 4a), baseline 10 and
     * at most 10 each; the cap asks for 10 t; the receptor in B gets 0.2 of A's emissions and all of
     * B's, and asks for 0.2·A_A + A_B ≥ 5.
     */
    private static AllocationProblem upwindDownwind(boolean receptor) {
        AllocationProblemBuilder b = AllocationProblem.builder();
        int a = b.addRegion("A", 0);
        int d = b.addRegion("B", 0);
        b.addQuadraticSource(a, 10, 0, 1, 10);
        b.addQuadraticSource(d, 10, 0, 4, 10);
        b.capRequirement(10);
        if (receptor) {
            b.addReceptor(d, new double[] {0.2, 1}, 5);
        }
        return b.build();
    }

    @Test
    void handWorkedAmbientPricesAndPermitValues() {
        // Both rows bind: a + b = 10, 0.2a + b = 5 ⇒ (6.25, 3.75); 6.25 = λ + 0.2μ, 15 = λ + μ.
        AmbientEquilibrium e = AmbientTrading.equilibrium(upwindDownwind(true));
        assertEquals(6.25, e.abatement()[0], 1e-6);
        assertEquals(3.75, e.abatement()[1], 1e-6);
        assertEquals(4.0625, e.capPrice(), 1e-6);
        assertEquals(10.9375, e.receptorPrices()[0], 1e-6);
        assertEquals(6.25, e.permitValue()[0], 1e-6);
        assertEquals(15, e.permitValue()[1], 1e-6);
        assertEquals(6.25 * 6.25 / 2 + 2 * 3.75 * 3.75, e.abatementCost(), 1e-6);
    }

    @Test
    void oneForOneTradingBreaksTheReceptorLimit() {
        // Without ratios the cap market goes to λ = 8: a = 8, b = 2, and the receptor sees 0.2·8 + 2 = 3.6 < 5.
        AllocationProblem withReceptor = upwindDownwind(true);
        TradingEquilibrium oneForOne = EquilibriumTrading.solve(upwindDownwind(false), new double[] {5, 5}, 0);
        assertEquals(8, oneForOne.sellerPrice(), 1e-12);
        OffsetRatios rules = OffsetRatios.of(withReceptor);
        assertTrue(rules.concentration(oneForOne.emissions(), 0) > rules.limit(0) + 1);
        // From the ambient equilibrium, B buying from A gets 0.2 permits per permit A gives up, so
        // the receptor's concentration does not rise; one for one it would rise by 0.8 per unit.
        AmbientEquilibrium ambient = AmbientTrading.equilibrium(withReceptor);
        double[] holdings = ambient.emissions();
        TradeApproval intoB = rules.approve(holdings, 0, 1, 1);
        assertTrue(intoB.approved());
        assertEquals(0.2, intoB.ratio(), 1e-15);
        assertEquals(0.2, intoB.buyerIncrease(), 1e-15);
        double before = rules.concentration(holdings, 0);
        assertTrue(rules.concentration(intoB.applyTo(holdings), 0) <= before + 1e-12);
        double[] oneToOne = holdings.clone();
        oneToOne[0] -= 1;
        oneToOne[1] += 1;
        assertEquals(before + 0.8, rules.concentration(oneToOne, 0), 1e-12);
        // A buying from B: the receptor ratio 1/0.2 = 5 is capped at 1 by the cap.
        assertEquals(1, rules.ratio(1, 0), 0);
        assertEquals(5, OffsetRatios.of(receptorOnly()).ratio(1, 0), 1e-12);
    }

    @Test
    void permitValueIsMarginalCostAtEverySource() {
        int withReceptorPrice = 0;
        for (long seed = 0; seed < 200; seed++) {
            SplittableRandom random = new SplittableRandom(5000 + seed);
            AllocationProblem p = randomAmbient(random);
            AmbientEquilibrium e = AmbientTrading.equilibrium(p);
            String at = "seed " + seed;
            double scale = 1;
            for (double v : e.permitValue()) {
                scale = Math.max(scale, Math.abs(v));
            }
            double[] a = e.abatement();
            for (int i = 0; i < p.sourceCount(); i++) {
                double expected = e.capPrice();
                for (int k = 0; k < p.receptorCount(); k++) {
                    expected += e.receptorPrices()[k] * p.transfer(k, p.sourceRegion(i));
                }
                assertEquals(expected, e.permitValue()[i], 1e-12 * scale, at);
                assertTrue(Subgradient.supports(p, i, a[i], e.permitValue()[i], 1e-6 * scale), at + " source " + i);
            }
            OffsetRatios rules = OffsetRatios.of(p);
            for (int k = 0; k < p.receptorCount(); k++) {
                double slack = rules.limit(k) - rules.concentration(e.emissions(), k);
                double tol = 1e-7 * (1 + Math.abs(rules.limit(k)));
                assertTrue(slack >= -tol, at + " receptor " + k);
                if (e.receptorPrices()[k] > 1e-6 * scale) {
                    withReceptorPrice++;
                    assertEquals(0, slack, tol, at + " receptor " + k + " priced but slack");
                }
            }
        }
        assertTrue(withReceptorPrice > 50, "receptor limits binding: " + withReceptorPrice);
    }

    @Test
    void approvedRatioTradesNeverBreakAReceptorLimitOrTheCap() {
        randomTrades(OffsetRatios::approve);
    }

    @Test
    void tradesAtTheBindingReceptorsOnlyNeverBreakALimitEither() {
        randomTrades(OffsetRatios::approveAtBindingReceptors);
    }

    @Test
    void withRoomAtEveryReceptorATradeIsOneForOne() {
        SplittableRandom random = new SplittableRandom(77);
        AllocationProblem p = randomAmbient(random);
        OffsetRatios rules = OffsetRatios.of(p);
        double[] holdings = new double[p.sourceCount()];
        java.util.Arrays.fill(holdings, 1e-3);
        TradeApproval t = rules.approveAtBindingReceptors(holdings, 0, 1, 1e-6);
        assertTrue(t.approved());
        assertEquals(1e-6, t.buyerIncrease(), 1e-15, "all limits have room at zero holdings");
    }

    private interface Approval {
        TradeApproval approve(OffsetRatios rules, double[] holdings, int seller, int buyer, double amount);
    }

    private static void randomTrades(Approval approval) {
        int approved = 0;
        int rejected = 0;
        for (long seed = 0; seed < 200; seed++) {
            SplittableRandom random = new SplittableRandom(6000 + seed);
            AllocationProblem p = randomAmbient(random);
            OffsetRatios rules = OffsetRatios.of(p);
            double[] holdings = AmbientTrading.equilibrium(p).emissions();
            for (int i = 0; i < holdings.length; i++) {
                holdings[i] = Math.max(holdings[i], 0) * (1 - 0.1 * random.nextDouble());
            }
            double[] limits = new double[p.receptorCount()];
            for (int k = 0; k < limits.length; k++) {
                limits[k] = Math.max(rules.limit(k), rules.concentration(holdings, k));
            }
            double total = Math.max(rules.totalLimit(), sum(holdings));
            for (int step = 0; step < 60; step++) {
                int seller = random.nextInt(holdings.length);
                int buyer = random.nextInt(holdings.length);
                double amount = random.nextDouble() < 0.05 ? holdings[seller] + 1 : holdings[seller] * random.nextDouble();
                TradeApproval trade = approval.approve(rules, holdings, seller, buyer, amount);
                if (!trade.approved()) {
                    rejected++;
                    assertEquals(0, trade.buyerIncrease(), 0);
                    continue;
                }
                approved++;
                holdings = trade.applyTo(holdings);
                String at = "seed " + seed + " step " + step;
                for (int k = 0; k < limits.length; k++) {
                    assertTrue(rules.concentration(holdings, k) <= limits[k] + 1e-9 * (1 + Math.abs(limits[k])),
                            at + " receptor " + k);
                }
                assertTrue(sum(holdings) <= total + 1e-9 * (1 + total), at + " total permits");
                assertTrue(holdings[seller] >= 0, at + " seller holdings");
            }
        }
        assertTrue(approved > 5000 && rejected > 500, "approved " + approved + ", rejected " + rejected);
    }

    @Test
    void rejectionsAreCodes() {
        OffsetRatios rules = OffsetRatios.of(upwindDownwind(true));
        double[] holdings = {4, 6};
        assertEquals(ApprovalCode.SAME_SOURCE, rules.approve(holdings, 1, 1, 1).code());
        assertEquals(ApprovalCode.UNKNOWN_SOURCE, rules.approve(holdings, 2, 1, 1).code());
        assertEquals(ApprovalCode.INVALID_AMOUNT, rules.approve(holdings, 0, 1, 0).code());
        assertEquals(ApprovalCode.INVALID_AMOUNT, rules.approve(holdings, 0, 1, Double.NaN).code());
        assertEquals(ApprovalCode.SELLER_SHORT, rules.approve(holdings, 0, 1, 4.5).code());
        // A seller whose emissions miss the receptor the buyer reaches offsets nothing there.
        AllocationProblemBuilder b = AllocationProblem.builder();
        int a = b.addRegion("A", 0);
        int d = b.addRegion("B", 0);
        b.addQuadraticSource(a, 10, 0, 1, 10);
        b.addQuadraticSource(d, 10, 0, 4, 10);
        b.addReceptor(d, new double[] {0, 1}, 5);
        OffsetRatios apart = OffsetRatios.of(b.build());
        assertEquals(ApprovalCode.ZERO_RATIO, apart.approve(holdings, 0, 1, 1).code());
        // No cap and a buyer reaching no receptor: nothing limits it.
        assertEquals(ApprovalCode.UNBOUNDED_RATIO, apart.approve(holdings, 1, 0, 1).code());
        assertThrows(IllegalArgumentException.class, () -> rules.approve(new double[] {1}, 0, 1, 1));
    }

    @Test
    void welfareWeightsAreRejected() {
        AllocationProblemBuilder b = AllocationProblem.builder();
        int r = b.addRegion("A", 3);
        b.addQuadraticSource(r, 10, 0, 1, 10);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AmbientTrading.equilibrium(b.build()));
        assertTrue(e.getMessage().contains("region A") && e.getMessage().contains("3.0"), e.getMessage());
    }

    private static AllocationProblem receptorOnly() {
        AllocationProblemBuilder b = AllocationProblem.builder();
        int a = b.addRegion("A", 0);
        int d = b.addRegion("B", 0);
        b.addQuadraticSource(a, 10, 0, 1, 10);
        b.addQuadraticSource(d, 10, 0, 4, 10);
        b.addReceptor(d, new double[] {0.2, 1}, 5);
        return b.build();
    }

    /** 2–4 regions, 1–3 receptors asking 10–70 % of what they can reach, a cap (70 % of instances). */
    private static AllocationProblem randomAmbient(SplittableRandom random) {
        int regions = 2 + random.nextInt(3);
        RandomSources s = RandomSources.draw(random, regions + random.nextInt(8), regions, 0.5, false);
        double[] regionMax = new double[regions];
        for (int i = 0; i < s.size(); i++) {
            regionMax[s.region[i]] += s.maxAbatement(i);
        }
        AllocationProblemBuilder b = s.builder();
        if (random.nextDouble() < 0.7) {
            b.capRequirement((0.1 + 0.5 * random.nextDouble()) * s.totalMax());
        }
        int receptors = 1 + random.nextInt(3);
        for (int k = 0; k < receptors; k++) {
            double[] row = new double[regions];
            double reach = 0;
            int home = random.nextInt(regions);
            for (int r = 0; r < regions; r++) {
                row[r] = r == home ? 0.5 + random.nextDouble() : (random.nextDouble() < 0.3 ? 0 : random.nextDouble());
                reach += row[r] * regionMax[r];
            }
            b.addReceptor(home, row, (0.1 + 0.6 * random.nextDouble()) * reach);
        }
        return b.build();
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double v : values) {
            total += v;
        }
        return total;
    }
}
