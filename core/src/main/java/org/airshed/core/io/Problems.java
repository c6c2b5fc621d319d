package org.airshed.core.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import org.airshed.core.model.InvalidModelException;
import org.airshed.core.model.Violation;

/**
 * Collects the problems of one scenario read (its JSON and its sources file), so that reading
 * goes on after the first bad value and the user sees every one at once.
 */
final class Problems {
    private final List<Problem> problems = new ArrayList<>();

    void add(String file, String location, String value, String message) {
        add(new Problem(file, location, value, message));
    }

    void add(Problem problem) {
        // One problem, one line: a CSV cell's line break or tab is shown escaped, as JSON text shows it.
        problems.add(new Problem(problem.file(), oneLine(problem.location()), oneLine(problem.value()),
                oneLine(problem.message())));
    }

    /** {@code text} with its control characters escaped as JSON text escapes them; null stays null. */
    static String oneLine(String text) {
        if (text == null || text.chars().noneMatch(c -> c < 0x20 || c == 0x7F)) {
            return text;
        }
        StringBuilder line = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                case '\t' -> line.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7F) {
                        line.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        line.append(c);
                    }
                }
            }
        }
        return line.toString();
    }

    /** A mark to pass to {@link #addedSince(int)}. */
    int mark() {
        return problems.size();
    }

    /** Whether any problem was found after {@code mark}: then a record is not built from the values. */
    boolean addedSince(int mark) {
        return problems.size() > mark;
    }

    /** Forgets the problems found after {@code mark}: a file read again from its start reports them again. */
    void truncate(int mark) {
        problems.subList(mark, problems.size()).clear();
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    List<Problem> list() {
        return List.copyOf(problems);
    }

    /**
     * Runs a record's constructor. Each violation it rejects the values with becomes a
     * problem placed by {@code where}; the result is then null.
     */
    <T> T build(Supplier<T> constructor, Function<Violation, Problem> where) {
        try {
            return constructor.get();
        } catch (InvalidModelException e) {
            e.violations().forEach(v -> add(where.apply(v)));
            return null;
        }
    }

    /** {@link #build} for a record read from JSON at {@code path} (a violation's field is relative to it). */
    <T> T build(Supplier<T> constructor, String file, String path) {
        return build(constructor, v -> new Problem(file, v.under(path).field(), v.value(), v.reason()));
    }
}
