package io.whosaid.graph;

import io.whosaid.graph.projection.Compiled;
import java.util.List;
import java.util.Map;

/**
 * Nodes read with the related fields a request selected: each row is a node's map with those fields nested
 * under the keys {@code fields} names. For pages, {@code offset} and {@code hasNext} say where the slice is, and
 * {@code total} is the size of the whole list when it was asked for (else null).
 */
public record NodeRows(List<Map<String, Object>> rows, int offset, boolean hasNext, List<Compiled> fields, Integer total) {
}
