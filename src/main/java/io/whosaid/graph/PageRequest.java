package io.whosaid.graph;

import java.util.List;

/**
 * Which slice of an ordered list to read: {@code limit} items strictly after the position {@code after} and
 * strictly before {@code before} (each the key values of an item in the list's {@link Ordering}, or null for an
 * open end), taken from the start, or from the end when {@code fromEnd} ({@code last}).
 */
public record PageRequest(int limit, List<Object> after, List<Object> before, boolean fromEnd) {

    /** The first {@code limit} items of the list. */
    public static PageRequest first(int limit) {
        return new PageRequest(limit, null, null, false);
    }
}
