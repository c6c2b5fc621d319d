package org.airshed.scenarios.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.SplittableRandom;
import org.airshed.core.util.Jdk17DoubleText;
import org.airshed.scenarios.pipeline.SummaryText;
import org.junit.jupiter.api.Test;

/**
 * A chart's numbers, in its spec file and in the page, are JDK 17's texts on every JDK, as the
 * tables' are: values whose digits JDK 19 changed (2e23, 1.0E23's neighbour, 5.0E-324...) and
 * seeded sums such as the curves hold. On JDK 17 Jackson printed these too; on a later JDK it
 * printed the running JDK's digits, so a report differed from one machine to the next.
 */
class ChartNumbersTest {
    /** Doubles whose shortest digits (JDK 19 on) differ from JDK 17's Double.toString. */
    private static final double[] CHANGED_SINCE_JDK_19 = {2e23, 8.41e21, 5.0E-324, 1.0E23, 9.9E-324, 2.82879384806159E17,
            1.387364135037754E18, 1.45800632428665E17, 1.9400994884341945E25, 5.684341886080802E-14};

    @Test
    void specFilesAndThePagePrintJdk17sDigitsOnEveryJdk() {
        ObjectNode spec = Json.object();
        StringBuilder pretty = new StringBuilder("{\n");
        StringBuilder compact = new StringBuilder("{");
        SplittableRandom random = new SplittableRandom(20261206L);
        double sum = 0;
        for (int i = 0; i < CHANGED_SINCE_JDK_19.length + 200; i++) {
            double value;
            if (i < CHANGED_SINCE_JDK_19.length) {
                value = CHANGED_SINCE_JDK_19[i];
            } else {
                sum += random.nextInt(1, 100_000) / 1000.0 * (random.nextInt(100, 1_000_000) / 100.0);
                value = sum;
            }
            spec.set("v" + i, Json.number(value));
            String text = value == Math.rint(value) && Math.abs(value) < 1e15
                    ? Long.toString((long) value) : Jdk17DoubleText.text(value);
            pretty.append(i == 0 ? "" : ",\n").append("  \"v").append(i).append("\": ").append(text);
            compact.append(i == 0 ? "" : ",").append("\"v").append(i).append("\":").append(text);
        }
        assertEquals(pretty + "\n}\n", Json.pretty(spec));
        assertEquals(compact + "}", Json.compact(spec));
        assertEquals(pretty + "\n}\n", SummaryText.of(spec));
        assertEquals("{\"v0\":1.9999999999999998E23}", Json.compact(Json.object().set("v0", Json.number(2e23))));
    }
}
