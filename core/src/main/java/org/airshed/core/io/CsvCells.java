package org.airshed.core.io;

/** One CSV row's cells, whichever parser split it: trimmed, and as written (a name is read as written). */
interface CsvCells {
    int size();

    /** Cell i with white space and control characters trimmed off both ends: how numbers and keywords are read. */
    String get(int i);

    /**
     * Cell i exactly as the file writes it (a quoted cell's text inside its quotes): how ids and names are
     * read. The same String as {@link #get} when trimming takes nothing off.
     */
    String asWritten(int i);
}
