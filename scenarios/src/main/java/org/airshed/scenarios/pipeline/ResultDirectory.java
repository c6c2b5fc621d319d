package org.airshed.scenarios.pipeline;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.airshed.core.util.Progress;

/**
 * A results directory held by one run (or sweep) at a time, through a lock on its
 * {@value #LOCK} file: a second one writing into the same directory is refused while the first
 * holds it. Results are written whole into {@value #STAGING} first and only then moved in, so a
 * run that fails (bad input found late, out of memory, a full disk) leaves the previous complete
 * result set, never a mix; every place a new file goes (or an old one leaves) is checked before
 * anything moves, and the moves are all or nothing ({@link ResultMoves}): the earlier files go
 * aside, summary.json first, the new ones come in, summary.json last, and a failed move puts the
 * earlier set back; a set a killed command left half-moved is finished or undone when the next one
 * takes the lock. It holds one {@link ResultKind} of result set at a time.
 * What a run spools while it computes (a market's journal)
 * goes into {@value #SCRATCH}, removed when the run ends, ok or not, and by the next run after a kill.
 */
public final class ResultDirectory implements Closeable {
    public static final String LOCK = ".airshed.lock";
    static final String STAGING = ResultMoves.RESULTS_STAGING;
    /** Scratch files of the run holding the directory, e.g. a market's journal spooled while it grows. */
    public static final String SCRATCH = ".airshed-spool";

    private final Path directory;
    private final FileChannel channel;
    private FileMover mover = FileMover.SYSTEM;

    private ResultDirectory(Path directory, FileChannel channel) {
        this.directory = directory;
        this.channel = channel;
    }

    /**
     * Creates the directory if needed and takes its lock, for writing a result set of {@code kind}.
     * Throws {@link InUseException} when another run or sweep holds it, a
     * {@link java.nio.file.FileSystemException} naming the file when it holds another kind's result
     * set ({@link ResultKind#refuseOthers}), judged under the lock once a set a killed command left
     * half-moved is settled, or when it cannot be created.
     */
    public static ResultDirectory lock(Path directory, ResultKind kind) throws IOException {
        // Only a directory Airshed wrote into before (the lock file was there) holds a result set: a user's
        // own summary.csv or scenario.json in a folder of theirs is no sweep's or run's.
        boolean[] created = new boolean[1];
        ResultDirectory held = lock(directory, created);
        try {
            if (!created[0]) {
                kind.refuseOthers(directory);
            }
        } catch (IOException e) {
            held.close();
            throw e;
        }
        return held;
    }

    /**
     * Creates the directory if needed and takes its lock, whatever result set it holds (a report
     * redraws what is there). Throws {@link InUseException} when another run or sweep holds it, a
     * {@link java.nio.file.FileSystemException} when it cannot be created.
     */
    public static ResultDirectory lock(Path directory) throws IOException {
        return lock(directory, new boolean[1]);
    }

    /**
     * Settles {@code directory} for a command that reads results there without writing them (ledger, a
     * merge's shard directories): when a command killed while it moved its results in left them half-moved
     * (its {@value ResultMoves#EARLIER} is there), takes the lock, which finishes or undoes the moves, and
     * releases it; a directory left as it was is not touched. Throws {@link InUseException} when another
     * command holds it (its moves may be under way), a FileSystemException when the moves cannot be settled.
     */
    public static void settle(Path directory) throws IOException {
        if (Files.exists(directory.resolve(ResultMoves.EARLIER), LinkOption.NOFOLLOW_LINKS)) {
            lock(directory).close();
        }
    }

    /**
     * As {@link #lock(Path)}; {@code created[0]} says whether the lock file was made now (no Airshed
     * command wrote here before).
     */
    private static ResultDirectory lock(Path directory, boolean[] created) throws IOException {
        if (directory.toString().isEmpty()) {
            // Path.of("") has no parent to resolve against: the files would go wherever the process runs.
            throw new IllegalArgumentException("an empty path names no results directory");
        }
        Files.createDirectories(directory);
        Path file = directory.resolve(LOCK);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            created[0] = true;
        } catch (FileAlreadyExistsException e) {
            channel = FileChannel.open(file, StandardOpenOption.WRITE);
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new InUseException(directory + " is in use by another airshed run or sweep writing into it;"
                    + " wait for it to finish, or choose another directory");
        }
        try {
            ResultMoves.removeTree(directory.resolve(SCRATCH));
            // A command killed while it moved its results in left them half-moved: finished or undone here.
            ResultMoves.recover(directory, FileMover.SYSTEM);
            // Settled: a staging directory left by a command killed before its plan was in place is no longer needed.
            for (String staging : MovePlan.STAGINGS) {
                ResultMoves.removeTree(directory.resolve(staging));
            }
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        return new ResultDirectory(directory, channel);
    }

