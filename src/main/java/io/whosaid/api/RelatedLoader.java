package io.whosaid.api;

import io.whosaid.graph.NodeReader;
import io.whosaid.graph.NodeRows;
import io.whosaid.graph.Ordering;
import io.whosaid.graph.Page;
import io.whosaid.graph.PageRequest;
import io.whosaid.graph.projection.Compiled;
import io.whosaid.graph.projection.FieldTable;
import io.whosaid.graph.projection.NodeSelection;
import io.whosaid.graph.projection.RelatedField;
import io.whosaid.graph.projection.Selection;
import io.whosaid.model.Node;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntSupplier;

/**
 * The value of a related field ({@link FieldTable}) for its parents, as the schema types it: what the root query
 * already read ({@link Prefetch}), else one query for all parents of a level. That query is the root query's own
 * projection with only this field selected, so a field loaded later means what it means when prefetched.
 */
@ApplicationScoped
public class RelatedLoader {

    private final NodeReader nodes;
    private final Prefetch prefetch;
    private final Paging paging;

    public RelatedLoader(NodeReader nodes, Prefetch prefetch, Paging paging) {
        this.nodes = nodes;
        this.prefetch = prefetch;
        this.paging = paging;
    }

    /** A field without arguments of the GraphQL type {@code typeName}, for all parents in their order. */
    @SuppressWarnings("unchecked")
    public <T> List<T> answers(List<? extends Node> parents, String typeName, String field) {
        RelatedField row = required(typeName, field);
        String signature = row.signature(null, null, null, null);
        Optional<List<T>> known = prefetch.answers(parents, signature);
        if (known.isPresent()) {
            return known.get();
        }
        return (List<T>) load(parents, new Selection(row.field(), signature, null, false, NodeSelection.everything()));
    }

    /**
     * A field with arguments ({@code first}, {@code after}, ..., {@code statuses} as the schema's QuoteStatus
     * values) of one parent, as the schema types it.
     */
    public Object value(
            Node parent,
            String typeName,
            String field,
            Integer first,
            String after,
            Integer last,
            String before,
            List<?> statuses) {
        RelatedField row = required(typeName, field);
        return value(parent, row, first, after, last, before, SelectionReader.statuses(row, statuses));
    }

    /** Whether the root query read this field with these arguments for {@code parent}. */
    public boolean prefetched(
            Object parent,
            RelatedField row,
            Integer first,
            String after,
            Integer last,
            String before,
            List<String> statuses) {
        return prefetch.holds(parent, row.signature(first, after, last, before, statuses));
    }

    /**
     * The value of {@code row} with these arguments for one parent, as the schema types it; {@code statuses} as
     * {@link SelectionReader#statuses} gives them.
     */
    public Object value(
            Node parent,
            RelatedField row,
            Integer first,
            String after,
            Integer last,
            String before,
            List<String> statuses) {
        String signature = row.signature(first, after, last, before, statuses);
        boolean known = prefetch.holds(parent, signature);
        return switch (row.paging()) {
            case NONE ->
                !row.byStatus()
                        ? answers(List.of(parent), parentType(parent, row), row.field())
                                .get(0)
                        : known
                                ? prefetch.answer(parent, signature)
                                : load(
                                                List.of(parent),
                                                new Selection(
                                                        row.field(),
                                                        signature,
                                                        null,
                                                        false,
                                                        NodeSelection.everything(),
                                                        statuses))
                                        .get(0);
            case TOP -> {
                if (known) {
                    yield prefetch.answer(parent, signature);
                }
                int limit = first == null ? RelatedField.Paging.TOP_DEFAULT : paging.size(first);
                yield load(
                                List.of(parent),
                                new Selection(
                                        row.field(),
                                        signature,
                                        PageRequest.first(limit),
                                        false,
                                        NodeSelection.everything()))
                        .get(0);
            }
            case PAGE -> {
                Ordering ordering = row.ordering();
                PageRequest page = paging.request(first, after, last, before, ordering);
                Prefetch.PageAnswer answer = (Prefetch.PageAnswer)
                        (known
                                ? prefetch.answer(parent, signature)
                                : load(
                                                List.of(parent),
                                                new Selection(
                                                        row.field(),
                                                        signature,
                                                        page,
                                                        false,
                                                        NodeSelection.everything(),
                                                        statuses))
                                        .get(0));
                Integer total = answer.total();
                IntSupplier count = total != null
                        ? () -> total
                        : () -> ((Prefetch.PageAnswer) load(
                                                List.of(parent),
                                                new Selection(
                                                        row.field(),
                                                        signature,
                                                        PageRequest.first(0),
                                                        true,
                                                        NodeSelection.everything(),
                                                        statuses))
                                        .get(0))
                                .total();
                Page<Node> nodes = Page.fromOneMore(answer.items(), answer.keys(), page);
                yield Connections.of(row.returns(), nodes, paging.cursors(nodes, ordering), count);
            }
        };
    }

    /** One query for the field of all parents; a parent gone meanwhile gets the field's empty value. */
    private List<Object> load(List<? extends Node> parents, Selection selection) {
        List<String> ids = parents.stream().map(Node::getId).distinct().toList();
        NodeRows rows = nodes.load(
                NodeReader.Kind.of(parents.get(0)), ids, new NodeSelection(Set.of("id"), List.of(selection)));
        Compiled field = rows.fields().get(0);
        Map<String, Object> byParent = new HashMap<>();
        for (Map<String, Object> row : rows.rows()) {
            byParent.put(row.get("id").toString(), prefetch.decode(field, row.get(field.key())));
        }
        List<Object> values = new ArrayList<>(parents.size());
        for (Node parent : parents) {
            values.add(byParent.containsKey(parent.getId()) ? byParent.get(parent.getId()) : empty(field.field()));
        }
        return values;
    }

    private static Object empty(RelatedField row) {
        return switch (row.shape()) {
            case SINGLE, ROLE_SINGLE -> null;
            case PAGE -> new Prefetch.PageAnswer(List.of(), List.of(), 0);
            case LIST, ROLE_LIST, COUNTED_LIST -> List.of();
        };
    }

    private static String parentType(Node parent, RelatedField row) {
        String type = parent.getClass().getSimpleName();
        return row.owners().contains(type) ? type : row.owners().iterator().next();
    }

    private static RelatedField required(String typeName, String field) {
        RelatedField row = FieldTable.related(typeName, field);
        if (row == null) {
            throw new IllegalStateException(typeName + "." + field + " has no row in the field table");
        }
        return row;
    }
}
