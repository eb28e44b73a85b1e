package io.whosaid.api;

import io.whosaid.model.EdgeEvidence;
import io.whosaid.model.MadeBy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What a relationship says of itself, as the field table's edge map reads it (graph/projection/FieldTable). */
record EdgeAnswer(MadeBy madeBy, String editId, int count, List<EdgeEvidence> evidence) {

    static EdgeAnswer of(Map<?, ?> edge) {
        if (edge == null) {
            return new EdgeAnswer(MadeBy.EXTRACTOR, null, 1, List.of());
        }
        Object madeBy = edge.get("madeBy");
        Object count = edge.get("count");
        List<EdgeEvidence> evidence = new ArrayList<>();
        if (edge.get("evidence") instanceof List<?> spans) {
            for (Object item : spans) {
                Map<?, ?> span = (Map<?, ?>) item;
                evidence.add(new EdgeEvidence(
                        (String) span.get("article"),
                        (String) span.get("comment"),
                        (String) span.get("sentence"),
                        offset(span.get("start")),
                        offset(span.get("end"))));
            }
        }
        return new EdgeAnswer(
                madeBy == null ? MadeBy.EXTRACTOR : MadeBy.valueOf(madeBy.toString()),
                edge.get("edit") == null ? null : edge.get("edit").toString(),
                count instanceof Number n ? n.intValue() : 1,
                evidence);
    }

    /** An offset, or null for a support with no span (stored as -1). */
    private static Integer offset(Object value) {
        return value instanceof Number n && n.intValue() >= 0 ? n.intValue() : null;
    }
}
