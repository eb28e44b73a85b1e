package io.whosaid.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A slice of an ordered list: its items with each one's sort key values (its position, which its cursor holds),
 * and whether items follow it and precede it.
 */
public record Page<T>(List<T> items, List<List<Object>> keys, boolean hasNext, boolean hasPrevious) {

    /**
     * The page from items read with one more than asked for, in the order they were read (reversed when the
     * request reads from the end): the extra one tells whether more lie beyond.
     */
    public static <T> Page<T> fromOneMore(List<T> readOneMore, List<List<Object>> keys, PageRequest request) {
        boolean more = readOneMore.size() > request.limit();
        List<T> items = new ArrayList<>(more ? readOneMore.subList(0, request.limit()) : readOneMore);
        List<List<Object>> itemKeys = new ArrayList<>(more ? keys.subList(0, request.limit()) : keys);
        if (request.fromEnd()) {
            Collections.reverse(items);
            Collections.reverse(itemKeys);
            return new Page<>(items, itemKeys, request.before() != null, more);
        }
        return new Page<>(items, itemKeys, more, request.after() != null);
    }
}
