package org.airshed.scenarios.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.airshed.core.io.Problem;
import org.airshed.core.io.ScenarioDocument;
import org.airshed.core.io.ScenarioInputException;
import org.airshed.core.io.WalkedPath;
import org.airshed.core.model.SourceTable;

/**
 * Refuses a result set whose files would replace one of the files it is made from (a scenario
 * whose sourcesFile is DIR/mac.csv run with --out DIR): checked before anything is written, on
 * real paths (links and ".." resolved), since a result file replaces whatever stands at its name,
 * and at every link on an input's way to the file read. Every command that writes results calls it.
 */
public final class OwnInputs {
    /** The directory's own working files, moved or deleted by any command writing into it. */
    private static final List<String> WORKING = List.of(ResultDirectory.LOCK, ResultDirectory.SCRATCH + "/",
            ResultMoves.EARLIER + "/", ResultMoves.EARLIER + ".new/", ResultMoves.RESULTS_STAGING + "/",
            ResultMoves.TABLES_STAGING + "/", ResultMoves.JOURNAL_STAGING + "/");

    /** Links followed at most, as the system follows them (Linux's limit) before it gives up. */
    private static final int MAX_LINKS = 40;

    private OwnInputs() {
    }

    /**
     * One input: {@code file} as read, named in a problem as {@code fileName} at {@code location}
     * ("file" for the file itself, "$.sourcesFile" for the file a scenario names).
     */
    public record Input(Path file, String fileName, String location) {
        public Input {
            if (file == null || fileName == null || location == null) {
                throw new IllegalArgumentException("an input needs a file, its name and a location; got " + file
                        + ", " + fileName + ", " + location);
            }
        }
    }

    /** The sources file {@code document} was read from, as an input named at $.sourcesFile of {@code fileName}. */
    public static List<Input> sourcesFile(ScenarioDocument document, String fileName) {
        if (document.scenario().sources() instanceof SourceTable table && table.origin() != null) {
            return List.of(new Input(Path.of(table.origin().file()), fileName, "$.sourcesFile"));
        }
        return List.of();
    }

    /**
     * Throws {@link ScenarioInputException} naming every input that is, or lies under, one of
     * {@code names} (a name ending in "/" is a directory of the set) in {@code out}, or one of the
     * directory's working files; {@code command} says who writes ("run --out DIR"). Reads only.
     */
    public static void refuse(String command, Path out, Collection<String> names, List<Input> inputs) {
        refuse(command, out, names, inputs, "choose another --out, or move the input out of that directory");
    }

    /**
     * As {@link #refuse(String, Path, Collection, List)}, the problem ending with {@code advice} (what
     * to do instead). An input is checked where it is and at every link on its way to the file read:
     * a link at a result file's name is replaced itself, and one into charts/ leads to a file removed.
     * A hard link is not refused: a result file replaces a name, never a file's bytes in place.
     */
    public static void refuse(String command, Path out, Collection<String> names, List<Input> inputs, String advice) {
        Path directory = real(out);
        List<String> managed = new ArrayList<>(names);
        List<Problem> problems = new ArrayList<>();
        for (Input input : inputs) {
            List<Path> places = places(input.file());
            for (int i = 0; i < places.size(); i++) {
                Path place = places.get(i);
                String hit = hit(directory, place, managed);
                boolean working = hit == null;
                if (working) {
                    hit = hit(directory, place, WORKING);
                }
                if (hit != null) {
                    problems.add(new Problem(input.fileName(), input.location(), null, (i == 0 ? "is " : "leads to ")
                            + place + ", which " + command + " would " + what(hit, working) + ": " + advice
                            + "; nothing was written"));
                    break;
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioInputException(problems);
        }
    }

    /** What the command does at {@code name}, and why it may. */
    private static String what(String name, boolean working) {
        if (working) {
            return "replace or remove " + name + " (Airshed's own working file" + (name.endsWith("/") ? "s" : "")
                    + " there)";
        }
        return name.endsWith("/") ? "replace or remove with its own " + name + " (the results' directory " + name
                + ": every file in it is Airshed's)" : "replace with its own " + name + " (a result file goes there)";
    }

    /** The result name {@code place} is, or lies under, in {@code directory}; null for none. */
    private static String hit(Path directory, Path place, List<String> names) {
        for (String name : names) {
            Path target = directory.resolve(name).normalize();
            if (name.endsWith("/") ? place.startsWith(target) : place.equals(target)) {
                return name;
            }
        }
        return null;
    }

    /**
     * Where {@code file} is: its directory's real path with its own name (a link there is replaced
     * itself), and, when it is a link, each place its chain of links passes on the way to the file it
     * leads to, that file last.
     */
    private static List<Path> places(Path file) {
        List<Path> places = new ArrayList<>();
        Path place = place(file.toAbsolutePath());
        places.add(place);
        for (int hop = 0; hop < MAX_LINKS && Files.isSymbolicLink(place); hop++) {
            Path target;
            try {
                target = Files.readSymbolicLink(place);
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                break; // unreadable: the file cannot be read through it either
            }
            place = place(place.resolveSibling(target));
            places.add(place);
        }
        return places;
    }

    /** {@code absolute} with its directory's real path: a link at its own name is not followed. */
    private static Path place(Path absolute) {
        Path parent = absolute.getParent();
        Path name = absolute.getFileName();
        if (parent == null || name == null || name.toString().equals(".") || name.toString().equals("..")) {
            return real(absolute);
        }
        return real(parent).resolve(name);
    }

    /** Where {@code path} leads as the system walks it, every link followed where met ({@link WalkedPath#followed}). */
    private static Path real(Path path) {
        return WalkedPath.followed(path, MAX_LINKS);
    }
}
