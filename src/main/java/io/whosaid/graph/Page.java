package io.whosaid.graph;

import java.util.List;

/** A slice of an ordered list, and whether more follows it. */
public record Page<T>(List<T> items, int offset, boolean hasNext) {

    /** The page from items read with one more than asked for, which tells whether more follow. */
    public static <T> Page<T> fromOneMore(List<T> readOneMore, PageRequest request) {
        boolean hasNext = readOneMore.size() > request.limit();
        return new Page<>(hasNext ? readOneMore.subList(0, request.limit()) : readOneMore, request.offset(), hasNext);
    }
}
