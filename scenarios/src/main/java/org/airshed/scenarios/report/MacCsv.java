package org.airshed.scenarios.report;

import java.util.List;
import org.airshed.scenarios.pipeline.ResultFile;
import org.airshed.scenarios.run.CsvChunks;
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

    /**
     * The same bytes as {@link #of}, streamed into the staged file instead of held as one string,
     * rows formatted in chunks on both cores ({@link CsvChunks}): a row is found by its index.
     */
    static ResultFile file(List<MacCurve> curves) {
        return file(curves, 0);
    }

    /** As {@link #file(List)} on {@code threads} formatting threads; 0 for the machine's choice. */
    static ResultFile file(List<MacCurve> curves, int threads) {
        int n = curves.size();
        int[] first = new int[n + 1];
        double[][] price = new double[n][];
        double[][] abatement = new double[n][];
        double[][] cost = new double[n][];
        for (int c = 0; c < n; c++) {
            // The record's accessors copy: once per curve here, not once per row.
            price[c] = curves.get(c).price();
            abatement[c] = curves.get(c).abatement();
            cost[c] = curves.get(c).cost();
            first[c + 1] = Math.addExact(first[c], price[c].length);
        }
        CsvChunks.RowRange rows = (table, from, to) -> {
            int c = curveOf(first, from);
            for (int row = from; row < to; row++) {
                while (row >= first[c + 1]) {
                    c++;
                }
                String region = curves.get(c).region();
                int k = row - first[c];
                CsvTable.Row line = region == null ? table.row().text(TOTAL).empty()
                        : table.row().text(REGION).text(region);
                line.number(price[c][k]).number(abatement[c][k]).number(cost[c][k]).end();
            }
        };
        return new ResultFile(NAME, threads == 0 ? CsvChunks.streamed(NAME, COLUMNS, first[n], rows)
                : CsvChunks.streamed(NAME, COLUMNS, first[n], rows, threads));
    }

    /** The curve holding row {@code row}: the last c with first[c] <= row (curves may be empty). */
    private static int curveOf(int[] first, int row) {
        int at = java.util.Arrays.binarySearch(first, row);
        if (at < 0) {
            return -at - 2;
        }
        while (at + 1 < first.length - 1 && first[at + 1] == row) {
            at++;
        }
        return at;
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
