package io.whosaid.api;

import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
import io.whosaid.graph.PageRequest;
import io.whosaid.graph.projection.FieldTable;
import io.whosaid.graph.projection.NodeSelection;
import io.whosaid.graph.projection.RelatedField;
import io.whosaid.graph.projection.Selection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads what a client selected under the current root field into {@link Selection}s, merging the same field
 * selected twice (aliases, fragments). Which fields are related, their arguments and where their nodes' selection
 * sits are the field table's ({@link FieldTable}). Paging arguments are checked here, so a bad {@code first} deep in the
 * request is a BAD_INPUT before any query runs.
 */
@ApplicationScoped
public class SelectionReader {

    private final Paging paging;

    public SelectionReader(Paging paging) {
        this.paging = paging;
    }

    /** What is selected on the node the root field returns (for {@code node(id:)}, on {@code typeName}). */
    public NodeSelection forNode(DataFetchingFieldSelectionSet selection, String typeName) {
        if (selection == null) {
            return NodeSelection.everything();
        }
        return read(selection.getImmediateFields(), typeName);
    }

    /** What is selected on the nodes of a connection the root field returns ({@code edges { node { ... } } }). */
    public NodeSelection forConnection(DataFetchingFieldSelectionSet selection) {
        return below(selection, "edges", "node");
    }

    /** What is selected on the nodes of search hits ({@code search { node { ... } } }), over every node type. */
    public NodeSelection forSearchHits(DataFetchingFieldSelectionSet selection) {
        return below(selection, "node");
    }

    /** What is selected on the nodes of the review queue's items ({@code edges { node { node { … } } } }). */
    public NodeSelection forReviewItems(DataFetchingFieldSelectionSet selection) {
        return below(selection, "edges", "node", "node");
    }

    /** What is selected on the nodes of a search connection's hits ({@code edges { node { node { ... } } } }). */
    public NodeSelection forSearchHitEdges(DataFetchingFieldSelectionSet selection) {
        return below(selection, "edges", "node", "node");
    }

    /** What is selected at the end of a path of field names below the root field, merged over every type. */
    private NodeSelection below(DataFetchingFieldSelectionSet selection, String... path) {
        if (selection == null) {
            return NodeSelection.everything();
        }
        return read(at(selection.getImmediateFields(), List.of(path)), null);
    }

    /**
     * Whether any of {@code paths} (graphql-java's glob syntax, from the root field) is selected, for parts that cost
     * a read of their own (a hit's highlight, a subgraph's counts). Without a selection (an export, a call from
     * inside the service) everything is: the caller takes the whole object.
     */
    public static boolean anySelected(DataFetchingFieldSelectionSet selection, List<String> paths) {
        return selection == null || paths.stream().anyMatch(selection::contains);
    }

    /** Whether the connection's totalCount was selected, so the count can come with the page. */
    public boolean totalSelected(DataFetchingFieldSelectionSet selection) {
        return selection != null && selection.contains("totalCount");
    }

    private NodeSelection read(List<SelectedField> fields, String typeName) {
        Map<String, List<SelectedField>> bySignature = new LinkedHashMap<>();
        Map<String, RelatedField> rows = new LinkedHashMap<>();
        Set<String> properties = new HashSet<>();
        for (SelectedField field : fields) {
            if (field.getName().startsWith("__")
                    || (typeName != null && !field.getObjectTypeNames().contains(typeName))) {
                continue;
            }
            RelatedField row = row(field);
            if (row == null) {
                properties.addAll(FieldTable.properties(field.getName()));
                continue;
            }
            String signature = row.signature(
                    integer(field.getArguments().get("first")),
                    (String) field.getArguments().get("after"),
                    integer(field.getArguments().get("last")),
                    (String) field.getArguments().get("before"),
                    statuses(row, field.getArguments().get("statuses")));
            bySignature.computeIfAbsent(signature, key -> new ArrayList<>()).add(field);
            rows.putIfAbsent(signature, row);
        }
        List<Selection> selections = new ArrayList<>();
        for (Map.Entry<String, List<SelectedField>> entry : bySignature.entrySet()) {
            RelatedField row = rows.get(entry.getKey());
            SelectedField field = entry.getValue().get(0);
            List<SelectedField> children = new ArrayList<>();
            boolean countTotal = false;
            for (SelectedField same : entry.getValue()) {
                children.addAll(at(same.getSelectionSet().getImmediateFields(), row.nodeAt()));
                countTotal |= row.paging() == RelatedField.Paging.PAGE
                        && same.getSelectionSet().contains("totalCount");
            }
            NodeSelection nested = read(children, null);
            Integer first = integer(field.getArguments().get("first"));
            List<String> statuses = statuses(row, field.getArguments().get("statuses"));
            switch (row.paging()) {
                case NONE -> selections.add(new Selection(row.field(), entry.getKey(), null, false, nested, statuses));
                case TOP ->
                    selections.add(new Selection(
                            row.field(),
                            entry.getKey(),
                            PageRequest.first(first == null ? RelatedField.Paging.TOP_DEFAULT : paging.size(first)),
                            false,
                            nested));
                case PAGE -> {
                    PageRequest page = paging.request(
                            first,
                            (String) field.getArguments().get("after"),
                            integer(field.getArguments().get("last")),
                            (String) field.getArguments().get("before"),
                            row.ordering());
                    selections.add(new Selection(row.field(), entry.getKey(), page, countTotal, nested, statuses));
                }
            }
        }
        return new NodeSelection(properties, selections);
    }

    /** The related field a selected field is, on the first of its object types that has it; null for a scalar. */
    private static RelatedField row(SelectedField field) {
        for (String type : field.getObjectTypeNames()) {
            RelatedField row = FieldTable.related(type, field.getName());
            if (row != null) {
                return row;
            }
        }
        return null;
    }

    /** The fields selected at the end of a path of field names below {@code fields}. */
    private static List<SelectedField> at(List<SelectedField> fields, List<String> path) {
        for (String name : path) {
            List<SelectedField> next = new ArrayList<>();
            for (SelectedField field : fields) {
                if (field.getName().equals(name)) {
                    next.addAll(field.getSelectionSet().getImmediateFields());
                }
            }
            fields = next;
        }
        return fields;
    }

    /** The states a field that takes {@code statuses} asks for, the default filled in; null for other fields. */
    public static List<String> statuses(RelatedField row, Object argument) {
        return row.byStatus() ? Filters.statuses(row.field() + ".statuses", (List<?>) argument) : null;
    }

    /** An Int argument's value as the API's methods take it: null when absent. */
    public static Integer integer(Object value) {
        return value instanceof Number number ? Integer.valueOf(number.intValue()) : null;
    }
}
