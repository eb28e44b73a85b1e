package io.whosaid.graph.edit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A snapshot as the JSON string an {@code :Edit} keeps ({@code before}, {@code after}), read back with every value of
 * the type it had: whole numbers stay longs, and temporal values (an article's {@code ingestedAt}) are written as
 * {@code {"$datetime": "..."}} so that an undo stores a datetime again, not its text.
 */
public final class SnapshotJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_LONG_FOR_INTS);
    private static final String DATETIME = "$datetime";
    private static final String DATE = "$date";
    private static final String LOCAL_DATETIME = "$localdatetime";
    private static final String TIME = "$time";

    private SnapshotJson() {}

    public static String write(Snapshot snapshot) {
        Map<String, Object> json = new LinkedHashMap<>();
        List<Object> nodes = new ArrayList<>();
        for (NodeState node : snapshot.nodes()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", node.id());
            row.put("labels", node.labels());
            row.put("properties", encode(node.properties()));
            nodes.add(row);
        }
        List<Object> rels = new ArrayList<>();
        for (RelState rel : snapshot.relationships()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("type", rel.type());
            row.put("from", rel.from());
            row.put("to", rel.to());
            row.put("properties", encode(rel.properties()));
            rels.add(row);
        }
        json.put("nodes", nodes);
        json.put("relationships", rels);
        try {
            return JSON.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A snapshot holds only JSON-writable values", e);
        }
    }

    @SuppressWarnings("unchecked")
    public static Snapshot read(String text) {
        Map<String, Object> json;
        try {
            json = JSON.readValue(text, Map.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An edit's snapshot is not the JSON this class writes", e);
        }
        List<NodeState> nodes = new ArrayList<>();
        for (Map<String, Object> row : (List<Map<String, Object>>) json.get("nodes")) {
            nodes.add(
                    new NodeState((String) row.get("id"), (List<String>) row.get("labels"), decode((Map<String, Object>)
                            row.get("properties"))));
        }
        List<RelState> rels = new ArrayList<>();
        for (Map<String, Object> row : (List<Map<String, Object>>) json.get("relationships")) {
            rels.add(new RelState(
                    (String) row.get("type"), (String) row.get("from"), (String) row.get("to"), decode((Map<
                                    String, Object>)
                            row.get("properties"))));
        }
        return new Snapshot(nodes, rels);
    }

    private static Map<String, Object> encode(Map<String, Object> properties) {
        Map<String, Object> encoded = new LinkedHashMap<>();
        properties.forEach((key, value) -> encoded.put(key, encodeValue(value)));
        return encoded;
    }

    private static Object encodeValue(Object value) {
        if (value instanceof ZonedDateTime t) {
            return Map.of(DATETIME, t.toString());
        }
        if (value instanceof java.time.OffsetDateTime t) {
            return Map.of(DATETIME, t.toZonedDateTime().toString());
        }
        if (value instanceof LocalDate t) {
            return Map.of(DATE, t.toString());
        }
        if (value instanceof LocalDateTime t) {
            return Map.of(LOCAL_DATETIME, t.toString());
        }
        if (value instanceof OffsetTime t) {
            return Map.of(TIME, t.toString());
        }
        if (value instanceof List<?> list) {
            return list.stream().map(SnapshotJson::encodeValue).toList();
        }
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        throw new IllegalStateException(
                "No JSON form for a property of type " + value.getClass().getSimpleName());
    }

    private static Map<String, Object> decode(Map<String, Object> properties) {
        Map<String, Object> decoded = new LinkedHashMap<>();
        properties.forEach((key, value) -> decoded.put(key, decodeValue(value)));
        return decoded;
    }

    private static Object decodeValue(Object value) {
        if (value instanceof Map<?, ?> tagged && tagged.size() == 1) {
            Map.Entry<?, ?> entry = tagged.entrySet().iterator().next();
            String text = String.valueOf(entry.getValue());
            return switch (String.valueOf(entry.getKey())) {
                case DATETIME -> ZonedDateTime.parse(text);
                case DATE -> LocalDate.parse(text);
                case LOCAL_DATETIME -> LocalDateTime.parse(text);
                case TIME -> OffsetTime.parse(text);
                default -> throw new IllegalStateException("Unknown tagged value " + entry.getKey());
            };
        }
        if (value instanceof List<?> list) {
            return list.stream().map(SnapshotJson::decodeValue).toList();
        }
        return value;
    }
}
