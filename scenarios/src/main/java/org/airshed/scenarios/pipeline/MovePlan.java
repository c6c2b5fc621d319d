package org.airshed.scenarios.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One set of moves of new result files into a results directory, written down before the first
 * move ({@link ResultMoves}) so that the next command can finish or undo the set a killed one left.
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

    MovePlan {
        if (staging == null || !staging.startsWith(".") || staging.contains("/") || !plain(staging)) {
            throw new IllegalArgumentException("a staging directory is a hidden name in the results directory: "
                    + staging);
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

    /** The plan in {@code file}; an IOException naming the file and line when it is not one this class wrote. */
    static MovePlan read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            throw damaged(file, 1, lines.isEmpty() ? "(empty)" : lines.get(0));
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
            switch (kind) {
                case "staging" -> staging = name;
                case "move" -> moves.add(name);
                case "made" -> made.add(name);
                case "emptied" -> emptied.add(name);
                default -> throw damaged(file, i + 1, line);
            }
        }
        try {
            return new MovePlan(staging, moves, made, emptied);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": not a plan of moves Airshed wrote: " + e.getMessage(), e);
        }
    }

    private static IOException damaged(Path file, int line, String text) {
        return new IOException(file + ": line " + line + ": \"" + text + "\" is not a line of a plan of moves Airshed"
                + " writes");
    }

    private static List<String> checked(String kind, List<String> names) {
        if (names == null) {
            throw new IllegalArgumentException("a plan of moves needs its " + kind + " names");
        }
        for (String name : names) {
            if (name == null || name.isEmpty() || name.startsWith(".") || name.startsWith("/") || name.contains("..")
                    || !plain(name)) {
                throw new IllegalArgumentException("a " + kind + " name of a plan of moves must be a plain relative"
                        + " name: " + name);
            }
        }
        return List.copyOf(names);
    }

    /** No line break or tab: one name a line. */
    private static boolean plain(String name) {
        return name.indexOf('\n') < 0 && name.indexOf('\r') < 0 && name.indexOf('\t') < 0;
    }
}
