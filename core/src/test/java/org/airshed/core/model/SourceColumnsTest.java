package org.airshed.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The column checks against the records they stand for (the reference): on seeded sources drawn
 * from the edges of each rule, the columns are accepted exactly when Source, StepCurve, Step and
 * QuadraticCurve accept the same values, and the table they make holds the same records.
 */
class SourceColumnsTest {
    private static final double[] NUMBERS = {0, -0.0, 1, 2.5, -3, 1e-300, 50, 100, 100 + 1e-11, 100 * (1 + 2e-12),
        Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
    private static final String[] IDS = {"S1", " ", "", "\u3000", "源", "\u0001"};

    @Test
    void acceptedExactlyWhenTheRecordsAccept() {
        SplittableRandom random = new SplittableRandom(20261206);
        int accepted = 0;
        for (int k = 0; k < 20_000; k++) {
            String id = IDS[random.nextInt(4) == 0 ? random.nextInt(IDS.length) : 0];
            String region = random.nextInt(10) == 0 ? " " : "R1";
            double baseline = random.nextInt(3) == 0 ? pick(random) : 100;
            boolean quadratic = random.nextInt(3) == 0;
            double[] q = {pick(random), random.nextBoolean() ? pick(random) : 4, pick(random)};
            int blocks = quadratic ? 0 : random.nextInt(0, 4);
            double[] amount = new double[blocks];
            double[] cost = new double[blocks];
            for (int b = 0; b < blocks; b++) {
                amount[b] = random.nextInt(3) == 0 ? pick(random) : 20 + b;
                cost[b] = random.nextInt(3) == 0 ? pick(random) : b;
            }
            Source record = record(id, region, baseline, quadratic, q, amount, cost);
            SourceColumns columns = columns(id, region, baseline, quadratic, q, amount, cost);
            assertEquals(record != null, columns != null, () -> id + " " + region + " " + baseline + " " + quadratic);
            if (record != null) {
                accepted++;
                assertEquals(List.of(record), SourceTable.of(columns, null));
            }
        }
        assertEquals(true, accepted > 2_000 && accepted < 18_000, "accepted " + accepted);
    }

    @Test
    void repeatedIdsAreRefusedInAnyOrder() {
        byte[] ids = "ABA".getBytes(StandardCharsets.UTF_8);
        assertThrows(InvalidModelException.class, () -> threeSources(ids));
        assertEquals(3, threeSources("ACB".getBytes(StandardCharsets.UTF_8)).size());
        assertEquals(3, threeSources("ABC".getBytes(StandardCharsets.UTF_8)).size());
        assertThrows(InvalidModelException.class, () -> threeSources("ABB".getBytes(StandardCharsets.UTF_8)));
    }

    private static SourceColumns threeSources(byte[] ids) {
        return new SourceColumns(ids, new int[] {0, 1, 2, 3}, new String[] {"R"}, new int[3],
                new String[] {Source.UNSPECIFIED}, new int[3], new String[] {Source.UNSPECIFIED}, new int[3],
                new double[3], new int[4], new double[0], new double[0], new boolean[3], new double[3],
                new double[] {1, 1, 1}, new double[3]);
    }

    private static double pick(SplittableRandom random) {
        return NUMBERS[random.nextInt(NUMBERS.length)];
    }

    private static Source record(String id, String region, double baseline, boolean quadratic, double[] q,
                                 double[] amount, double[] cost) {
        try {
            AbatementCurve curve;
            if (quadratic) {
                curve = new QuadraticCurve(q[0], q[1], q[2]);
            } else {
                List<Step> steps = new ArrayList<>();
                for (int b = 0; b < amount.length; b++) {
                    steps.add(new Step(amount[b], cost[b]));
                }
                curve = new StepCurve(steps);
            }
            return new Source(id, region, null, null, baseline, curve);
        } catch (InvalidModelException e) {
            return null;
        }
    }

    private static SourceColumns columns(String id, String region, double baseline, boolean quadratic, double[] q,
                                         double[] amount, double[] cost) {
        byte[] idBytes = id.getBytes(StandardCharsets.UTF_8);
        try {
            return new SourceColumns(idBytes, new int[] {0, idBytes.length}, new String[] {region}, new int[1],
                    new String[] {Source.UNSPECIFIED}, new int[1], new String[] {Source.UNSPECIFIED}, new int[1],
                    new double[] {baseline}, new int[] {0, amount.length}, amount, cost, new boolean[] {quadratic},
                    new double[] {quadratic ? q[0] : 0}, new double[] {quadratic ? q[1] : 1},
                    new double[] {quadratic ? q[2] : 0});
        } catch (InvalidModelException e) {
            return null;
        }
    }
}
