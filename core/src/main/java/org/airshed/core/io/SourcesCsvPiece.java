package org.airshed.core.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.airshed.core.model.PaddedNames;
import org.airshed.core.util.PrimitiveLists;

/**
 * One byte range of a sources CSV, from a line start to a line start, read into columns with no
 * String per cell: numbers parsed from the bytes, names through a {@link ByteNames}, ids copied.
 * It reads ordinary rows only — no quote, no lone CR, the header's width, UTF-8, cells whose
 * trimmed ends are ASCII, ids and names with nothing to trim (they are read as written), every
 * CSV-level rule of {@link SourcesCsvReader} met — and stops at the first row that is anything
 * else ({@link #plain()} false), for the reference to read the file and report it. The
 * record-level rules are checked when the pieces are joined
 * ({@link org.airshed.core.model.SourceColumns}), since a source's rows may straddle two pieces.
 */
final class SourcesCsvPiece {
    static final int ID = 0;
    static final int REGION = 1;
    static final int SECTOR = 2;
    static final int DEPARTMENT = 3;
    static final int BASELINE = 4;
    static final int CURVE = 5;
    static final int AMOUNT = 6;
    static final int UNIT_COST = 7;
    static final int LINEAR = 8;
    static final int SLOPE = 9;
    static final int MAX = 10;
    /** Cells every row of one source repeats, as {@link SourcesCsvReader}'s REPEATED. */
    private static final int[] REPEATED = {REGION, SECTOR, DEPARTMENT, BASELINE, CURVE};
    private static final byte[] STEPS = "steps".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] QUADRATIC = "quadratic".getBytes(StandardCharsets.US_ASCII);

    private final long start;
    private final long end;
    private final int[] columnAt;
    private final int width;
    private final int[] cellFrom;
    private final int[] cellTo;
    /** Whether each cell of a row is an id or a name (id, region, sector, department), read as written. */
    private final boolean[] nameCell;
    private int cells;
    /** Where the scanned row's text ends (its CR or line feed excluded), and whether it was all ASCII. */
    private int rowEnd;
    private boolean ascii;
    private CharsetDecoder utf8;

    /**
     * The range's bytes at {@code [0, bytes())}, read once: parsed here, then hashed in file order by
     * the caller (so the hash is of the bytes parsed); the buffer may be longer, and is reused.
     */
    byte[] buffer;

    // The columns read, one entry per source (its first row) or per block.
    byte[] idBytes = new byte[1 << 12];
    int idLength;
    final PrimitiveLists.Ints idStart = new PrimitiveLists.Ints();
    final ByteNames names = new ByteNames();
    final PrimitiveLists.Ints region = new PrimitiveLists.Ints();
    final PrimitiveLists.Ints sector = new PrimitiveLists.Ints();
    final PrimitiveLists.Ints department = new PrimitiveLists.Ints();
    final PrimitiveLists.Doubles baseline = new PrimitiveLists.Doubles();
    boolean[] quadratic = new boolean[256];
    final PrimitiveLists.Doubles quadLinear = new PrimitiveLists.Doubles();
    final PrimitiveLists.Doubles quadSlope = new PrimitiveLists.Doubles();
    final PrimitiveLists.Doubles quadMax = new PrimitiveLists.Doubles();
    final PrimitiveLists.Ints blockStart = new PrimitiveLists.Ints();
    final PrimitiveLists.Doubles blockAmount = new PrimitiveLists.Doubles();
    final PrimitiveLists.Doubles blockCost = new PrimitiveLists.Doubles();
    /** Line of each source's first row, counted from the piece's first line (0). */
    final PrimitiveLists.Ints line = new PrimitiveLists.Ints();
    /** The repeated cells of the first and of the last source, to join a source that straddles pieces. */
    byte[] firstKey;
    byte[] lastKey = new byte[64];
    int lastKeyLength;
    private final int[] lastKeyEnd = new int[REPEATED.length];
    /** Line breaks in the piece: the next piece starts that many lines further. */
    int lines;
    private boolean plain = true;

    SourcesCsvPiece(long start, long end, int[] columnAt, int width) {
        this.start = start;
        this.end = end;
        this.columnAt = columnAt;
        this.width = width;
        this.cellFrom = new int[width];
        this.cellTo = new int[width];
        this.nameCell = new boolean[width];
        for (int column : new int[] {ID, REGION, SECTOR, DEPARTMENT}) {
            if (columnAt[column] >= 0) {
                nameCell[columnAt[column]] = true;
            }
        }
    }

    /** Whether every row was ordinary and read; false means the file is for the reference reader. */
    boolean plain() {
        return plain;
    }

    int size() {
        return baseline.size();
    }

    /** Where the range ends in the file (exclusive). */
    long end() {
        return end;
    }

    /** The length of the range, in bytes. */
    long bytes() {
        return end - start;
    }

    /** Reads the range into {@code buffer} (at least as long); {@link #plain()} says whether it could. */
    SourcesCsvPiece read(FileChannel channel, byte[] buffer) throws IOException {
        this.buffer = buffer;
        byte[] bytes = buffer;
        int length = (int) (end - start);
        if (!readFully(channel, bytes, length, start)) {
            plain = false; // the file shrank while being read
        }
        int from = 0;
        while (plain && from < length) {
            int stop = scan(bytes, from, length, true);
            if (stop < 0) {
                plain = false;
                break;
            }
            plain = stop - from < ScenarioLimits.MAX_CSV_ROW && row(bytes, from);
            if (stop < length) {
                lines++;
            }
            from = stop + 1;
        }
        blockStart.add(blockAmount.size());
        idStart.add(idLength);
        return this;
    }

    /** Whether the range's bytes end a line, as a piece's must when another follows it. */
    boolean endsLine() {
        return end > start && buffer[(int) (end - start) - 1] == '\n';
    }

    private static boolean readFully(FileChannel channel, byte[] buffer, int length, long position)
            throws IOException {
        ByteBuffer target = ByteBuffer.wrap(buffer, 0, length);
        while (target.hasRemaining()) {
            if (channel.read(target, position + target.position()) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Splits the row at {@code from} into cells (untrimmed) as it looks for its end: the position
     * of its line feed, {@code length} when the block ends first (a lone CR at the end of the file
     * ends the row, as the reference reads it), −1 for a row that is not ordinary — a quote, a CR
     * not before a line feed, more cells than the header.
     */
    private int scan(byte[] b, int from, int length, boolean last) {
        cells = 0;
        ascii = true;
        int cell = from;
        for (int i = from; i < length; i++) {
            byte c = b[i];
            if (c > ',') {
                continue; // letters, digits, '.', '-': most bytes
            }
            if (c == ',') {
                if (cells == width - 1) {
                    return -1;
                }
                cellFrom[cells] = cell;
                cellTo[cells++] = i;
                cell = i + 1;
            } else if (c == '\n' || c == '\r') {
                boolean lineFeed = c == '\n' || i + 1 < length && b[i + 1] == '\n';
                if (!lineFeed && (i + 1 < length || !last)) {
                    return i + 1 < length ? -1 : length; // a lone CR, or one whose line feed is in the next block
                }
                cellFrom[cells] = cell;
                cellTo[cells++] = i;
                rowEnd = i;
                return c == '\n' ? i : Math.min(i + 1, length);
            } else if (c == '"') {
                return -1;
            } else if (c < 0) {
                ascii = false;
            }
        }
        cellFrom[cells] = cell;
        cellTo[cells++] = length;
        rowEnd = length;
        return length;
    }

    /** The row {@link #scan} split, from {@code from}; false when it is not an ordinary row. */
    private boolean row(byte[] b, int from) {
        if (!trim(b, from)) {
            return false;
        }
        if (cells == 1 && cellFrom[0] == cellTo[0]) {
            return true; // a blank line: skipped, as the reference skips it
        }
        if (cells != width) {
            return false;
        }
        int idFrom = from(ID);
        int idTo = to(ID);
        if (idFrom == idTo) {
            return false;
        }
        int n = size();
        if (n > 0 && same(idBytes, idStart.get(n - 1), idLength, b, idFrom, idTo)) {
            return !quadratic[n - 1] && sameRepeated(b) && stepCells(b);
        }
        return firstRow(b, idFrom, idTo);
    }

    /**
     * Trims each cell as {@link SimpleCsvRows} does, after checking a non-ASCII row is UTF-8; false for an
     * unusual row, and for a row with an id or name that has white space or a control character at an end.
     */
    private boolean trim(byte[] b, int from) {
        if (!ascii && !isUtf8(b, from, rowEnd)) {
            return false;
        }
        for (int c = 0; c < cells; c++) {
            int s = cellFrom[c];
            int e = cellTo[c];
            // White space and control characters off both ends, as the reference trims (ASCII only here).
            while (s < e && b[s] >= 0 && b[s] <= ' ') {
                s++;
            }
            while (e > s && b[e - 1] >= 0 && b[e - 1] <= ' ') {
                e--;
            }
            // Left to the reference: an end it trims beyond ASCII (U+3000), or that no name may have (DEL, U+00A0),
            // and a name (not blank) that was trimmed here, which it refuses. Only a cell's end bytes are looked at.
            if (PaddedNames.isPadded(b, s, e) || (s != cellFrom[c] || e != cellTo[c]) && nameCell[c] && s < e) {
                return false;
            }
            cellFrom[c] = s;
            cellTo[c] = e;
        }
        return true;
    }

    /** Whether {@code a[aFrom, aTo)} and {@code b[bFrom, bTo)} hold the same bytes: a loop, as cells are short. */
    private static boolean same(byte[] a, int aFrom, int aTo, byte[] b, int bFrom, int bTo) {
        if (aTo - aFrom != bTo - bFrom) {
            return false;
        }
        for (int i = 0; i < aTo - aFrom; i++) {
            if (a[aFrom + i] != b[bFrom + i]) {
                return false;
            }
        }
        return true;
    }

    private boolean isUtf8(byte[] b, int from, int to) {
        if (utf8 == null) {
            utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
        }
        try {
            CharBuffer unused = utf8.decode(ByteBuffer.wrap(b, from, to - from));
            return unused != null;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private boolean firstRow(byte[] b, int idFrom, int idTo) {
        if (isEmpty(REGION)) {
            return false;
        }
        double base = number(b, BASELINE);
        boolean steps = equal(b, CURVE, STEPS);
        if (Double.isNaN(base) || !steps && !equal(b, CURVE, QUADRATIC)) {
            return false;
        }
        int n = size();
        keepKey(b);
        if (n == 0) {
            firstKey = Arrays.copyOf(lastKey, lastKeyLength);
        }
        if (idLength + idTo - idFrom > idBytes.length) {
            idBytes = Arrays.copyOf(idBytes, Math.max(idBytes.length * 2, idLength + idTo - idFrom));
        }
        idStart.add(idLength);
        System.arraycopy(b, idFrom, idBytes, idLength, idTo - idFrom);
        idLength += idTo - idFrom;
        region.add(code(b, REGION));
        sector.add(code(b, SECTOR));
        department.add(code(b, DEPARTMENT));
        baseline.add(base);
        line.add(lines);
        blockStart.add(blockAmount.size());
        if (n == quadratic.length) {
            quadratic = Arrays.copyOf(quadratic, n * 2);
        }
        quadratic[n] = !steps;
        if (steps) {
            quadLinear.add(0);
            quadSlope.add(1);
            quadMax.add(0);
            return stepCells(b);
        }
        return quadraticCells(b);
    }

    /** A step row: the quadratic cells empty, amount and unit cost numbers. */
    private boolean stepCells(byte[] b) {
        if (!isEmpty(LINEAR) || !isEmpty(SLOPE) || !isEmpty(MAX)) {
            return false;
        }
        double amount = number(b, AMOUNT);
        double unitCost = number(b, UNIT_COST);
        if (Double.isNaN(amount) || Double.isNaN(unitCost)) {
            return false;
        }
        blockAmount.add(amount);
        blockCost.add(unitCost);
        return true;
    }

    /** A quadratic row: the step cells empty, linear (0 when empty), slope and max numbers. */
    private boolean quadraticCells(byte[] b) {
        if (!isEmpty(AMOUNT) || !isEmpty(UNIT_COST)) {
            return false;
        }
        double linear = isEmpty(LINEAR) ? 0 : number(b, LINEAR);
        double slope = number(b, SLOPE);
        double max = number(b, MAX);
        if (Double.isNaN(linear) || Double.isNaN(slope) || Double.isNaN(max)) {
            return false;
        }
        quadLinear.add(linear);
        quadSlope.add(slope);
        quadMax.add(max);
        return true;
    }

    /** The cell's number; NaN (which no accepted cell holds) when it is empty, not a number, infinite or too large. */
    private double number(byte[] b, int column) {
        int c = columnAt[column];
        if (c < 0 || cellFrom[c] == cellTo[c]) {
            return Double.NaN;
        }
        double value = NumberText.valueOf(b, cellFrom[c], cellTo[c]);
        return Double.isFinite(value) && ScenarioLimits.withinMagnitude(value) ? value : Double.NaN;
    }

    private boolean isEmpty(int column) {
        int c = columnAt[column];
        return c < 0 || cellFrom[c] == cellTo[c];
    }

    private boolean equal(byte[] b, int column, byte[] text) {
        int c = columnAt[column];
        return c >= 0 && same(b, cellFrom[c], cellTo[c], text, 0, text.length);
    }

    private int code(byte[] b, int column) {
        int c = columnAt[column];
        return c < 0 ? names.code(b, 0, 0) : names.code(b, cellFrom[c], cellTo[c]);
    }

    /** Keeps the repeated cells of a source's first row, for its further rows to be compared with. */
    private void keepKey(byte[] b) {
        lastKeyLength = 0;
        for (int k = 0; k < REPEATED.length; k++) {
            int c = columnAt[REPEATED[k]];
            int length = c < 0 ? 0 : cellTo[c] - cellFrom[c];
            if (lastKeyLength + length + 1 > lastKey.length) {
                lastKey = Arrays.copyOf(lastKey, 2 * (lastKeyLength + length + 1));
            }
            if (length > 0) {
                System.arraycopy(b, cellFrom[c], lastKey, lastKeyLength, length);
            }
            lastKeyLength += length;
            // Cells hold no comma, so one between them keeps "ab","c" apart from "a","bc".
            lastKey[lastKeyLength++] = ',';
            lastKeyEnd[k] = lastKeyLength - 1;
        }
    }

    /** Whether the row repeats the region, sector, department, baseline and curve of its source's first row. */
    private boolean sameRepeated(byte[] b) {
        int keyFrom = 0;
        for (int k = 0; k < REPEATED.length; k++) {
            int c = columnAt[REPEATED[k]];
            int from = c < 0 ? 0 : cellFrom[c];
            int to = c < 0 ? 0 : cellTo[c];
            if (!same(lastKey, keyFrom, lastKeyEnd[k], b, from, to)) {
                return false;
            }
            keyFrom = lastKeyEnd[k] + 1;
        }
        return true;
    }

    private int from(int column) {
        return cellFrom[columnAt[column]];
    }

    private int to(int column) {
        return cellTo[columnAt[column]];
    }

    /** The last source's repeated cells, as {@link #firstKey} holds the first's. */
    byte[] lastKey() {
        return Arrays.copyOf(lastKey, lastKeyLength);
    }
}
