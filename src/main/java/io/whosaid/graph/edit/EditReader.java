package io.whosaid.graph.edit;

import io.whosaid.graph.GraphReader;
import io.whosaid.graph.Page;
import io.whosaid.graph.PageRequest;
import io.whosaid.model.Edit;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the edit log: the edits of one node, and pages of all edits. */
@ApplicationScoped
public class EditReader {

    private final GraphReader reader;

    public EditReader(GraphReader reader) {
        this.reader = reader;
    }

    /** The edits that named or touched {@code id}, newest first. */
    public List<Edit> history(String id) {
        return reader.read(EditLog.HISTORY, Map.of("id", id)).stream().map(r -> EditLog.edit(r.get("edit"))).toList();
    }

    /** A page of the edits made at or after {@code since} (ISO-8601; null: any time) by {@code author} (null: anyone), newest first. */
    public Page<Edit> page(String since, String author, PageRequest request) {
        Map<String, Object> parameters = filter(since, author);
        parameters.put("offset", request.offset());
        parameters.put("limit", request.limit() + 1);
        return Page.fromOneMore(reader.read(EditLog.PAGE, parameters).stream()
                .map(r -> EditLog.edit(r.get("edit"))).toList(), request);
    }

    public int count(String since, String author) {
        return reader.read(EditLog.COUNT, filter(since, author)).get(0).get("total").asInt();
    }

    private static Map<String, Object> filter(String since, String author) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("since", since);
        parameters.put("by", author);
        return parameters;
    }
}
