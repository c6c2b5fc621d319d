package org.airshed.scenarios.pipeline;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file mover for tests that fails where it is told (after every check before the moves ran),
 * for tests of every package: the file system's mover otherwise.
 */
public final class InjectedMoves implements FileMover {
    private final Fault fault;
    private final boolean once;
    /** The move that is made before the failure (a kill just after it), or 0. */
    private int madeThenFailed;
    private int moves;
    private boolean fired;

    private InjectedMoves(Fault fault, boolean once) {
        this.fault = fault;
        this.once = once;
    }

    /** The {@code n}th move (from 1) fails with an I/O error; the others are the file system's. */
    public static InjectedMoves failingAt(int n) {
        return new InjectedMoves((m, from, to) -> m == n, true);
    }

    /** The move of a new file into {@code name} of {@code directory} fails with an I/O error, once. */
    public static InjectedMoves failingInto(Path directory, String name) {
        Path place = directory.resolve(name);
        Path aside = directory.resolve(ResultMoves.EARLIER);
        return new InjectedMoves((m, from, to) -> to.equals(place) && !from.startsWith(aside), true);
    }

    /**
     * Every move from the {@code n}th on fails, as when the process is killed before that move:
     * nothing it tries afterwards reaches the disk.
     */
    public static InjectedMoves killedAt(int n) {
        return new InjectedMoves((m, from, to) -> m >= n, false);
    }

    /** The {@code n}th move is made, then the process is killed: it and every later move fail. */
    public static InjectedMoves killedAfter(int n) {
        InjectedMoves mover = new InjectedMoves((m, from, to) -> m >= n, false);
        mover.madeThenFailed = n;
        return mover;
    }

    /** Moves {@code directory}'s result files with {@code mover} (the seam is the package's own). */
    public static void use(ResultDirectory directory, FileMover mover) {
        directory.moveWith(mover);
    }

    /**
     * Just before a new file moves into {@code name}, a directory (not empty) is put there, as a user
     * might after the checks ran: the file system's own move then fails.
     */
    public static FileMover blockingInto(Path directory, String name) {
        Path place = directory.resolve(name);
        Path aside = directory.resolve(ResultMoves.EARLIER);
        return (from, to) -> {
            if (to.equals(place) && !from.startsWith(aside) && !Files.exists(place.resolve("inside"))) {
                Files.createDirectories(place.resolve("inside"));
            }
            FileMover.SYSTEM.move(from, to);
        };
    }

    @Override
    public void move(Path from, Path to) throws IOException {
        moves++;
        if (!(once && fired) && fault.at(moves, from, to)) {
            fired = true;
            if (moves == madeThenFailed) {
                FileMover.SYSTEM.move(from, to);
            }
            throw new FileSystemException(from.toString(), to.toString(), "Input/output error (injected at move "
                    + moves + ")");
        }
        FileMover.SYSTEM.move(from, to);
    }

    /** Whether a move failed. */
    public boolean fired() {
        return fired;
    }

    /** The moves asked for so far. */
    public int moves() {
        return moves;
    }

    @FunctionalInterface
    private interface Fault {
        boolean at(int move, Path from, Path to);
    }
}
