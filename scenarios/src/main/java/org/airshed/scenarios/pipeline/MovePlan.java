package org.airshed.scenarios.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One set of moves of new result files into a results directory, written down before the first
 * move ({@link ResultMoves}) so that the next command can finish or undo the set a killed one left.
 * A plan names only what Airshed itself makes (a damaged or hand-made one is refused before anything
 * is touched): its staging directory by one of {@link #STAGINGS}' names, every other entry a plain
 * relative path inside the results directory.
 *
 * @param staging the staging directory's name inside the results directory, where the new files wait
 * @param moves   the new files' names, in the order they move in (the one marking a complete set last)
 * @param made    the directories the moves create (charts/ when the earlier set had none), removed if
 *                empty when the set is undone
 * @param emptied the directories of the results the new set leaves without files, removed if empty
 *                once it is complete
 */
record MovePlan(String staging, List<String> moves, List<String> made, List<String> emptied) {
    private static final String HEADER = "airshed moves 1";
    /** The staging directories Airshed makes: a run's or report's, a sweep's tables, a sweep's new journal. */
    static final Set<String> STAGINGS = Set.of(ResultMoves.RESULTS_STAGING, ResultMoves.TABLES_STAGING,
            ResultMoves.JOURNAL_STAGING);

    MovePlan {
        if (staging == null || !STAGINGS.contains(staging)) {
            throw new IllegalArgumentException("a staging directory is one of " + STAGINGS.stream().sorted().toList()
                    + ": " + staging);
        }
        moves = checked("move", moves);
        made = checked("made", made);
        emptied = checked("emptied", emptied);
    }

    /** The plan as text: a header, then one "kind TAB name" line each. */
    String text() {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        text.append("staging\t").append(staging).append('\n');
        moves.forEach(name -> text.append("move\t").append(name).append('\n'));
        made.forEach(name -> text.append("made\t").append(name).append('\n'));
        emptied.forEach(name -> text.append("emptied\t").append(name).append('\n'));
        return text.toString();
    }

    /**
     * The plan in {@code file}; a FileSystemException naming the file and the bad line when it is not
     * one this class wrote (a command reports it as a path it cannot use, exit 2).
     */
    static MovePlan read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            throw damaged(file, 1, lines.isEmpty() ? "(empty)" : lines.get(0), "is not a plan's first line");
        }
        String staging = null;
        List<String> moves = new ArrayList<>();
        List<String> made = new ArrayList<>();
        List<String> emptied = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            int tab = line.indexOf('\t');
            String kind = tab < 0 ? line : line.substring(0, tab);
            String name = tab < 0 ? "" : line.substring(tab + 1);
            try {
                switch (kind) {
                    case "staging" -> staging = staging == null ? stagingName(name) : duplicate();
                    case "move" -> moves.add(checked("move", name));
                    case "made" -> made.add(checked("made", name));
                    case "emptied" -> emptied.add(checked("emptied", name));
                    default -> throw new IllegalArgumentException("is not a line of a plan of moves Airshed writes");
                }
            } catch (IllegalArgumentException e) {
                throw damaged(file, i + 1, line, e.getMessage());
            }
        }
        try {
            return new MovePlan(staging, moves, made, emptied);
        } catch (IllegalArgumentException e) {
            throw damaged(file, lines.size(), "(end)", e.getMessage());
        }
    }

    /**
     * Refuses a plan that would reach outside {@code directory}: every entry resolved there must stay
     * inside it (normalized) and go through no symbolic link, whose far side may be anywhere.
     * Throws IllegalArgumentException naming the entry.
     */
    void checkInside(Path directory) {
        inside(directory, "staging", staging, false);
        moves.forEach(name -> inside(directory, "move", name, true));
        made.forEach(name -> inside(directory, "made", name, false));
        emptied.forEach(name -> inside(directory, "emptied", name, false));
    }

    /**
     * {@code name} in {@code directory}, or an IllegalArgumentException when it leads outside or through a
     * link ({@code file} when the last step may be one: moving a link renames the link, not what it names).
     */
    static Path inside(Path directory, String kind, String name, boolean file) {
        Path root = directory.toAbsolutePath().normalize();
        Path place = root.resolve(name).normalize();
        if (!place.startsWith(root) || place.equals(root)) {
            throw new IllegalArgumentException("the " + kind + " entry \"" + name + "\" leads outside " + directory);
        }
        for (Path step = place; !step.equals(root); step = step.getParent()) {
            if (step != place || !file) {
                if (Files.isSymbolicLink(step)) {
                    throw new IllegalArgumentException("the " + kind + " entry \"" + name + "\" goes through the"
                            + " symbolic link " + step + ", which Airshed never follows");
                }
            }
        }
        return directory.resolve(name);
    }

    private static FileSystemException damaged(Path file, int line, String text, String why) {
        return new FileSystemException(file.toString(), null, "line " + line + ": \"" + text + "\": " + why
                + "; not a plan of moves Airshed wrote, so nothing was moved or deleted: see what "
                + file.getParent() + " holds, put back by hand what belongs in " + file.getParent().getParent()
                + ", remove " + file.getParent() + " and try again");
    }

    private static String duplicate() {
        throw new IllegalArgumentException("a plan has one staging line");
    }

    private static String stagingName(String name) {
        if (!STAGINGS.contains(name)) {
            throw new IllegalArgumentException("a staging directory is one of " + STAGINGS.stream().sorted().toList());
        }
        return name;
    }

    private static List<String> checked(String kind, List<String> names) {
        if (names == null) {
            throw new IllegalArgumentException("a plan of moves needs its " + kind + " names");
        }
        names.forEach(name -> checked(kind, name));
        return List.copyOf(names);
    }

    /**
     * A plain relative path of visible names: no empty, ".", ".." or hidden step, no leading "/", no
     * backslash, NUL or other control character (a line break would split the plan's line).
     */
    private static String checked(String kind, String name) {
        boolean plain = name != null && !name.isEmpty();
        if (plain) {
            for (String step : name.split("/", -1)) {
                plain &= !step.isEmpty() && !step.startsWith(".");
            }
            for (int i = 0; i < name.length() && plain; i++) {
                char c = name.charAt(i);
                plain = c >= 0x20 && c != 0x7f && c != '\\';
            }
        }
        if (!plain) {
            throw new IllegalArgumentException("a " + kind + " name of a plan of moves must be a plain relative"
                    + " name: " + name);
        }
        return name;
    }
}
