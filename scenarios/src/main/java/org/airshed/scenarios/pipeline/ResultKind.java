package org.airshed.scenarios.pipeline;

import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

/**
 * The kind of result set a directory holds; it holds one at a time. A run's and a game's are one
 * kind (a game's files are a subset of a compensation run's names, so either replaces the other
 * whole); a sweep's (its journal, or a shard's, or the tables of a merge) is another, and a command
 * of one kind refuses a directory holding the other rather than mix the two or delete what may be
 * hours of a sweep's runs. Only a directory an Airshed command wrote into before (it holds
 * {@code .airshed.lock}) is judged so: a user's own summary.csv or scenario.json elsewhere is no result set.
 */
public enum ResultKind {
    /** {@code airshed run} and {@code airshed game}: marked by summary.json (every run also writes scenario.json). */
    RUN("a run's or game's results", List.of(ScenarioPipeline.SUMMARY, ScenarioPipeline.SCENARIO)),
    /** {@code airshed sweep} and {@code sweep merge}: marked by the journal or any of the three tables. */
    SWEEP("a sweep's results", List.of("journal.jsonl", "runs.csv", "runs.jsonl", "summary.csv"));

    private final String what;
    private final List<String> marks;

    ResultKind(String what, List<String> marks) {
        this.what = what;
        this.marks = marks;
    }

    /** The files whose presence says a directory holds this kind's result set. */
    public List<String> marks() {
        return marks;
    }

    /**
     * Throws a {@link FileSystemException} naming the first file of {@code directory} that marks
     * another kind's result set; returns when there is none (or no directory). Reads only.
     */
    public void refuseOthers(Path directory) throws FileSystemException {
        for (ResultKind other : values()) {
            if (other == this) {
                continue;
            }
            for (String mark : other.marks) {
                Path file = directory.resolve(mark);
                if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                    throw new FileSystemException(file.toString(), null, directory + " holds " + other.what
                            + "; " + what + " beside them would mix two result sets in one directory: choose another"
                            + " --out, or move those files away first");
                }
            }
        }
    }
}
