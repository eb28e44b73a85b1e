package io.whosaid.graph;

import java.util.List;

/** A slice of an ordered list, and whether more follows it. */
public record Page<T>(List<T> items, int offset, boolean hasNext) {
}