    public Path path() {
        return directory;
    }

    /** Moves the result files with {@code mover} from now on: a test's, failing at a chosen move. */
    void moveWith(FileMover mover) {
        this.mover = mover;
    }

    /** The run's scratch area ({@value #SCRATCH}): not created here; removed with everything in it when the lock is released. */
    public Path scratch() {
        return directory.resolve(SCRATCH);
    }

    /**
     * Replaces the results: {@code files} are written into the staging directory, then every
     * earlier file they replace and every file of {@code managed} the new set lacks is moved aside
     * ({@code last} first), the new files are moved in ({@code last} last), and the aside files are
     * deleted. On any failure the directory is as it was: a place a file goes taken by something else
     * (a directory where a file goes, a file where charts/ goes) is refused with a FileSystemException
     * naming it before anything moves; a move that fails all the same puts the earlier set back and
     * throws, saying so ({@link ResultMoves#commit}). Returns the paths written, in the order given.
     */
    public List<Path> replace(List<ResultFile> files, Collection<String> managed, String last) throws IOException {
        return replace(files, managed, last, staged -> List.of());
    }

    /**
     * As {@link #replace(List, Collection, String)}, with the files {@code more} makes from the
     * staged ones added before anything is moved in: every file is written on a writing thread
     * ({@link StagedFiles}) while {@code more} runs on the calling thread, reading a staged file only
     * once it is complete, so the bytes never depend on timing. A failure anywhere waits for every
     * write to end and throws the first failure in file order, then the report's. A name of {@code managed} ending in "/" is a
     * directory of the run's: its files the new set lacks are removed, and it is removed when left empty.
     */
    public List<Path> replace(List<ResultFile> files, Collection<String> managed, String last, Staged more)
            throws IOException {
        return replace(files, managed, last, more, 0);
    }

    /** As {@link #replace(List, Collection, String, Staged)} on {@code threads} writing threads; 0 for the machine's choice. */
    List<Path> replace(List<ResultFile> files, Collection<String> managed, String last, Staged more, int threads)
            throws IOException {
        Path staging = directory.resolve(STAGING);
        // A set left half-moved is settled before its staging directory, which tells what had moved, goes.
        ResultMoves.recover(directory, mover);
        ResultMoves.removeTree(staging);
        Files.createDirectory(staging);
        List<ResultFile> all;
        Progress.current().phase("writing results");
        // Every file is written on the pool while the report is made here, from the staged files once complete.
        StagedFiles staged = threads == 0 ? new StagedFiles(staging) : new StagedFiles(staging, threads);
        try {
            files.forEach(staged::add);
            List<ResultFile> added = more.files(staged);
            added.forEach(staged::add);
            all = staged.finish();
        } catch (IOException | RuntimeException | Error e) {
            staged.stop();
            ResultMoves.removeTree(staging);
            // A table's failure comes before the report's, as when they were written in turn.
            staged.finish();
            throw e;
        } finally {
            staged.stop();
        }
        Set<String> names = all.stream().map(ResultFile::name).collect(Collectors.toSet());
        try {
            checkTargets(all, managed, names);
        } catch (IOException e) {
            ResultMoves.removeTree(staging);
            throw e;
        }
        List<String> order = new ArrayList<>();
        for (ResultFile file : all) {
            if (!file.name().equals(last)) {
                order.add(file.name());
            }
        }
        if (names.contains(last)) {
            order.add(last);
        }
        // The earlier files go aside summary.json first: a directory with one holds a complete set.
        List<String> earlier = new ArrayList<>();
        earlier.add(last);
        earlier.addAll(order);
        List<String> emptied = new ArrayList<>();
        for (String name : managed) {
            if (name.endsWith("/")) {
                earlier.addAll(othersIn(name, names));
                if (names.stream().noneMatch(n -> n.startsWith(name))) {
                    emptied.add(name.substring(0, name.length() - 1));
                }
            } else if (!names.contains(name)) {
                earlier.add(name);
            }
        }
        ResultMoves.commit(directory, STAGING, order, earlier, emptied, mover);
        List<Path> written = new ArrayList<>();
        for (ResultFile file : all) {
            written.add(directory.resolve(file.name()));
        }
        return written;
    }

