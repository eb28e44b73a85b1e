package io.whosaid.api;

import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
import io.whosaid.graph.PageRequest;
import io.whosaid.graph.projection.NodeProperties;
import io.whosaid.graph.projection.NodeSelection;
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
 * selected twice (aliases, fragments). Paging arguments are checked here, so a bad {@code first} deep in the
 * request is a BAD_INPUT before any query runs.
 */
@ApplicationScoped
public class SelectionReader {

    /** Fields whose value is a page of quotes, with first/after arguments. */
    private static final Set<String> PAGED = Set.of("said", "quotedAbout");

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

    /** What is selected at the end of a path of field names below the root field, merged over every type. */
    private NodeSelection below(DataFetchingFieldSelectionSet selection, String... path) {
        if (selection == null) {
            return NodeSelection.everything();
        }
        List<SelectedField> fields = selection.getImmediateFields();
        for (String name : path) {
            List<SelectedField> next = new ArrayList<>();
            for (SelectedField field : fields) {
                if (field.getName().equals(name)) {
                    next.addAll(field.getSelectionSet().getImmediateFields());
                }
            }
            fields = next;
        }
        return read(fields, null);
    }

    /** Whether the connection's totalCount was selected, so the count can come with the page. */
    public boolean totalSelected(DataFetchingFieldSelectionSet selection) {
        return selection != null && selection.contains("totalCount");
    }

    private NodeSelection read(List<SelectedField> fields, String typeName) {
        Map<String, List<SelectedField>> bySignature = new LinkedHashMap<>();
        Map<String, SelectedField> first = new LinkedHashMap<>();
        Set<String> properties = new HashSet<>();
        for (SelectedField field : fields) {
            if (field.getName().startsWith("__")
                    || (typeName != null && !field.getObjectTypeNames().contains(typeName))) {
                continue;
            }
            properties.addAll(NodeProperties.of(field.getName()));
            if (field.getSelectionSet().getImmediateFields().isEmpty()) {
                continue;
            }
            String signature = signature(field);
            bySignature.computeIfAbsent(signature, key -> new ArrayList<>()).add(field);
            first.putIfAbsent(signature, field);
        }
        List<Selection> selections = new ArrayList<>();
        for (Map.Entry<String, List<SelectedField>> entry : bySignature.entrySet()) {
            SelectedField field = first.get(entry.getKey());
            List<SelectedField> children = new ArrayList<>();
            boolean countTotal = false;
            for (SelectedField same : entry.getValue()) {
                if (PAGED.contains(field.getName())) {
                    for (SelectedField part : same.getSelectionSet().getImmediateFields()) {
                        countTotal |= part.getName().equals("totalCount");
                        if (part.getName().equals("edges")) {
                            for (SelectedField node : part.getSelectionSet().getImmediateFields()) {
                                if (node.getName().equals("node")) {
                                    children.addAll(node.getSelectionSet().getImmediateFields());
                                }
                            }
                        }
                    }
                } else if (field.getName().equals("topSpeakers")) {
                    for (SelectedField part : same.getSelectionSet().getImmediateFields()) {
                        if (part.getName().equals("speaker")) {
                            children.addAll(part.getSelectionSet().getImmediateFields());
                        }
                    }
                } else if (field.getName().equals("affiliations") || field.getName().equals("affiliates")) {
                    for (SelectedField part : same.getSelectionSet().getImmediateFields()) {
                        if (part.getName().equals("organization") || part.getName().equals("person")) {
                            children.addAll(part.getSelectionSet().getImmediateFields());
                        }
                    }
                } else {
                    children.addAll(same.getSelectionSet().getImmediateFields());
                }
            }
            NodeSelection nested = read(children, null);
            if (field.getName().equals("topSpeakers")) {
                Integer topFirst = integer(field.getArguments().get("first"));
                int limit = topFirst == null ? 10 : paging.size(topFirst);
                selections.add(new Selection(field.getName(), entry.getKey(), 0, limit, false, nested));
            } else if (PAGED.contains(field.getName())) {
                PageRequest page = paging.request(integer(field.getArguments().get("first")),
                        (String) field.getArguments().get("after"));
                selections.add(new Selection(field.getName(), entry.getKey(), page.offset(), page.limit(), countTotal, nested));
            } else {
                selections.add(new Selection(field.getName(), entry.getKey(), 0, 0, false, nested));
            }
        }
        return new NodeSelection(properties, selections);
    }

    private static String signature(SelectedField field) {
        if (field.getName().equals("topSpeakers")) {
            return Signatures.top(field.getName(), integer(field.getArguments().get("first")));
        }
        if (PAGED.contains(field.getName())) {
            return Signatures.page(field.getName(), integer(field.getArguments().get("first")),
                    (String) field.getArguments().get("after"));
        }
        return Signatures.of(field.getName());
    }

    /** An Int argument's value as the API's methods take it: null when absent. */
    public static Integer integer(Object value) {
        return value instanceof Number number ? Integer.valueOf(number.intValue()) : null;
    }
}
