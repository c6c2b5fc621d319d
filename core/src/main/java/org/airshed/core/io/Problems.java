package org.airshed.core.io;

import java.util.ArrayList;
import java.util.List;
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
        problems.add(problem);
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
