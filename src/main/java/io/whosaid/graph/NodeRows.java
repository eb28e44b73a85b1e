package io.whosaid.graph;

import io.whosaid.graph.projection.Compiled;
import java.util.List;
import java.util.Map;

/**
 * Nodes read with the related fields a request selected: each row is a node's map with those fields nested
 * under the keys {@code fields} names. For pages, {@code keys} are the rows' sort key values (their cursors'
 * positions), {@code hasNext} and {@code hasPrevious} say whether the list goes on, and {@code total} is the size
 * of the whole list when it was asked for (else null).
 */
public record NodeRows(
        List<Map<String, Object>> rows,
        List<List<Object>> keys,
        boolean hasNext,
        boolean hasPrevious,
        List<Compiled> fields,
        Integer total) {}
