package io.whosaid.graph.edit;

import io.whosaid.graph.CypherFile;
import io.whosaid.model.Edit;
import io.whosaid.model.EditKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/** The {@code :Edit} nodes: numbering, recording and reading them. */
final class EditLog {

    private static final String BEGIN = CypherFile.load("edit/begin");
    private static final String RECORD = CypherFile.load("edit/record");
    private static final String FIND = CypherFile.load("edit/find");
    private static final String DEPENDENTS = CypherFile.load("edit/dependents");
    private static final String MARK_UNDONE = CypherFile.load("edit/mark-undone");
    private static final String LAST_MERGE_INTO = CypherFile.load("edit/last-merge-into");
    static final String HISTORY = CypherFile.load("edit/history");
    static final String BY_IDS = CypherFile.load("edit/edits-by-id");
    static final String PAGE = CypherFile.load("edit/edits-page");
    static final String COUNT = CypherFile.load("edit/edits-count");

    private EditLog() {}

    /** Takes the next edit number, and with it the log's lock until the transaction ends. */
    static long begin(TransactionContext tx) {
        return tx.run(BEGIN).single().get("seq").asLong();
    }

    /** The id of the edit numbered {@code seq}. */
    static String id(long seq) {
        return "edit:" + seq;
    }

    static Edit record(
            GraphState state,
            long seq,
            String author,
            EditKind kind,
            String reason,
            List<String> subjects,
            Change change,
            String undoes) {
        Set<String> targets = new LinkedHashSet<>(subjects);
        targets.addAll(change.touchedIds());
        Map<String, Object> edit = new HashMap<>();
        edit.put("id", id(seq));
        edit.put("seq", seq);
        edit.put("author", author);
        edit.put("kind", kind.name());
        edit.put("subjects", subjects);
        edit.put("targets", List.copyOf(targets));
        edit.put("before", SnapshotJson.write(change.before()));
        edit.put("after", SnapshotJson.write(change.after()));
        edit.put("reason", reason);
        edit.put("undoes", undoes);
        List<String> elements = List.copyOf(state.locate(targets).values());
        return edit(state.tx()
                .run(RECORD, Map.of("edit", edit, "elements", elements))
                .single()
                .get("edit"));
    }

    static Optional<Edit> find(TransactionContext tx, String id) {
        List<Record> found = tx.run(FIND, Map.of("id", id)).list();
        return found.isEmpty()
                ? Optional.empty()
                : Optional.of(edit(found.get(0).get("edit")));
    }

    static List<String> dependents(TransactionContext tx, String id) {
        return tx.run(DEPENDENTS, Map.of("id", id)).list(r -> r.get("id").asString());
    }

    static void markUndone(TransactionContext tx, String id, String undoneBy) {
        tx.run(MARK_UNDONE, Map.of("id", id, "undoneBy", undoneBy)).consume();
    }

    static Optional<String> lastMergeInto(TransactionContext tx, String entityId) {
        List<Record> found = tx.run(LAST_MERGE_INTO, Map.of("id", entityId, "kind", EditKind.MERGE_ENTITIES.name()))
                .list();
        return found.isEmpty()
                ? Optional.empty()
                : Optional.of(found.get(0).get("id").asString());
    }

    static Edit edit(Value map) {
        return new Edit(
                map.get("id").asString(),
                map.get("author").asString(),
                map.get("at").asString(),
                EditKind.valueOf(map.get("kind").asString()),
                strings(map.get("subjects")),
                strings(map.get("targets")),
                nullable(map.get("reason")),
                map.get("undone").asBoolean(false),
                nullable(map.get("undoes")),
                nullable(map.get("undoneBy")),
                map.get("before").asString(),
                map.get("after").asString());
    }

    private static List<String> strings(Value value) {
        return value.isNull() ? List.of() : new ArrayList<>(value.asList(Value::asString));
    }

    private static String nullable(Value value) {
        return value.isNull() ? null : value.asString();
    }
}
