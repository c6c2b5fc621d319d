package org.airshed.scenarios.pipeline;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The process a test kills (SIGKILL) midway through a replace: it says {@value #WAITING} on
 * stdout just before move {@code N} and waits there for the kill.
 */
public final class KilledMidMoves {
    static final String WAITING = "waiting to be killed";

    private KilledMidMoves() {
    }

    /** Arguments: the results directory (holding the earlier set) and the move to wait at. */
    public static void main(String[] args) throws IOException, InterruptedException {
        Path dir = Path.of(args[0]);
        int at = Integer.parseInt(args[1]);
        int[] moves = new int[1];
        try (ResultDirectory d = ResultDirectory.lock(dir)) {
            InjectedMoves.use(d, (from, to) -> {
                if (++moves[0] == at) {
                    System.out.println(WAITING);
                    System.out.flush();
                    try {
                        Thread.sleep(Long.MAX_VALUE);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                FileMover.SYSTEM.move(from, to);
            });
            AllOrNothingMovesTest.replaceWithNew(d);
        }
    }
}
