package org.airshed.core.study;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.airshed.core.allocation.AllocationProblemBuilder;
import org.airshed.core.model.SourceTable;

/**
 * A {@link SourceTable}'s sources into a problem builder without making a record per source:
 * when the problem keeps every region, the table's columns are shared whole (only the region
 * codes are renumbered); otherwise the sources of the kept regions are copied one by one.
 */
final class TableSources {
    private TableSources() {
    }

    /**
     * Adds the sources whose region is in {@code index} (region id → problem region), adding their
     * baselines to {@code regionBaseline} in source order; returns the table indices of the sources added.
     */
    static int[] add(AllocationProblemBuilder builder, SourceTable table, Map<String, Integer> index,
                     double[] regionBaseline) {
        List<String> codes = table.regionIds();
        int[] problemRegion = new int[codes.size()];
        boolean all = true;
        for (int c = 0; c < problemRegion.length; c++) {
            Integer r = index.get(codes.get(c));
            problemRegion[c] = r == null ? -1 : r;
            all &= r != null;
        }
        int[] code = table.regionCodes();
        double[] baseline = table.baselines();
        if (all) {
            int[] region = new int[table.size()];
            for (int i = 0; i < region.length; i++) {
                region[i] = problemRegion[code[i]];
                regionBaseline[region[i]] += baseline[i];
            }
            builder.addSources(region, baseline, table.blockStarts(), table.blockAmounts(), table.blockCosts(),
                    table.quadLinears(), table.quadSlopes(), table.quadMaxima());
            int[] included = new int[region.length];
            Arrays.setAll(included, i -> i);
            return included;
        }
        int[] included = new int[table.size()];
        int count = 0;
        int[] blockStart = table.blockStarts();
        for (int i = 0; i < table.size(); i++) {
            int r = problemRegion[code[i]];
            if (r < 0) {
                continue;
            }
            regionBaseline[r] += baseline[i];
            included[count++] = i;
            if (table.isQuadratic(i)) {
                builder.addQuadraticSource(r, baseline[i], table.quadLinears()[i], table.quadSlopes()[i],
                        table.quadMaxima()[i]);
            } else {
                builder.addStepSource(r, baseline[i], Arrays.copyOfRange(table.blockAmounts(), blockStart[i],
                        blockStart[i + 1]), Arrays.copyOfRange(table.blockCosts(), blockStart[i], blockStart[i + 1]));
            }
        }
        return Arrays.copyOf(included, count);
    }
}
