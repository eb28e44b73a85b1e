package io.whosaid.graph.edit;

import io.whosaid.graph.CypherFile;
import io.whosaid.graph.EdgeProvenance;
import io.whosaid.graph.NameKeys;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * Reads and writes parts of the graph inside one edit's transaction: finds nodes by id, locks them, reads them with
 * their relationships ({@link Snapshot}), and applies a {@link Change} exactly. Every edit and every undo goes
 * through {@link #apply}, so an undo is the same code as the edit, run the other way.
 */
public final class GraphState {

    private static final String LOCATE = CypherFile.load("edit/locate");
    private static final String LOCK = CypherFile.load("edit/lock");
    private static final String SNAPSHOT = CypherFile.load("edit/snapshot");
    private static final String CREATE_NODES = CypherFile.load("edit/create-nodes");
    private static final String SET_NODES = CypherFile.load("edit/set-nodes");
    private static final String DELETE_RELATIONSHIPS = CypherFile.load("edit/delete-relationships");
    private static final String CREATE_RELATIONSHIPS = CypherFile.load("edit/create-relationships");
    private static final String DELETE_NODES = CypherFile.load("edit/delete-nodes");

    private final TransactionContext tx;
    private final String editId;

    /** The state an edit sees; {@code editId} is the id it will be recorded under (null for an undo). */
    public GraphState(TransactionContext tx, String editId) {
        this.tx = tx;
        this.editId = editId;
    }

    public GraphState(TransactionContext tx) {
        this(tx, null);
    }

    public TransactionContext tx() {
        return tx;
    }

    /**
     * A relationship as this edit makes it: its properties say an editor made it, with this edit ({@code
     * graph/EdgeProvenance}); any it had before (a moved mention's evidence) are kept.
     */
    public RelState madeHere(RelState rel) {
        return new RelState(rel.type(), rel.from(), rel.to(), EdgeProvenance.byEditor(rel.properties(), editId));
    }

    /** The element id of each given id that names a node; unknown ids are left out. */
    public Map<String, String> locate(Collection<String> ids) {
        Map<String, String> elements = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return elements;
        }
        for (Record record : tx.run(LOCATE, Map.of("ids", List.copyOf(new LinkedHashSet<>(ids))))
                .list()) {
            if (!record.get("element").isNull()) {
                elements.put(record.get("id").asString(), record.get("element").asString());
            }
        }
        return elements;
    }

    /** The ids among {@code ids} that name no node. */
    public List<String> unknown(Collection<String> ids) {
        Set<String> known = locate(ids).keySet();
        return ids.stream().filter(id -> !known.contains(id)).distinct().toList();
    }

    /**
     * Locks the nodes (in id order, as {@link #read} does) without reading them: for a node an edit only links to,
     * whose other links (a publisher's thousands of articles) it need not know. Returns their element ids.
     */
    public Map<String, String> lock(Collection<String> ids) {
        Map<String, String> elements = locate(new TreeSet<>(ids));
        tx.run(LOCK, Map.of("elements", List.copyOf(elements.values()))).consume();
        return elements;
    }

    /**
     * Locks the nodes (in id order, the order every edit takes them in) and reads them with all their
     * relationships. Ids that name no node are left out.
     */
    public Snapshot read(Collection<String> ids) {
        Map<String, String> elements = lock(ids);
        List<NodeState> nodes = new ArrayList<>();
        Map<String, RelState> relationships = new LinkedHashMap<>();
        for (Record record : tx.run(SNAPSHOT, Map.of("elements", List.copyOf(elements.values())))
                .list()) {
            nodes.add(new NodeState(
                    record.get("id").asString(),
                    record.get("labels").asList(Value::asString),
                    record.get("properties").asMap()));
            for (String side : List.of("outgoing", "incoming")) {
                for (Value rel : record.get(side).values()) {
                    relationships.putIfAbsent(
                            rel.get("element").asString(),
                            new RelState(
                                    rel.get("type").asString(),
                                    rel.get("from").asString(),
                                    rel.get("to").asString(),
                                    rel.get("properties").asMap()));
                }
            }
        }
        return new Snapshot(nodes, List.copyOf(relationships.values()));
    }

    /**
     * Makes the graph what {@code change.after()} says where it was what {@code change.before()} says. A
     * relationship whose end no longer exists (a re-ingest replaced an article's quotes since) is left out.
     */
    public void apply(Change change) {
        Map<String, NodeState> was = change.before().nodesById();
        Map<String, NodeState> will = change.after().nodesById();

        Map<List<String>, List<Map<String, Object>>> created = new LinkedHashMap<>();
        for (NodeState node : will.values()) {
            if (!was.containsKey(node.id())) {
                created.computeIfAbsent(node.labels(), labels -> new ArrayList<>())
                        .add(Map.of("properties", NameKeys.withKeys(node.labels(), node.properties())));
            }
        }
        created.forEach((labels, rows) -> tx.run(
                        CREATE_NODES.replace("{LABELS}", GraphVocabulary.labels(labels)), Map.of("nodes", rows))
                .consume());

        Map<String, String> elements = locate(change.touchedIds());
        List<Map<String, Object>> removed = relationshipRows(change.before().relationships(), elements, true);
        if (!removed.isEmpty()) {
            tx.run(DELETE_RELATIONSHIPS, Map.of("relationships", removed)).consume();
        }
        Map<Object, List<Map<String, Object>>> addedByType = new LinkedHashMap<>();
        for (Map<String, Object> row : relationshipRows(change.after().relationships(), elements, false)) {
            addedByType
                    .computeIfAbsent(row.get("type"), type -> new ArrayList<>())
                    .add(row);
        }
        addedByType.forEach((type, rows) -> tx.run(
                        CREATE_RELATIONSHIPS.replace("{REL_TYPE}", GraphVocabulary.type((String) type)),
                        Map.of("relationships", rows))
                .consume());

        Map<List<List<String>>, List<Map<String, Object>>> changed = new LinkedHashMap<>();
        for (NodeState node : will.values()) {
            NodeState previous = was.get(node.id());
            if (previous != null && elements.containsKey(node.id())) {
                Set<String> removeLabels = new java.util.TreeSet<>(previous.labels());
                removeLabels.removeAll(node.labels());
                changed.computeIfAbsent(List.of(node.labels(), List.copyOf(removeLabels)), labels -> new ArrayList<>())
                        .add(Map.of(
                                "element",
                                elements.get(node.id()),
                                "properties",
                                NameKeys.withKeys(node.labels(), node.properties())));
            }
        }
        changed.forEach((labels, rows) -> tx.run(
                        SET_NODES
                                .replace("{LABELS}", GraphVocabulary.labels(labels.get(0)))
                                .replace(
                                        "{REMOVE_LABELS}",
                                        labels.get(1).isEmpty()
                                                ? ""
                                                : "REMOVE n" + GraphVocabulary.labels(labels.get(1))),
                        Map.of("nodes", rows))
                .consume());

        List<String> deleted = new ArrayList<>();
        for (NodeState node : was.values()) {
            if (!will.containsKey(node.id()) && elements.containsKey(node.id())) {
                deleted.add(elements.get(node.id()));
            }
        }
        if (!deleted.isEmpty()) {
            List<String> stillLinked = tx.run(DELETE_NODES, Map.of("elements", deleted))
                    .single()
                    .get("stillLinked")
                    .asList(Value::asString);
            if (!stillLinked.isEmpty()) {
                throw new EditRefusedException(
                        EditRefusedException.Reason.CONFLICT,
                        "The graph changed during the edit: " + String.join(", ", stillLinked)
                                + " gained links it did not see; nothing was changed, try again");
            }
        }
    }

    /** Rows of relationships by their ends' element ids; equal relationships are one row with a count when grouped. */
    private static List<Map<String, Object>> relationshipRows(
            List<RelState> rels, Map<String, String> elements, boolean grouped) {
        Map<RelState, Integer> counts = new LinkedHashMap<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (RelState rel : rels) {
            if (!elements.containsKey(rel.from()) || !elements.containsKey(rel.to())) {
                continue;
            }
            if (grouped) {
                counts.merge(rel, 1, Integer::sum);
            } else {
                rows.add(row(rel, elements));
            }
        }
        counts.forEach((rel, count) -> {
            Map<String, Object> row = row(rel, elements);
            row.put("count", count);
            rows.add(row);
        });
        return rows;
    }

    private static Map<String, Object> row(RelState rel, Map<String, String> elements) {
        Map<String, Object> row = new HashMap<>();
        row.put("type", rel.type());
        row.put("from", elements.get(rel.from()));
        row.put("to", elements.get(rel.to()));
        row.put("properties", rel.properties());
        return row;
    }
}
