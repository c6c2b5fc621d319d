package org.airshed.core.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.airshed.core.model.Source;
import org.airshed.core.model.SourceColumns;

/**
 * Joins the pieces of a sources CSV in file order, each as soon as it is read (so that only the
 * pieces in flight are held), into one set of columns: a piece whose first source has the id of
 * the source before it continues that source (its repeated cells checked equal, as the reference
 * checks a further row; its blocks follow on), line numbers run on from piece to piece, names get
 * one code each in order of first appearance, as {@link org.airshed.core.model.SourceTable.Builder}
 * gives them. {@link SourceColumns} then checks each source against the records' rules and the
 * ids for duplicates.
 */
final class SourcesCsvJoin {
    private final String file;
    private final long fileBytes;
    /** The bytes of the pieces joined so far, for {@link #growth}. */
    private long bytesJoined;
    private final Names regions = new Names();
    private final Names sectors = new Names();
    private final Names departments = new Names();
    private byte[] idBytes = new byte[0];
    private int[] idStart = new int[1];
    private int[] regionCode = new int[0];
    private int[] sectorCode = new int[0];
    private int[] departmentCode = new int[0];
    private double[] baseline = new double[0];
    private int[] blockStart = new int[1];
    private double[] blockAmount = new double[0];
    private double[] blockCost = new double[0];
    private boolean[] quadratic = new boolean[0];
    private double[] quadLinear = new double[0];
    private double[] quadSlope = new double[0];
    private double[] quadMax = new double[0];
    private long[] startLines = new long[0];
    private int size;
    private int blocks;
    private int idLength;
    /** The line the next piece starts on: the one after the header, then on. */
    private long firstLine = 2;
    /** The repeated cells of the last source joined, for a piece that continues it. */
    private byte[] lastKey;

    SourcesCsvJoin(String file, long fileBytes) {
        this.file = file;
        this.fileBytes = fileBytes;
    }

    /** Joins the next piece (read whole and plain); false when the reference must say what is wrong. */
    boolean add(SourcesCsvPiece piece) {
        int first = 0;
        if (piece.size() > 0 && size > 0 && Arrays.equals(idBytes, idStart[size - 1], idLength, piece.idBytes, 0,
                piece.idStart.get(1))) {
            if (quadratic[size - 1] || piece.quadratic[0] || !Arrays.equals(lastKey, piece.firstKey)) {
                return false;
            }
            first = 1;
        }
        reserve(piece, first);
        String[] names = new String[piece.names.size()];
        for (int k = 0; k < names.length; k++) {
            names[k] = piece.names.name(k);
        }
        int[] region = unmapped(names.length);
        int[] sector = unmapped(names.length);
        int[] department = unmapped(names.length);
        int idFrom = piece.idStart.get(Math.min(first, piece.size()));
        int idShift = idLength - idFrom;
        for (int i = first; i < piece.size(); i++) {
            idStart[size] = piece.idStart.get(i) + idShift;
            regionCode[size] = regions.code(region, piece.region.get(i), names, false);
            sectorCode[size] = sectors.code(sector, piece.sector.get(i), names, true);
            departmentCode[size] = departments.code(department, piece.department.get(i), names, true);
            baseline[size] = piece.baseline.get(i);
            blockStart[size] = piece.blockStart.get(i) + blocks;
            quadratic[size] = piece.quadratic[i];
            quadLinear[size] = piece.quadLinear.get(i);
            quadSlope[size] = piece.quadSlope.get(i);
            quadMax[size] = piece.quadMax.get(i);
            startLines[size] = firstLine + piece.line.get(i);
            size++;
        }
        System.arraycopy(piece.idBytes, idFrom, idBytes, idLength, piece.idLength - idFrom);
        idLength += piece.idLength - idFrom;
        for (int b = 0; b < piece.blockAmount.size(); b++) {
            blockAmount[blocks + b] = piece.blockAmount.get(b);
            blockCost[blocks + b] = piece.blockCost.get(b);
        }
        blocks += piece.blockAmount.size();
        firstLine += piece.lines;
        if (piece.size() > first) {
            lastKey = piece.lastKey();
        }
        return true;
    }

    /** The sources joined, or null when the records' rules or a repeated id refuse them (the reference names it). */
    CsvSources finish() {
        double[][] blockColumns = blockColumns();
        return finish(() -> blockColumns);
    }

