package io.whosaid.graph;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the row records of a write into Cypher parameter maps, one entry per record component, so the names
 * in the {@code .cypher} files are the record's own and no hand-written mapping can drift from them.
 */
public final class RecordParameters {

    private RecordParameters() {}

    public static Map<String, Object> of(Record row) {
        Map<String, Object> map = new HashMap<>();
        for (RecordComponent component : row.getClass().getRecordComponents()) {
            try {
                map.put(component.getName(), component.getAccessor().invoke(row));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("Cannot read " + component.getName() + " of " + row.getClass(), e);
            }
        }
        return map;
    }

    public static List<Map<String, Object>> of(List<? extends Record> rows) {
        return rows.stream().map(RecordParameters::of).toList();
    }
}
