package org.airshed.core.model;

import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

import org.airshed.core.util.PrimitiveLists;
import org.airshed.core.util.ByteHash;

/**
 * Sources with step or quadratic curves held as columns of primitive arrays (a national
 * inventory: 10⁶ sources, 5·10⁶ blocks in about 150 MB instead of 2 GB of records). It is a
 * {@code List<Source>}: {@link #get(int)} makes the record on demand, so code written for records
 * works unchanged, and code that passes a million sources reads the columns instead.
 * Ids are unique (checked as sources are added); each source was a valid {@link Source} when
 * added. Block and quadratic columns follow the solver's layout: a step source has
 * {@code quadMax = 0, quadSlope = 1, quadLinear = 0}; a quadratic source has no blocks.
 */
public final class SourceTable extends AbstractList<Source> implements RandomAccess {
    private final int size;
    private final byte[] idBytes;
    private final int[] idStart;
    private final String[] regionNames;
    private final int[] regionCode;
    private final String[] sectorNames;
    private final int[] sectorCode;
    private final String[] departmentNames;
    private final int[] departmentCode;
    private final double[] baseline;
    private final int[] blockStart;
    private final double[] blockAmount;
    private final double[] blockCost;
    private final boolean[] quadratic;
    private final double[] quadLinear;
    private final double[] quadSlope;
    private final double[] quadMax;
    private final Origin origin;

    private SourceTable(Builder b) {
        this.size = b.baseline.size();
        this.idBytes = Arrays.copyOf(b.idBytes, b.idLength);
        this.idStart = b.idStart.toArray();
        this.regionNames = b.regions.names.toArray(new String[0]);
        this.regionCode = b.regions.codes.toArray();
        this.sectorNames = b.sectors.names.toArray(new String[0]);
        this.sectorCode = b.sectors.codes.toArray();
        this.departmentNames = b.departments.names.toArray(new String[0]);
        this.departmentCode = b.departments.codes.toArray();
        this.baseline = b.baseline.toArray();
        this.blockStart = b.blockStart.toArray();
        this.blockAmount = b.blockAmount.toArray();
        this.blockCost = b.blockCost.toArray();
        this.quadratic = Arrays.copyOf(b.quadratic, size);
        this.quadLinear = b.quadLinear.toArray();
        this.quadSlope = b.quadSlope.toArray();
        this.quadMax = b.quadMax.toArray();
        this.origin = b.origin;
    }

    /** The sources of {@code columns} (checked there), taking its arrays; {@code origin} may be null. */
    public static SourceTable of(SourceColumns columns, Origin origin) {
        return new SourceTable(columns, origin);
    }