    /**
     * As {@link #finish()}, with the block columns trimmed elsewhere (another thread: they are half
     * the bytes to copy) while this thread trims the per-source ones; {@code blockColumns} gives them.
     */
    CsvSources finish(Supplier<double[][]> blockColumns) {
        byte[] ids = Arrays.copyOf(idBytes, idLength);
        int[] idStarts = withEnd(idStart, idLength);
        int[] regionCodes = Arrays.copyOf(regionCode, size);
        int[] sectorCodes = Arrays.copyOf(sectorCode, size);
        int[] departmentCodes = Arrays.copyOf(departmentCode, size);
        double[] baselines = Arrays.copyOf(baseline, size);
        int[] blockStarts = withEnd(blockStart, blocks);
        boolean[] quadratics = Arrays.copyOf(quadratic, size);
        double[] linears = Arrays.copyOf(quadLinear, size);
        double[] slopes = Arrays.copyOf(quadSlope, size);
        double[] maxima = Arrays.copyOf(quadMax, size);
        long[] lines = Arrays.copyOf(startLines, size);
        double[][] trimmed = blockColumns.get();
        SourceColumns columns;
        try {
            columns = new SourceColumns(ids, idStarts, regions.names(), regionCodes, sectors.names(), sectorCodes,
                    departments.names(), departmentCodes, baselines, blockStarts, trimmed[0], trimmed[1], quadratics,
                    linears, slopes, maxima);
        } catch (IllegalArgumentException e) {
            return null;
        }
        return CsvSources.of(file, columns, lines);
    }

    /** The blocks' amounts and unit costs, trimmed to length; reads only what {@link #add} wrote. */
    double[][] blockColumns() {
        return new double[][] {Arrays.copyOf(blockAmount, blocks), Arrays.copyOf(blockCost, blocks)};
    }

    private int[] withEnd(int[] starts, int end) {
        int[] exact = Arrays.copyOf(starts, size + 1);
        exact[size] = end;
        return exact;
    }

    /** Room for the piece. */
    private void reserve(SourcesCsvPiece piece, int first) {
        int sources = size + piece.size() - first;
        int newBlocks = blocks + piece.blockAmount.size();
        int ids = idLength + piece.idLength;
        bytesJoined += piece.bytes();
        long neededBytes = SOURCE_BYTES * (long) sources + BLOCK_BYTES * (long) newBlocks + ids;
        double scale = growth(fileBytes, bytesJoined, neededBytes, Runtime.getRuntime().maxMemory() / 8);
        if (sources + 1 > idStart.length) {
            int capacity = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(sources + 1, scale * sources + 16));
            idStart = Arrays.copyOf(idStart, capacity);
            regionCode = Arrays.copyOf(regionCode, capacity);
            sectorCode = Arrays.copyOf(sectorCode, capacity);
            departmentCode = Arrays.copyOf(departmentCode, capacity);
            baseline = Arrays.copyOf(baseline, capacity);
            blockStart = Arrays.copyOf(blockStart, capacity);
            quadratic = Arrays.copyOf(quadratic, capacity);
            quadLinear = Arrays.copyOf(quadLinear, capacity);
            quadSlope = Arrays.copyOf(quadSlope, capacity);
            quadMax = Arrays.copyOf(quadMax, capacity);
            startLines = Arrays.copyOf(startLines, capacity);
        }
        if (newBlocks > blockAmount.length) {
            int capacity = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(newBlocks, scale * newBlocks + 16));
            blockAmount = Arrays.copyOf(blockAmount, capacity);
            blockCost = Arrays.copyOf(blockCost, capacity);
        }
        if (ids > idBytes.length) {
            idBytes = Arrays.copyOf(idBytes, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(ids, scale * ids + 16)));
        }
    }

    /**
     * How much larger than what is needed the columns are made when full: for the whole file as the
     * pieces joined so far suggest (large arrays grown by doubling cost copies and full collections:
     * 0.3 s of a 10^6-source run, measured), but beyond twice what is needed only up to
     * {@code spareBytes} more (an eighth of the maximum heap, whatever is live already), since the
     * first pieces may be denser than the rest (one-step sources first, plants of many steps later):
     * then no more than a list's doubling, as the rows come.
     */
    static double growth(long fileBytes, long bytesJoined, long neededBytes, long spareBytes) {
        double wholeFile = bytesJoined > 0 ? Math.max(1, 1.02 * fileBytes / bytesJoined) : 2;
        double affordable = 1 + (double) spareBytes / Math.max(1, neededBytes);
        return Math.min(wholeFile, Math.max(2, affordable));
    }

    /** A source's bytes in the columns (ids apart), and a block's: what {@link #growth} weighs. */
    private static final long SOURCE_BYTES = 4 * 5 + 8 * 5 + 1;
    private static final long BLOCK_BYTES = 16;

    private static int[] unmapped(int length) {
        int[] map = new int[length];
        Arrays.fill(map, -1);
        return map;
    }

    /** One column's names, coded in order of first appearance; a piece's codes are mapped once each. */
    private static final class Names {
        private final List<String> names = new ArrayList<>();
        private final Map<String, Integer> codes = new HashMap<>();

        int code(int[] pieceMap, int pieceCode, String[] pieceNames, boolean unspecifiedWhenBlank) {
            int code = pieceMap[pieceCode];
            if (code < 0) {
                String name = pieceNames[pieceCode];
                String value = unspecifiedWhenBlank && name.isBlank() ? Source.UNSPECIFIED : name;
                code = codes.computeIfAbsent(value, v -> {
                    names.add(v);
                    return names.size() - 1;
                });
                pieceMap[pieceCode] = code;
            }
            return code;
        }

        String[] names() {
            return names.toArray(new String[0]);
        }
    }
}
