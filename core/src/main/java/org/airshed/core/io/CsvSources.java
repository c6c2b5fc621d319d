package org.airshed.core.io;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.airshed.core.model.Source;
import org.airshed.core.model.SourceColumns;
import org.airshed.core.model.SourceTable;
import org.airshed.core.model.Violation;

/**
 * The sources read from a CSV file, as a compact {@link SourceTable}, and the line each one
 * starts on, so that a problem the Scenario finds later (an unknown region, a duplicate id) still
 * names the CSV line.
 */
final class CsvSources {
    private final String file;
    private final SourceTable.Builder table = SourceTable.builder();
    private long[] startLines = new long[16];
    /** The sources when they were read as columns ({@link PlainSourcesCsv}), else null. */
    private SourceColumns columns;
    /** First line of each id whose source was refused: a later row with that id is still a duplicate. */
    private final Map<String, Long> refusedIds = new HashMap<>();
    private SourceTable.Origin origin;

    CsvSources(String file) {
        this.file = file;
    }

    /** Sources read as columns ({@link PlainSourcesCsv}): source i starts on line {@code startLines[i]}. */
    static CsvSources of(String file, SourceColumns columns, long[] startLines) {
        CsvSources sources = new CsvSources(file);
        sources.columns = columns;
        sources.startLines = startLines;
        return sources;
    }

    /** Adds a source read whole and valid; one whose id was read before is left out (that problem is reported). */
    void add(Source source, long line) {
        int index = table.size();
        if (table.addIfNew(source)) {
            if (index == startLines.length) {
                startLines = Arrays.copyOf(startLines, startLines.length * 2);
            }
            startLines[index] = line;
        }
    }

    /** Notes the id of a source that was not added because a row of it had a problem. */
    void refused(String id, long line) {
        if (table.indexOf(id) < 0) {
            refusedIds.putIfAbsent(id, line);
        }
    }

    /** The line source {@code index} (in this file) starts on. */
    long startLine(int index) {
        return startLines[index];
    }

    /** The line a source with this id started on, null when no source had it (while the file is read row by row). */
    Long firstLineOf(String id) {
        int index = table.indexOf(id);
        return index >= 0 ? Long.valueOf(startLines[index]) : refusedIds.get(id);
    }

    /** The sources, complete only when no problem was reported; call once. */
    SourceTable sources() {
        return columns != null ? SourceTable.of(columns, origin) : table.build();
    }

    /** Marks the sources as the whole of a file, by its path and content hash. */
    void origin(SourceTable.Origin origin) {
        this.origin = origin;
        table.origin(origin);
    }

    /** The file read and its hash; null before it is known. */
    SourceTable.Origin origin() {
        return origin;
    }

    /** A violation of the Source at {@code index} (in this file) on its first row. */
    Problem problem(int index, String sourceField, Violation v) {
        return new Problem(file, SourcesCsvReader.at(startLines[index], SourcesCsvReader.columnOf(sourceField)),
                v.value(), v.reason());
    }
}
