package org.airshed.core.io;

/** One CSV row's cells, trimmed, whichever parser split it. */
interface CsvCells {
    int size();

    String get(int i);
}
