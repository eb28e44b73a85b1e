package io.whosaid.graph;

/** Which slice of an ordered list to read: {@code limit} items after skipping {@code offset}. */
public record PageRequest(int offset, int limit) {
}
