package org.airshed.core.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.airshed.core.model.Source;
import org.airshed.core.model.Violation;

/**
 * The sources read from a CSV file and the line each one starts on, so that a problem the
 * Scenario finds later (an unknown region, a duplicate id) still names the CSV line.
 */
final class CsvSources {
    private final String file;
    private final List<Source> sources = new ArrayList<>();
    private long[] startLines = new long[16];

    CsvSources(String file) {
        this.file = file;
    }

    void add(Source source, long line) {
        if (sources.size() == startLines.length) {
            startLines = Arrays.copyOf(startLines, startLines.length * 2);
        }
        startLines[sources.size()] = line;
        sources.add(source);
    }

    List<Source> sources() {
        return sources;
    }

    /** A violation of the Source at {@code index} (in this file) on its first row. */
    Problem problem(int index, String sourceField, Violation v) {
        return new Problem(file, SourcesCsvReader.at(startLines[index], SourcesCsvReader.columnOf(sourceField)),
                v.value(), v.reason());
    }
}
