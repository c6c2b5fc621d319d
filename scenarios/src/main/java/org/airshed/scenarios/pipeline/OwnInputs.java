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
import org.airshed.core.model.SourceTable;

/**
 * Refuses a result set whose files would replace one of the files it is made from (a scenario
 * whose sourcesFile is DIR/mac.csv run with --out DIR): checked before anything is written, on
 * real paths (links and ".." resolved), since a result file replaces whatever stands at its name.
 */
public final class OwnInputs {
    /** The directory's own working files, moved or deleted by any command writing into it. */
    private static final List<String> WORKING = List.of(ResultDirectory.LOCK, ResultDirectory.SCRATCH + "/",
            ResultMoves.EARLIER + "/", ResultMoves.EARLIER + ".new/", ResultMoves.RESULTS_STAGING + "/",
            ResultMoves.TABLES_STAGING + "/", ResultMoves.JOURNAL_STAGING + "/");

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
        Path directory = real(out);
        List<String> all = new ArrayList<>(names);
        all.addAll(WORKING);
        List<Problem> problems = new ArrayList<>();
        for (Input input : inputs) {
            for (Path place : places(input.file())) {
                String hit = hit(directory, place, all);
                if (hit != null) {
                    problems.add(new Problem(input.fileName(), input.location(), null, "is " + place + ", which "
                            + command + " would replace with its own " + hit + " (a result file goes there): choose"
                            + " another --out, or move the input out of that directory; nothing was written"));
                    break;
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioInputException(problems);
        }
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
     * itself), and, when it is a link, where it leads.
     */
    private static List<Path> places(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> places = new ArrayList<>();
        Path parent = absolute.getParent();
        places.add(parent == null ? absolute : real(parent).resolve(absolute.getFileName()));
        if (Files.isSymbolicLink(absolute)) {
            places.add(real(absolute));
        }
        return places;
    }

    /** The real path of {@code path}, its missing tail (a directory not made yet) appended as named. */
    private static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
        } catch (IOException e) {
            return absolute;
        }
    }
}
