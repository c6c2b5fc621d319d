package org.airshed.core.model;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.airshed.core.util.ByteHash;

/**
 * Sources as columns, the layout of {@link SourceTable} (a fast reader builds them whole, with no
 * record per source): source i has id {@code idBytes[idStart[i], idStart[i+1])} (UTF-8), names by
 * code, and blocks {@code blockStart[i] .. blockStart[i+1]-1}; a step source has
 * {@code quadLinear = 0, quadSlope = 1, quadMax = 0}, a quadratic one no blocks. The arrays are
 * taken, not copied. Checked here as {@link Source}, {@link StepCurve}, {@link Step} and
 * {@link QuadraticCurve} check each source, on the primitives, and for unique ids; the first
 * source refused is named with its value.
 */
public record SourceColumns(byte[] idBytes, int[] idStart, String[] regionNames, int[] regionCode,
                            String[] sectorNames, int[] sectorCode, String[] departmentNames, int[] departmentCode,
                            double[] baseline, int[] blockStart, double[] blockAmount, double[] blockCost,
                            boolean[] quadratic, double[] quadLinear, double[] quadSlope, double[] quadMax) {
    public SourceColumns {
        int n = baseline.length;
        Checks c = new Checks();
        c.require(idStart.length == n + 1 && blockStart.length == n + 1 && regionCode.length == n
                && sectorCode.length == n && departmentCode.length == n && quadratic.length == n
                && quadLinear.length == n && quadSlope.length == n && quadMax.length == n
                && blockAmount.length == blockCost.length && blockStart[n] == blockAmount.length
                && idStart[n] == idBytes.length, "columns", n, "have lengths that do not match " + n + " sources");
        c.throwIfAny();
        names(c, "region", regionNames, regionCode);
        names(c, "sector", sectorNames, sectorCode);
        names(c, "department", departmentNames, departmentCode);
        c.throwIfAny();
        for (int i = 0; i < n && c.isEmpty(); i++) {
            source(c, i, idBytes, idStart, baseline[i], blockStart, blockAmount, blockCost, quadratic[i],
                    quadLinear[i], quadSlope[i], quadMax[i]);
        }
        c.throwIfAny();
        int repeated = firstRepeatedId(idBytes, idStart);
        c.require(repeated < 0, "sources[" + repeated + "].id", repeated < 0 ? null : id(idBytes, idStart, repeated),
                "duplicate source id");
        c.throwIfAny();
    }

    public int size() {
        return baseline.length;
    }

    /** Names non-blank (sector and department already {@link Source#UNSPECIFIED} when left out), codes in range. */
    private static void names(Checks c, String field, String[] names, int[] codes) {
        for (String name : names) {
            c.require(name != null && !name.isBlank(), field, name, "must be a non-empty string").name(field, name);
        }
        for (int i = 0; i < codes.length; i++) {
            if (codes[i] < 0 || codes[i] >= names.length) {
                c.require(false, "sources[" + i + "]." + field, codes[i], "is not the code of a name");
                return;
            }
        }
    }

    /**
     * One source's checks, the records' rules on primitives; messages are made only for a source
     * refused (a million sources are checked).
     */
    private static void source(Checks c, int i, byte[] idBytes, int[] idStart, double baseline, int[] blockStart,
                               double[] amount, double[] unitCost, boolean quadratic, double linear, double slope,
                               double max) {
        if (isBlank(idBytes, idStart[i], idStart[i + 1])) {
            c.require(false, at(i) + "id", id(idBytes, idStart, i), "must be a non-empty string");
        } else if (PaddedNames.isPadded(idBytes, idStart[i], idStart[i + 1])) {
            c.name(at(i) + "id", id(idBytes, idStart, i));
        }
        if (!(Double.isFinite(baseline) && baseline >= 0)) {
            c.require(false, at(i) + "baseline", baseline, "must be a finite number >= 0");
        }
        int from = blockStart[i];
        int to = blockStart[i + 1];
        double capacity = quadratic ? quadraticCapacity(c, i, from, to, linear, slope, max)
                : stepCapacity(c, i, from, to, amount, unitCost, linear, slope, max);
        if (c.isEmpty() && !(capacity <= baseline * (1 + 1e-12))) {
            c.require(false, at(i) + (quadratic ? "quadratic.max" : "steps"), capacity,
                    "abatement capacity exceeds the baseline " + baseline);
        }
    }

    /** QuadraticCurve's checks; its capacity is {@code max}. */
    private static double quadraticCapacity(Checks c, int i, int from, int to, double linear, double slope,
                                            double max) {
        if (from != to) {
            c.require(false, at(i) + "quadratic", to - from, "a quadratic source has no blocks");
        }
        if (!Double.isFinite(linear)) {
            c.require(false, at(i) + "quadratic.linear", linear, "must be a finite number");
        }
        if (!(Double.isFinite(slope) && slope > 0)) {
            c.require(false, at(i) + "quadratic.slope", slope, "must be a finite number > 0");
        }
        if (!(Double.isFinite(max) && max >= 0)) {
            c.require(false, at(i) + "quadratic.max", max, "must be a finite number >= 0");
        }
        return max;
    }

    /** Step's and StepCurve's checks; the capacity summed as StepCurve.maxAbatement sums it, in order from zero. */
    private static double stepCapacity(Checks c, int i, int from, int to, double[] amount, double[] unitCost,
                                       double linear, double slope, double max) {
        if (from > to || linear != 0 || slope != 1 || max != 0) {
            c.require(false, at(i) + "steps", to - from,
                    "a step source has blocks in order and the solver's quadratic columns (0, 1, 0)");
            return 0;
        }
        double capacity = 0;
        for (int b = from; b < to; b++) {
            boolean step = Double.isFinite(amount[b]) && amount[b] >= 0 && Double.isFinite(unitCost[b]);
            if (!step || b > from && !(unitCost[b] >= unitCost[b - 1])) {
                c.require(false, at(i) + "steps[" + (b - from) + "]", "amount " + amount[b] + ", unitCost " + unitCost[b],
                        step ? "unit costs must be non-decreasing (convex curve)"
                                : "amount must be a finite number >= 0 and unitCost a finite number");
                return 0;
            }
            capacity += amount[b];
        }
        return capacity;
    }

    private static String at(int i) {
        return "sources[" + i + "].";
    }

    /** As String.isBlank on the UTF-8 text, without decoding an ASCII id. */
    private static boolean isBlank(byte[] id, int from, int to) {
        for (int i = from; i < to; i++) {
            if (id[i] < 0) {
                return new String(id, from, to - from, StandardCharsets.UTF_8).isBlank();
            }
            if (!Character.isWhitespace(id[i])) {
                return false;
            }
        }
        return true;
    }

    private static String id(byte[] idBytes, int[] idStart, int i) {
        return new String(idBytes, idStart[i], idStart[i + 1] - idStart[i], StandardCharsets.UTF_8);
    }

    /** The index of the first id that an earlier source has, −1 when all differ (ascending ids need no table). */
    private static int firstRepeatedId(byte[] idBytes, int[] idStart) {
        int n = idStart.length - 1;
        int i = 1;
        while (i < n && Arrays.compareUnsigned(idBytes, idStart[i - 1], idStart[i], idBytes, idStart[i],
                idStart[i + 1]) < 0) {
            i++;
        }
        if (i >= n) {
            return -1;
        }
        int length = Integer.highestOneBit(Math.max(2, n) * 2) * 2;
        int[] slots = new int[length];
        int mask = length - 1;
        for (int k = 0; k < n; k++) {
            int s = ByteHash.of(idBytes, idStart[k], idStart[k + 1]) & mask;
            while (slots[s] != 0) {
                int other = slots[s] - 1;
                if (Arrays.equals(idBytes, idStart[other], idStart[other + 1], idBytes, idStart[k], idStart[k + 1])) {
                    return k;
                }
                s = (s + 1) & mask;
            }
            slots[s] = k + 1;
        }
        return -1;
    }

}
