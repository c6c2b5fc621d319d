package org.airshed.scenarios.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ArrayNode;
import org.airshed.core.util.Jdk17DoubleText;
import org.junit.jupiter.api.Test;

/**
 * The number a sweep's grid chart writes into its label rule ("datum.mean < X") is JDK 17's text
 * on every JDK, as the rest of the chart's numbers are: it went through Jackson's node text, so the
 * running JDK's {@code Double.toString} (JDK 17 prints 3.3617264700000002E19 where JDK 19 on print 3.36172647E19).
 */
class SweepChartsNumbersTest {
    @Test
    void theLabelRulesThresholdIsJdk17sTextOnEveryJdk() {
        double high = 6.72345294E19;
        ArrayNode rows = Json.array();
        rows.addObject().set("mean", Json.number(0));
        rows.addObject().set("mean", Json.number(high));
        assertEquals(Jdk17DoubleText.text(high / 2), SweepCharts.darkBelow(rows));
        assertEquals("3.3617264700000002E19", SweepCharts.darkBelow(rows));

        ArrayNode whole = Json.array();
        whole.addObject().set("mean", Json.number(2));
        whole.addObject().set("mean", Json.number(8));
        assertEquals("5", SweepCharts.darkBelow(whole));
        assertEquals("0", SweepCharts.darkBelow(Json.array()));
    }
}
