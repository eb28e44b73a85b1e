package io.whosaid.graph.edit;

import io.whosaid.graph.GraphReader;
import io.whosaid.graph.Ordering;
import io.whosaid.graph.Page;
import io.whosaid.graph.PageRequest;
import io.whosaid.model.Edit;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** Reads the edit log: the edits of one node, and pages of all edits. */
@ApplicationScoped
public class EditReader {

    /** The edit log's order: newest first ({@code seq} is given under the edit log's lock, so it is unique). */
    public static final Ordering NEWEST_FIRST = Ordering.parse("edits:newest", "e.seq DESC");

    private final GraphReader reader;

    public EditReader(GraphReader reader) {
        this.reader = reader;
    }

    /** The edits that named or touched {@code id}, newest first. */
    public List<Edit> history(String id) {
        return reader.read(EditLog.HISTORY, Map.of("id", id)).stream()
                .map(r -> EditLog.edit(r.get("edit")))
                .toList();
    }

    /** The edits with these ids, by id (ids of no edit left out): for the edges that name the edit that made them. */
    public Map<String, Edit> byIds(List<String> ids) {
        Map<String, Edit> found = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Record r : reader.read(EditLog.BY_IDS, Map.of("ids", ids))) {
                Edit edit = EditLog.edit(r.get("edit"));
                found.put(edit.id(), edit);
            }
        }
        return found;
    }

    /** A page of the edits made at or after {@code since} (ISO-8601; null: any time) by {@code author} (null: anyone), newest first. */
    public Page<Edit> page(String since, String author, PageRequest request) {
        Map<String, Object> parameters = filter(since, author);
        parameters.put("limit", request.limit() + 1);
        UnaryOperator<String> asWritten = UnaryOperator.identity();
        String query = EditLog.PAGE
                .replace("{KEYSET}", NEWEST_FIRST.condition(request, asWritten, parameters, "cursor"))
                .replace("{ORDER}", NEWEST_FIRST.orderBy(request.fromEnd(), asWritten))
                .replace("{KEY}", NEWEST_FIRST.keyList(asWritten));
        List<Edit> edits = new ArrayList<>();
        List<List<Object>> keys = new ArrayList<>();
        for (Record r : reader.read(query, parameters)) {
            edits.add(EditLog.edit(r.get("edit")));
            keys.add(r.get("key").asList(Value::asObject));
        }
        return Page.fromOneMore(edits, keys, request);
    }

    public int count(String since, String author) {
        return reader.read(EditLog.COUNT, filter(since, author))
                .get(0)
                .get("total")
                .asInt();
    }

    private static Map<String, Object> filter(String since, String author) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("since", since);
        parameters.put("by", author);
        return parameters;
    }
}
