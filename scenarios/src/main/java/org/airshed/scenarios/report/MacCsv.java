package org.airshed.scenarios.report;

import java.util.List;
import org.airshed.scenarios.pipeline.ResultFile;
import org.airshed.scenarios.run.CsvTable;

/**
 * {@code mac.csv}: the marginal-abatement-cost curves as data, one row per breakpoint:
 * {@code curve} ({@code total}, or {@code region} with its id in {@code region}), {@code price}
 * (money per mass), {@code abatement} (mass abated at that price, cumulative) and {@code cost}
 * (its least cost, money). The total curve comes first, then each region's in file order.
 */
final class MacCsv {
    static final String NAME = "mac.csv";
    static final List<String> COLUMNS = List.of("curve", "region", "price", "abatement", "cost");
    static final String TOTAL = "total";
    static final String REGION = "region";

    private MacCsv() {
    }

    static String of(List<MacCurve> curves) {
        CsvTable table = new CsvTable(COLUMNS);
        rows(curves, table);
        return table.text();
    }

    /** The same bytes as {@link #of}, streamed into the staged file instead of held as one string. */
    static ResultFile file(List<MacCurve> curves) {
        return new ResultFile(NAME, CsvTable.streamed(COLUMNS, table -> rows(curves, table)));
    }

    private static void rows(List<MacCurve> curves, CsvTable table) {
        for (MacCurve curve : curves) {
            String kind = curve.region() == null ? TOTAL : REGION;
            double[] price = curve.price();
            double[] abatement = curve.abatement();
            double[] cost = curve.cost();
            for (int k = 0; k < price.length; k++) {
                table.row().text(kind).text(curve.region()).number(price[k]).number(abatement[k]).number(cost[k]).end();
            }
        }
    }
}
