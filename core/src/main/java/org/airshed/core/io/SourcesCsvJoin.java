package org.airshed.core.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.airshed.core.model.Source;
import org.airshed.core.model.SourceColumns;

/**
 * Joins the pieces of a sources CSV in file order into one set of columns: a piece whose first
 * source has the id of the source before it continues that source (its repeated cells checked
 * equal, as the reference checks a further row; its blocks follow on), line numbers run on from
 * piece to piece, names get one code each in order of first appearance, as
 * {@link org.airshed.core.model.SourceTable.Builder} gives them. {@link SourceColumns} then checks
 * each source against the records' rules and the ids for duplicates.
 */
final class SourcesCsvJoin {
    private SourcesCsvJoin() {
    }

    /** The sources of {@code pieces} (each read whole and plain), or null when the reference must say what is wrong. */
    static CsvSources join(String file, List<SourcesCsvPiece> pieces) {
        boolean[] continues = new boolean[pieces.size()];
        int sources = 0;
        int blocks = 0;
        int idLength = 0;
        SourcesCsvPiece before = null;
        for (int p = 0; p < pieces.size(); p++) {
            SourcesCsvPiece piece = pieces.get(p);
            if (piece.size() == 0) {
                continue; // blank lines only
            }
            if (before != null && Arrays.equals(before.idBytes, before.idStart.get(before.size() - 1),
                    before.idLength, piece.idBytes, 0, piece.idStart.get(1))) {
                if (before.quadratic[before.size() - 1] || piece.quadratic[0]
                        || !Arrays.equals(before.lastKey(), piece.firstKey)) {
                    return null;
                }
                continues[p] = true;
                sources--;
                idLength -= piece.idStart.get(1);
            }
            sources += piece.size();
            blocks += piece.blockAmount.size();
            idLength += piece.idLength;
            before = piece;
        }
        Columns c = new Columns(sources, blocks, idLength);
        long firstLine = 2; // the line after the header
        for (int p = 0; p < pieces.size(); p++) {
            c.append(pieces.get(p), continues[p] ? 1 : 0, firstLine);
            firstLine += pieces.get(p).lines;
            pieces.set(p, null); // copied: let it go
        }
        SourceColumns columns;
        try {
            columns = c.finish();
        } catch (IllegalArgumentException e) {
            return null; // a value the records refuse, or a repeated id: the reference names it
        }
        return CsvSources.of(file, columns, c.startLines);
    }

    /** The joined columns, filled piece by piece. */
    private static final class Columns {
        final byte[] idBytes;
        final int[] idStart;
        final int[] regionCode;
        final int[] sectorCode;
        final int[] departmentCode;
        final double[] baseline;
        final int[] blockStart;
        final double[] blockAmount;
        final double[] blockCost;
        final boolean[] quadratic;
        final double[] quadLinear;
        final double[] quadSlope;
        final double[] quadMax;
        final long[] startLines;
        final Names regions = new Names();
        final Names sectors = new Names();
        final Names departments = new Names();
        int size;
        int blocks;
        int idLength;

        Columns(int sources, int blockCount, int idBytesLength) {
            idBytes = new byte[idBytesLength];
            idStart = new int[sources + 1];
            regionCode = new int[sources];
            sectorCode = new int[sources];
            departmentCode = new int[sources];
            baseline = new double[sources];
            blockStart = new int[sources + 1];
            blockAmount = new double[blockCount];
            blockCost = new double[blockCount];
            quadratic = new boolean[sources];
            quadLinear = new double[sources];
            quadSlope = new double[sources];
            quadMax = new double[sources];
            startLines = new long[sources];
        }

        /** The piece's sources from {@code first} on (0, or 1 when its first continues the source before), then its blocks. */
        void append(SourcesCsvPiece piece, int first, long firstLine) {
            if (piece.size() <= first && piece.blockAmount.size() == 0) {
                return;
            }
            String[] names = new String[piece.names.size()];
            for (int k = 0; k < names.length; k++) {
                names[k] = piece.names.name(k);
            }
            int[] region = unmapped(names.length);
            int[] sector = unmapped(names.length);
            int[] department = unmapped(names.length);
            int idFrom = piece.idStart.get(Math.min(first, piece.size()));
            int idShift = idLength - idFrom;
            int blockShift = blocks;
            for (int i = first; i < piece.size(); i++) {
                idStart[size] = piece.idStart.get(i) + idShift;
                regionCode[size] = regions.code(region, piece.region.get(i), names, false);
                sectorCode[size] = sectors.code(sector, piece.sector.get(i), names, true);
                departmentCode[size] = departments.code(department, piece.department.get(i), names, true);
                baseline[size] = piece.baseline.get(i);
                blockStart[size] = piece.blockStart.get(i) + blockShift;
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
        }

        SourceColumns finish() {
            idStart[size] = idLength;
            blockStart[size] = blocks;
            return new SourceColumns(idBytes, idStart, regions.names(), regionCode, sectors.names(), sectorCode,
                    departments.names(), departmentCode, baseline, blockStart, blockAmount, blockCost, quadratic,
                    quadLinear, quadSlope, quadMax);
        }

        private static int[] unmapped(int length) {
            int[] map = new int[length];
            Arrays.fill(map, -1);
            return map;
        }
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
