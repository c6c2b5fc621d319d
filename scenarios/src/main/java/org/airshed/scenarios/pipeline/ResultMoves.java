package org.airshed.scenarios.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Moves a staged set of result files into a results directory all or nothing, as far as a file
 * system allows. Before the first move the plan ({@link MovePlan}) is written into the aside
 * directory {@value #EARLIER}, made whole under another name and renamed into place; every earlier
 * file the new set replaces or drops is moved aside into it (the file marking a complete set first),
 * then the new files are moved in (that file last), and only then are the aside copies deleted. A
 * move that fails takes every new file back out and puts every earlier one back where it was (the
 * same bytes, by rename), then throws the failure saying the earlier results were kept.
 *
 * <p>A command killed midway cannot undo its moves: the next one that takes the directory's lock
 * ({@link #recover}) finishes the set when every new file had moved in (none is left in staging),
 * and otherwise undoes it as the failing command would have. Nothing is fsynced: after a power
 * loss the file system may not have kept the renames in order.
 */
public final class ResultMoves {
    /** The aside directory: the earlier files, under their own names, and the plan. */
    public static final String EARLIER = ".airshed-earlier";
    /** The plan's name inside {@value #EARLIER}; a result's name never starts with a dot. */
    static final String PLAN = ".moves";
    /** Where the aside directory is made before it is renamed into place with its plan whole. */
    static final String WRITING = ".airshed-earlier.new";

    /** Where a run's or a report's new files wait. */
    public static final String RESULTS_STAGING = ".airshed-staging";
    /** Where a sweep's new tables wait. */
    public static final String TABLES_STAGING = ".airshed-tables";
    /** Where a sweep's new journal waits while the previous sweep's result set goes. */
    public static final String JOURNAL_STAGING = ".airshed-journal";

    private ResultMoves() {
    }

    /** What {@link #recover} found and did. */
    public enum Recovery {
        /** No moves were left midway. */
        NONE,
        /** Every new file had moved in: the aside copies were deleted. */
        FINISHED,
        /** The moves were undone: the earlier files are back, the new ones gone. */
        RESTORED
    }

    /**
     * Moves {@code moves} (names relative to both directories) from {@code staging} (a directory
     * inside {@code directory}) into {@code directory}, in that order, all or nothing. The regular
     * files (or links) among {@code earlier} are moved aside first, in that order, and deleted once
     * the last new file is in; directories among {@code emptied} are then removed if empty. On a
     * failure the moves are undone and the failure is thrown with its message saying so; the
     * staging directory is gone either way, unless undoing failed too (then the next command undoes
     * it, and the message says that).
     */
    public static void commit(Path directory, String staging, List<String> moves, List<String> earlier,
                              List<String> emptied, FileMover mover) throws IOException {
        recover(directory, mover);
        Path from = directory.resolve(staging);
        Set<String> made = new LinkedHashSet<>();
        for (String name : moves) {
            Path parent = directory.resolve(name).getParent();
            if (!parent.equals(directory) && !Files.exists(parent, LinkOption.NOFOLLOW_LINKS)) {
                made.add(directory.relativize(parent).toString());
            }
        }
        MovePlan plan = new MovePlan(staging, moves, List.copyOf(made), emptied);
        Path aside = directory.resolve(EARLIER);
        Path writing = directory.resolve(WRITING);
        // The file being made when it fails: the message names it, not the aside directory it becomes.
        Path making = directory;
        try {
            try {
                plan.checkInside(directory);
            } catch (IllegalArgumentException e) {
                throw new FileSystemException(directory.toString(), null, e.getMessage());
            }
            making = writing;
            removeTree(writing);
            Files.createDirectory(writing);
            making = writing.resolve(PLAN);
            Files.writeString(making, plan.text(), StandardCharsets.UTF_8);
            making = aside;
            Files.move(writing, aside, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            try {
                removeTree(writing);
                removeTree(from);
            } catch (IOException | RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw thrown(failure(e, making, "the plan of the moves could not be written", "nothing was moved: the"
                    + " earlier results in " + directory + " were kept as they were"));
        }
        Path current = directory;
        String doing = "the earlier result file could not be moved aside into " + EARLIER;
        try {
            for (String name : new LinkedHashSet<>(earlier)) {
                Path place = directory.resolve(name);
                // A directory put there since the checks is no earlier result file: it stays, and the move in fails.
                if (Files.isRegularFile(place, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(place)) {
                    current = place;
                    Path kept = aside.resolve(name);
                    Files.createDirectories(kept.getParent());
                    mover.move(place, kept);
                }
            }
            doing = "the new result file could not be moved in";
            for (String name : moves) {
                current = directory.resolve(name);
                Files.createDirectories(current.getParent());
                mover.move(from.resolve(name), current);
            }
        } catch (IOException | RuntimeException | Error e) {
            try {
                rollBack(directory, plan, mover, true);
            } catch (IOException | RuntimeException undo) {
                e.addSuppressed(undo);
                throw thrown(failure(e, current, doing, "the earlier results could not all be put back (" + named(undo)
                        + "): those not back in " + directory + " wait in " + aside + ", and the next airshed"
                        + " command on " + directory + " puts them back"));
            }
            throw thrown(failure(e, current, doing, "nothing was replaced: the earlier results in " + directory
                    + " were kept as they were"));
        }
        finish(directory, plan);
    }

    /**
     * Finishes or undoes the moves a killed command left in {@code directory} (its aside directory
     * and plan): finished when no new file is left in staging (the last had moved in), undone
     * otherwise. Called by whoever takes the directory's lock, before anything else is written.
     */
    public static Recovery recover(Path directory, FileMover mover) throws IOException {
        removeTree(directory.resolve(WRITING));
        Path aside = directory.resolve(EARLIER);
        if (!Files.exists(aside, LinkOption.NOFOLLOW_LINKS)) {
            return Recovery.NONE;
        }
        if (!Files.isDirectory(aside, LinkOption.NOFOLLOW_LINKS)) {
            // Airshed makes a directory here, never a link or a file: whatever a link names is not its plan,
            // so only the link (or file) goes, and nothing beyond it is read or touched.
            Files.delete(aside);
            return Recovery.NONE;
        }
        Path planFile = aside.resolve(PLAN);
        if (!Files.exists(planFile, LinkOption.NOFOLLOW_LINKS)) {
            // The plan goes first once a set is settled: what is left is no earlier file still wanted.
            removeTree(aside);
            return Recovery.NONE;
        }
        if (!Files.isRegularFile(planFile, LinkOption.NOFOLLOW_LINKS)) {
            // Airshed writes a file there: a link's far side (or a directory) is no plan of its, and is not read.
            throw new FileSystemException(planFile.toString(), null, (Files.isSymbolicLink(planFile)
                    ? "is a symbolic link" : "is not a regular file") + " where the plan of moves goes; not a plan of"
                    + " moves Airshed wrote, so nothing was moved or deleted: see what " + aside + " holds, put back"
                    + " by hand what belongs in " + directory + ", remove " + aside + " and try again");
        }
        MovePlan plan = MovePlan.read(planFile);
        try {
            plan.checkInside(directory);
        } catch (IllegalArgumentException e) {
            throw new FileSystemException(planFile.toString(), null, e.getMessage() + "; not a plan of moves Airshed"
                    + " wrote, so nothing was moved or deleted: see what " + aside + " holds, put back by hand what"
                    + " belongs in " + directory + ", remove " + aside + " and try again");
        }
        Path staging = directory.resolve(plan.staging());
        if (!Files.isDirectory(staging, LinkOption.NOFOLLOW_LINKS)) {
            // Only something else removes it while the plan is there: which files moved is no longer known.
            throw new FileSystemException(aside.toString(), null, "holds the earlier results of an airshed command"
                    + " stopped while it moved its new ones in, but its staging directory " + staging + " is gone, so"
                    + " which files had moved is not known: move the files in it back by hand (or delete it) and try"
                    + " again");
        }
        if (plan.moves().stream().noneMatch(name -> Files.exists(staging.resolve(name), LinkOption.NOFOLLOW_LINKS))) {
            finish(directory, plan);
            return Recovery.FINISHED;
        }
        try {
            rollBack(directory, plan, mover, false);
        } catch (IOException e) {
            throw new FileSystemException(aside.toString(), null, "holds the earlier results of an airshed command"
                    + " stopped while it moved its new ones in, and they cannot all be put back (" + named(e) + "):"
                    + " move that away and try again");
        }
        return Recovery.RESTORED;
    }

    /**
     * Takes each new file that moved in back into staging (a file no longer in staging had moved
     * in), then puts every aside file back in its place, going on past one that cannot go back (it
     * waits, and the first such failure is thrown), removes the directories the moves made if empty,
     * and deletes the plan, the aside directory and staging. A new file that cannot be taken back
     * stops it before any earlier file moves: putting that one back would replace the new file, and
     * a later undo would then take it for new. Run again after a kill or a failure, it goes on where
     * it stopped. A symbolic link among the aside files goes back only when {@code linksBack} (this process
     * moved it aside); after a kill it may have been put there by hand, so it is deleted with the aside
     * directory, itself, never moved into the results directory or followed.
     */
    private static void rollBack(Path directory, MovePlan plan, FileMover mover, boolean linksBack)
            throws IOException {
        Path staging = directory.resolve(plan.staging());
        Path aside = directory.resolve(EARLIER);
        List<String> moves = new ArrayList<>(plan.moves());
        Collections.reverse(moves);
        for (String name : moves) {
            Path back = staging.resolve(name);
            Path placed = directory.resolve(name);
            // A link there after a kill is none of the new files (they are regular files): it is not moved.
            if (!Files.exists(back, LinkOption.NOFOLLOW_LINKS) && Files.exists(placed, LinkOption.NOFOLLOW_LINKS)
                    && (linksBack || !Files.isSymbolicLink(placed))) {
                Files.createDirectories(back.getParent());
                mover.move(placed, back);
            }
        }
        Path planFile = aside.resolve(PLAN);
        List<Path> kept;
        try (Stream<Path> walk = Files.walk(aside)) {
            kept = walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && !p.equals(planFile))
                    .filter(p -> linksBack || !Files.isSymbolicLink(p)).sorted().toList();
        }
        IOException first = null;
        for (Path file : kept) {
            Path place = directory.resolve(aside.relativize(file).toString());
            try {
                try {
                    MovePlan.inside(directory, "earlier file", aside.relativize(file).toString(), true);
                } catch (IllegalArgumentException e) {
                    throw new FileSystemException(place.toString(), null, e.getMessage());
                }
                Files.createDirectories(place.getParent());
                if (Files.isDirectory(place, LinkOption.NOFOLLOW_LINKS)) {
                    // Put there since the moves began: the file cannot replace it; say which.
                    throw new FileSystemException(place.toString(), null, "is a directory where the earlier result"
                            + " file goes back");
                }
                mover.move(file, place);
            } catch (IOException e) {
                if (first == null) {
                    first = e;
                }
            }
        }
        if (first != null) {
            throw first;
        }
        List<String> made = new ArrayList<>(plan.made());
        Collections.reverse(made);
        for (String name : made) {
            removeIfEmpty(directory.resolve(name));
        }
        Files.delete(planFile);
        removeTree(aside);
        removeTree(staging);
    }

    /** The new set is complete: removes the directories it left empty, the plan, the aside copies and staging. */
    private static void finish(Path directory, MovePlan plan) throws IOException {
        for (String name : plan.emptied()) {
            removeIfEmpty(directory.resolve(name));
        }
        Path aside = directory.resolve(EARLIER);
        Files.deleteIfExists(aside.resolve(PLAN));
        removeTree(aside);
        removeTree(directory.resolve(plan.staging()));
    }

    private static void removeIfEmpty(Path dir) throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> rest = Files.list(dir)) {
            if (rest.findAny().isPresent()) {
                return;
            }
        }
        Files.delete(dir);
    }

    /**
     * The failure of a move, of the same kind (a FileSystemException stays one: the commands report it
     * as a path they cannot write, exit 2; another I/O error exits 1), naming {@code place}, saying
     * what was being done and what became of the earlier results. An unchecked one is returned as it is.
     */
    private static Throwable failure(Throwable e, Path place, String doing, String outcome) {
        String what = doing + " (" + describe(e) + "); " + outcome;
        if (e instanceof FileSystemException) {
            FileSystemException thrown = new FileSystemException(place.toString(), null, what);
            thrown.initCause(e);
            return thrown;
        }
        if (e instanceof IOException) {
            return new IOException(place + ": " + what, e);
        }
        return e;
    }

    /** {@code e} thrown when it is unchecked, returned when it is an IOException (for the caller to throw). */
    private static IOException thrown(Throwable e) {
        if (e instanceof RuntimeException unchecked) {
            throw unchecked;
        }
        if (e instanceof Error error) {
            throw error;
        }
        return (IOException) e;
    }

    /** What went wrong and where. */
    private static String named(Throwable e) {
        return e instanceof FileSystemException fs && fs.getFile() != null ? fs.getFile() + ": " + describe(e)
                : describe(e);
    }

    /** What went wrong, in words, for a file system's exception that says it by its type alone. */
    static String describe(Throwable e) {
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "file exists";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "directory not empty";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        return e.getMessage() == null || e instanceof FileSystemException ? e.getClass().getSimpleName()
                : e.getMessage();
    }

    static void removeTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
