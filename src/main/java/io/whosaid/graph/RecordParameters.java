package io.whosaid.graph;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the row records of a write into Cypher parameter maps, one entry per record component, so the names
 * in the {@code .cypher} files are the record's own and no hand-written mapping can drift from them.
 */
public final class RecordParameters {

    /**
     * Each record class's components, looked up once: {@link Class#getRecordComponents()} resolves them anew on every
     * call, and an article's write maps every entity, quote and comment (3 % of the service's CPU in a bulk ingest).
     */
    private static final ClassValue<List<Component>> COMPONENTS = new ClassValue<>() {
        @Override
        protected List<Component> computeValue(Class<?> type) {
            return Arrays.stream(type.getRecordComponents())
                    .map(component -> new Component(component.getName(), component.getAccessor()))
                    .toList();
        }
    };

    private RecordParameters() {}

    public static Map<String, Object> of(Record row) {
        Map<String, Object> map = new HashMap<>();
        for (Component component : COMPONENTS.get(row.getClass())) {
            try {
                map.put(component.name(), component.accessor().invoke(row));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("Cannot read " + component.name() + " of " + row.getClass(), e);
            }
        }
        return map;
    }

    public static List<Map<String, Object>> of(List<? extends Record> rows) {
        return rows.stream().map(RecordParameters::of).toList();
    }

    private record Component(String name, Method accessor) {}
}