    private SourceTable(SourceColumns c, Origin origin) {
        this.size = c.size();
        this.idBytes = c.idBytes();
        this.idStart = c.idStart();
        this.regionNames = c.regionNames();
        this.regionCode = c.regionCode();
        this.sectorNames = c.sectorNames();
        this.sectorCode = c.sectorCode();
        this.departmentNames = c.departmentNames();
        this.departmentCode = c.departmentCode();
        this.baseline = c.baseline();
        this.blockStart = c.blockStart();
        this.blockAmount = c.blockAmount();
        this.blockCost = c.blockCost();
        this.quadratic = c.quadratic();
        this.quadLinear = c.quadLinear();
        this.quadSlope = c.quadSlope();
        this.quadMax = c.quadMax();
        this.origin = origin;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** True when {@code source} can be held in a table (its curve is steps or quadratic, not options). */
    public static boolean holds(Source source) {
        return source.curve() instanceof StepCurve || source.curve() instanceof QuadraticCurve;
    }

    @Override
    public int size() {
        return size;
    }

    /** The file the sources were read from, whole and alone; null when they were not. */
    public Origin origin() {
        return origin;
    }

    /** Source i as a record, made now (the table keeps only columns). */
    @Override
    public Source get(int i) {
        return new Source(id(i), region(i), sector(i), department(i), baseline[i], curve(i));
    }

    public String id(int i) {
        return new String(idBytes, idStart[i], idStart[i + 1] - idStart[i], StandardCharsets.UTF_8);
    }

    public String region(int i) {
        return regionNames[regionCode[i]];
    }

    public String sector(int i) {
        return sectorNames[sectorCode[i]];
    }

    public String department(int i) {
        return departmentNames[departmentCode[i]];
    }

    /** Emissions before abatement (mass). */
    public double baseline(int i) {
        return baseline[i];
    }

    /** Σ baselines in source order: the same double as summing the records one by one. */
    public double totalBaseline() {
        double total = 0;
        for (double b : baseline) {
            total += b;
        }
        return total;
    }

    /** The distinct region ids of the sources, in order of first appearance. */
    public List<String> regionIds() {
        return List.of(regionNames);
    }

    public boolean isQuadratic(int i) {
        return quadratic[i];
    }

    public int blockCount(int i) {
        return blockStart[i + 1] - blockStart[i];
    }

    // The solver's columns, shared rather than copied (never modified): see AllocationProblemBuilder#sources.

    /** Region code of each source: an index into {@link #regionIds()}. */
    public int[] regionCodes() {
        return regionCode;
    }

    public double[] baselines() {
        return baseline;
    }

    /** Blocks of source i are {@code blockStart[i] .. blockStart[i+1]-1}; length size + 1. */
    public int[] blockStarts() {
        return blockStart;
    }

    public double[] blockAmounts() {
        return blockAmount;
    }

    public double[] blockCosts() {
        return blockCost;
    }

    public double[] quadLinears() {
        return quadLinear;
    }

    public double[] quadSlopes() {
        return quadSlope;
    }

    public double[] quadMaxima() {
        return quadMax;
    }

    private AbatementCurve curve(int i) {
        if (quadratic[i]) {
            return new QuadraticCurve(quadLinear[i], quadSlope[i], quadMax[i]);
        }
        List<Step> steps = new ArrayList<>(blockCount(i));
        for (int b = blockStart[i]; b < blockStart[i + 1]; b++) {
            steps.add(new Step(blockAmount[b], blockCost[b]));
        }
        return new StepCurve(steps);
    }

    /** Collects sources row by row; each added source was a valid record, and no id is added twice. */
    public static final class Builder {
        private byte[] idBytes = new byte[1 << 10];
        private int idLength;
        private final PrimitiveLists.Ints idStart = new PrimitiveLists.Ints();
        private final Dictionary regions = new Dictionary();
        private final Dictionary sectors = new Dictionary();
        private final Dictionary departments = new Dictionary();
        private final PrimitiveLists.Doubles baseline = new PrimitiveLists.Doubles();
        private final PrimitiveLists.Ints blockStart = new PrimitiveLists.Ints();
        private final PrimitiveLists.Doubles blockAmount = new PrimitiveLists.Doubles();
        private final PrimitiveLists.Doubles blockCost = new PrimitiveLists.Doubles();
        private boolean[] quadratic = new boolean[16];
        private final PrimitiveLists.Doubles quadLinear = new PrimitiveLists.Doubles();
        private final PrimitiveLists.Doubles quadSlope = new PrimitiveLists.Doubles();
        private final PrimitiveLists.Doubles quadMax = new PrimitiveLists.Doubles();
        /**
         * Open addressing over source indices + 1 (0 is empty), keyed by the id's bytes; null while the
         * ids came in ascending order, when comparing with the last one is the whole lookup (issue 17).
         */
        private int[] slots;
        private boolean built;
        private Origin origin;

        private Builder() {
            idStart.add(0);
            blockStart.add(0);
        }

        public int size() {
            return baseline.size();
        }

        /** Index of the source with id {@code id} added before, −1 when none was. */
        public int indexOf(String id) {
            byte[] key = id.getBytes(StandardCharsets.UTF_8);
            if (slots == null) {
                return afterLast(key) ? -1 : ascendingIndexOf(key);
            }
            return slots[slot(key)] - 1;
        }

        /**
         * Adds a source; throws IllegalArgumentException when its id was added before or its curve
         * is technology options (which a table does not hold; check {@link #holds(Source)}).
         */
        public Builder add(Source source) {
            if (!addIfNew(source)) {
                throw new IllegalArgumentException("duplicate source id: " + source.id());
            }
            return this;
        }

        /** Adds a source whose id was not added before and returns true; false, adding nothing, for a repeated id. */
        public boolean addIfNew(Source source) {
            if (built) {
                throw new IllegalStateException("the table was built; a builder makes one table");
            }
            if (!holds(source)) {
                throw new IllegalArgumentException("a source table holds step and quadratic curves only, not "
                        + source.curve().getClass().getSimpleName() + " (source " + source.id() + ")");
            }
            byte[] key = source.id().getBytes(StandardCharsets.UTF_8);
            int slot = -1;
            if (slots != null || !afterLast(key)) {
                if (slots == null) {
                    index(); // the first id out of order: from now on, the hash table
                }
                slot = slot(key);
                if (slots[slot] != 0) {
                    return false;
                }
            }
            int index = size();
            if (slot >= 0) {
                slots[slot] = index + 1;
            }
            appendId(key);
            regions.add(source.region());
            sectors.add(source.sector());
            departments.add(source.department());
            baseline.add(source.baseline());
            if (index == quadratic.length) {
                quadratic = Arrays.copyOf(quadratic, index * 2);
            }
            if (source.curve() instanceof QuadraticCurve q) {
                quadratic[index] = true;
                quadLinear.add(q.linear());
                quadSlope.add(q.slope());
                quadMax.add(q.max());
            } else {
                for (Step step : ((StepCurve) source.curve()).steps()) {
                    blockAmount.add(step.amount());
                    blockCost.add(step.unitCost());
                }
                quadLinear.add(0);
                quadSlope.add(1);
                quadMax.add(0);
            }
            blockStart.add(blockAmount.size());
            if (slots != null && size() * 2 > slots.length) {
                rehash(slots.length * 2);
            }
            return true;
        }

        /** Records that the sources added are the whole of {@code origin}'s file, in its order. */
        public Builder origin(Origin origin) {
            this.origin = origin;
            return this;
        }

        public SourceTable build() {
            built = true;
            return new SourceTable(this);
        }

        private void appendId(byte[] key) {
            if (idLength + key.length > idBytes.length) {
                idBytes = Arrays.copyOf(idBytes, Math.max(idBytes.length * 2, idLength + key.length));
            }
            System.arraycopy(key, 0, idBytes, idLength, key.length);
            idLength += key.length;
            idStart.add(idLength);
        }

        /** The slot holding {@code key}, or the empty slot where it would go (linear probing). */
        private int slot(byte[] key) {
            int mask = slots.length - 1;
            int s = ByteHash.of(key, 0, key.length) & mask;
            while (slots[s] != 0 && !sameId(slots[s] - 1, key)) {
                s = (s + 1) & mask;
            }
            return s;
        }

        private boolean sameId(int index, byte[] key) {
            int start = idStart.get(index);
            return Arrays.equals(idBytes, start, idStart.get(index + 1), key, 0, key.length);
        }

        /** Whether {@code key} comes after every id added so far, which are in ascending order. */
        private boolean afterLast(byte[] key) {
            int n = size();
            return n == 0 || Arrays.compareUnsigned(idBytes, idStart.get(n - 1), idStart.get(n), key, 0, key.length) < 0;
        }

        /** Binary search of ids in ascending (unsigned byte) order. */
        private int ascendingIndexOf(byte[] key) {
            int low = 0;
            int high = size() - 1;
            while (low <= high) {
                int mid = (low + high) >>> 1;
                int c = Arrays.compareUnsigned(idBytes, idStart.get(mid), idStart.get(mid + 1), key, 0, key.length);
                if (c < 0) {
                    low = mid + 1;
                } else if (c > 0) {
                    high = mid - 1;
                } else {
                    return mid;
                }
            }
            return -1;
        }

        /** Puts every id added so far into a new hash table, at most half full after one more. */
        private void index() {
            int length = 1 << 10;
            while ((size() + 1) * 2 > length) {
                length *= 2;
            }
            rehash(length);
        }

        private void rehash(int length) {
            slots = new int[length];
            int mask = slots.length - 1;
            for (int i = 0; i < size(); i++) {
                int start = idStart.get(i);
                int s = ByteHash.of(idBytes, start, idStart.get(i + 1)) & mask;
                while (slots[s] != 0) {
                    s = (s + 1) & mask;
                }
                slots[s] = i + 1;
            }
        }

    }

    /**
     * Where a table's sources were read from: a file, by its path and the SHA-256 of its bytes
     * (lower-case hex), so that a scenario can name the file instead of repeating its sources.
     */
    public record Origin(String file, String sha256) {
        public Origin {
            new Checks().notBlank("file", file)
                    .require(sha256 != null && sha256.matches("[0-9a-f]{64}"), "sha256", sha256,
                            "must be 64 lower-case hexadecimal digits")
                    .throwIfAny();
        }
    }

    /** Few distinct strings (regions, sectors) held once, with one code per source. */
    private static final class Dictionary {
        private final List<String> names = new ArrayList<>();
        private final Map<String, Integer> codesByName = new HashMap<>();
        private final PrimitiveLists.Ints codes = new PrimitiveLists.Ints();
        private String last;
        private int lastCode = -1;

        void add(String name) {
            if (!name.equals(last)) {
                last = name;
                lastCode = codesByName.computeIfAbsent(name, n -> {
                    names.add(n);
                    return names.size() - 1;
                });
            }
            codes.add(lastCode);
        }
    }
}
