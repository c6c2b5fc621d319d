package org.airshed.core.io;

import java.util.Arrays;
import java.util.List;
import org.airshed.core.model.SourceTable;
import org.airshed.core.util.PrimitiveLists;

/**
 * Joins the pieces of a sources CSV in file order into one table: a source whose rows straddle
 * a cut becomes one source again (its repeated cells checked equal, as the reference checks a
 * further row), line numbers run on from piece to piece, and each source goes through
 * {@link SourceTable.Builder}, which checks its id is new and its values are what the records accept.
 */
final class SourcesCsvJoin {
    private final SourceTable.Builder table = SourceTable.builder();
    private long[] startLines;
    // The source being joined: its piece and index there, and the blocks of later pieces when it straddles.
    private SourcesCsvPiece piece;
    private String[] names;
    private double[] amounts;
    private double[] costs;
    private int index = -1;
    private long line;
    private byte[] key;
    private PrimitiveLists.Doubles joinedAmount;
    private PrimitiveLists.Doubles joinedCost;
    private boolean joined;

    private SourcesCsvJoin(int sources) {
        startLines = new long[Math.max(16, sources)];
    }

    /** The sources of {@code pieces} (each read whole and plain), or null when the reference must say what is wrong. */
    static CsvSources join(String file, List<SourcesCsvPiece> pieces) {
        int sources = 0;
        for (SourcesCsvPiece p : pieces) {
            sources += p.size();
        }
        SourcesCsvJoin join = new SourcesCsvJoin(sources);
        return join.joinAll(pieces) ? CsvSources.of(file, join.table, join.startLines) : null;
    }

    private boolean joinAll(List<SourcesCsvPiece> pieces) {
        long firstLine = 2; // the line after the header
        for (int p = 0; p < pieces.size(); p++) {
            SourcesCsvPiece next = pieces.get(p);
            pieces.set(p, null); // its columns are copied below: let them go as the table grows
            String[] nextNames = new String[next.names.size()];
            for (int c = 0; c < nextNames.length; c++) {
                nextNames[c] = next.names.name(c);
            }
            double[] nextAmounts = next.blockAmount.toArray();
            double[] nextCosts = next.blockCost.toArray();
            for (int i = 0; i < next.size(); i++) {
                if (i == 0 && index >= 0 && sameId(next)) {
                    if (piece.quadratic[index] || next.quadratic[0] || !Arrays.equals(key, next.firstKey)) {
                        return false;
                    }
                    straddle(nextAmounts, nextCosts, next.blockStart.get(0), next.blockStart.get(1));
                    continue;
                }
                if (index >= 0 && !add()) {
                    return false;
                }
                piece = next;
                names = nextNames;
                amounts = nextAmounts;
                costs = nextCosts;
                index = i;
                line = firstLine + next.line.get(i);
                key = i == next.size() - 1 ? next.lastKey() : null;
            }
            firstLine += next.lines;
        }
        return index < 0 || add();
    }

    private boolean sameId(SourcesCsvPiece next) {
        return Arrays.equals(piece.idBytes, piece.idStart.get(index), piece.idStart.get(index + 1),
                next.idBytes, next.idStart.get(0), next.idStart.get(1));
    }

    /** Appends the next piece's rows of the source being joined after its own. */
    private void straddle(double[] nextAmounts, double[] nextCosts, int from, int to) {
        if (!joined) {
            joined = true;
            joinedAmount = new PrimitiveLists.Doubles();
            joinedCost = new PrimitiveLists.Doubles();
            for (int b = piece.blockStart.get(index); b < piece.blockStart.get(index + 1); b++) {
                joinedAmount.add(amounts[b]);
                joinedCost.add(costs[b]);
            }
        }
        for (int b = from; b < to; b++) {
            joinedAmount.add(nextAmounts[b]);
            joinedCost.add(nextCosts[b]);
        }
    }

    /** Adds the source being joined; false for a repeated id or values the records refuse. */
    private boolean add() {
        SourcesCsvPiece p = piece;
        int i = index;
        int idFrom = p.idStart.get(i);
        int idTo = p.idStart.get(i + 1);
        String region = names[p.region.get(i)];
        String sector = names[p.sector.get(i)];
        String department = names[p.department.get(i)];
        double baseline = p.baseline.get(i);
        boolean added;
        try {
            if (p.quadratic[i]) {
                added = table.addQuadraticIfNew(p.idBytes, idFrom, idTo, region, sector, department, baseline,
                        p.quadLinear.get(i), p.quadSlope.get(i), p.quadMax.get(i));
            } else if (joined) {
                double[] a = joinedAmount.toArray();
                added = table.addStepsIfNew(p.idBytes, idFrom, idTo, region, sector, department, baseline, a,
                        joinedCost.toArray(), 0, a.length);
            } else {
                added = table.addStepsIfNew(p.idBytes, idFrom, idTo, region, sector, department, baseline, amounts,
                        costs, p.blockStart.get(i), p.blockStart.get(i + 1));
            }
        } catch (IllegalArgumentException e) {
            return false; // a value the records refuse: the reference names it
        }
        joined = false;
        if (!added) {
            return false; // a repeated id
        }
        int n = table.size() - 1;
        if (n == startLines.length) {
            startLines = Arrays.copyOf(startLines, n * 2);
        }
        startLines[n] = line;
        return true;
    }
}