    /**
     * Refuses, before anything moves, what would make a move fail: a new file's
     * place taken by something that is not a regular file, its directory (charts/) taken by
     * something that is not a directory, a directory where an earlier run's file is to be removed,
     * or a directory of the run's that cannot be written. Throws a FileSystemException naming the path.
     */
    private void checkTargets(List<ResultFile> all, Collection<String> managed, Set<String> names)
            throws IOException {
        Set<Path> parents = new TreeSet<>();
        for (ResultFile file : all) {
            Path target = directory.resolve(file.name());
            Path parent = target.getParent();
            if (!parent.equals(directory)) {
                refuseLinks(parent);
                if (Files.exists(parent, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(parent)) {
                    throw blocked(parent, "is not a directory; the results' directory " + parent.getFileName()
                            + "/ goes there: move it away and try again");
                }
                parents.add(parent);
            }
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(target)) {
                throw blocked(target, (Files.isDirectory(target) ? "is a directory" : "is not a regular file")
                        + "; the result file " + file.name() + " goes there: move it away and try again");
            }
        }
        for (String name : managed) {
            Path owned = directory.resolve(name);
            if (name.endsWith("/")) {
                refuseLinks(owned);
                if (Files.isDirectory(owned, LinkOption.NOFOLLOW_LINKS)) {
                    parents.add(owned);
                }
            } else if (!names.contains(name) && Files.isDirectory(owned, LinkOption.NOFOLLOW_LINKS)) {
                throw blocked(owned, "is a directory where an earlier result file is to be removed: move it away and try"
                        + " again");
            }
        }
        for (Path parent : parents) {
            if (Files.isDirectory(parent) && !Files.isWritable(parent)) {
                throw blocked(parent, "cannot be written, and the results' files are replaced there: make it writable"
                        + " and try again");
            }
        }
    }

    /**
     * Refuses a symbolic link at {@code place} or on the way to it from the results directory: a result
     * set's directory (charts/) is never followed when its files are deleted, moved aside or listed.
     */
    private void refuseLinks(Path place) throws FileSystemException {
        for (Path step = place; step != null && !step.equals(directory); step = step.getParent()) {
            if (Files.isSymbolicLink(step)) {
                throw blocked(step, "is a symbolic link where the results' directory " + directory.relativize(step)
                        + "/ goes, and Airshed never follows one there (its files are replaced): put a directory"
                        + " there, or remove the link, and try again");
            }
        }
    }

    private static FileSystemException blocked(Path path, String reason) {
        return new FileSystemException(path.toString(), null, reason + " (the earlier results are untouched)");
    }

    /** The regular files of the run's directory {@code name} (charts/) that are not in {@code keep}, by name. */
    private List<String> othersIn(String name, Set<String> keep) throws IOException {
        Path owned = directory.resolve(name);
        if (!Files.isDirectory(owned, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(owned)) {
            return list.filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)).map(file -> name + file.getFileName()).filter(n -> !keep.contains(n))
                    .sorted().toList();
        }
    }

    /** Releases the lock; the lock file stays (removing it would race with the next run taking it). */
    @Override
    public void close() throws IOException {
        try {
            ResultMoves.removeTree(scratch());
        } catch (IOException e) {
            // A system that cannot delete a file still open (a ledger's spool) keeps it; the next lock removes it.
        } finally {
            channel.close();
        }
    }

    /** Files made from the staged result files, before they are moved in. */
    @FunctionalInterface
    public interface Staged {
        /**
         * The files made from the staged ones, read only once {@link StagedFiles#complete complete};
         * a file wanted early may be started with {@link StagedFiles#add} instead of returned.
         */
        List<ResultFile> files(StagedFiles staged) throws IOException;
    }

    /** The directory is held by another run or sweep. */
    public static final class InUseException extends IOException {
        private static final long serialVersionUID = 1L;

        InUseException(String message) {
            super(message);
        }
    }
}
