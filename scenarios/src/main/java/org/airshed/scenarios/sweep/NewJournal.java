package org.airshed.scenarios.sweep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.airshed.scenarios.pipeline.FileMover;
import org.airshed.scenarios.pipeline.ResultMoves;

/**
 * Starts a sweep's journal where another sweep's result set may be ({@code --restart}, or its tables
 * without a journal): the new journal, holding only its header, moves in and the whole previous set
 * (journal, the three tables, report.html and charts/) moves out in one all-or-nothing step
 * ({@link ResultMoves}), so a directory never holds the previous sweep's report beside no tables.
 */
final class NewJournal {
    /** The sweep report's page and its charts' directory (the report package's names). */
    static final String REPORT = "report.html";
    static final String CHARTS = "charts";

    private NewJournal() {
    }

    private static boolean empty(Path directory) throws IOException {
        try (Stream<Path> list = Files.list(directory)) {
            return list.findAny().isEmpty();
        }
    }

    /** Replaces {@code directory}'s sweep result set with a journal holding {@code text}, moved in by {@code mover}. */
    static void start(Path directory, String text, FileMover mover) throws IOException {
        // A set a killed command left half-moved is settled before the staging directory, which tells what moved, goes.
        ResultMoves.recover(directory, mover);
        List<String> earlier = new ArrayList<>(List.of(SweepRunner.SUMMARY_CSV, REPORT, SweepRunner.RUNS_CSV,
                SweepRunner.RUNS_JSONL, SweepJournal.FILE));
        for (String name : earlier) {
            Path place = directory.resolve(name);
            if (Files.exists(place, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(place, LinkOption.NOFOLLOW_LINKS)
                    && !Files.isSymbolicLink(place)) {
                throw new SweepDirectoryException(place + (Files.isDirectory(place, LinkOption.NOFOLLOW_LINKS)
                        ? " is a directory" + (empty(place) ? "" : " (not empty)") : " is not a regular file")
                        + " where a result file goes: move it away and try again (nothing was removed)");
            }
        }
        Path charts = directory.resolve(CHARTS);
        List<String> emptied = new ArrayList<>();
        if (Files.isSymbolicLink(charts)) {
            throw new SweepDirectoryException(charts + ": is a symbolic link where the previous sweep's charts/ is"
                    + " removed, and Airshed never follows one there: put a directory there, or remove the link, and"
                    + " try again (nothing was removed)");
        }
        if (Files.isDirectory(charts, LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> list = Files.list(charts)) {
                list.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                        .map(p -> CHARTS + "/" + p.getFileName()).sorted().forEach(earlier::add);
            }
            emptied.add(CHARTS);
        }
        Path staging = directory.resolve(ResultMoves.JOURNAL_STAGING);
        SweepTables.deleteTree(staging);
        try {
            Files.createDirectory(staging);
            Files.writeString(staging.resolve(SweepJournal.FILE), text, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            SweepTables.deleteTree(staging);
            throw e;
        }
        ResultMoves.commit(directory, ResultMoves.JOURNAL_STAGING, List.of(SweepJournal.FILE), earlier, emptied,
                mover);
    }
}
