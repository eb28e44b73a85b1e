package io.whosaid.api;

import io.whosaid.graph.GraphReader;
import io.whosaid.graph.Relation;
import io.whosaid.model.Node;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Loads one relation for all parents of a level in one query, and lines the answers up with the parents. */
@ApplicationScoped
public class RelatedLoader {

    private final GraphReader reader;
    private final Prefetch prefetch;

    public RelatedLoader(GraphReader reader, Prefetch prefetch) {
        this.reader = reader;
        this.prefetch = prefetch;
    }

    public <T> List<List<T>> lists(List<? extends Node> parents, Relation relation, Function<Map<String, Object>, T> mapper) {
        Optional<List<List<T>>> known = prefetch.answers(parents, relation.field());
        if (known.isPresent()) {
            return known.get();
        }
        List<String> ids = parents.stream().map(Node::getId).distinct().toList();
        Map<String, List<Map<String, Object>>> byParent = reader.related(relation, ids);
        return parents.stream()
                .map(parent -> byParent.getOrDefault(parent.getId(), List.of()).stream().map(mapper).toList())
                .toList();
    }

    public <T> List<T> singles(List<? extends Node> parents, Relation relation, Function<Map<String, Object>, T> mapper) {
        Optional<List<T>> known = prefetch.answers(parents, relation.field());
        if (known.isPresent()) {
            return known.get();
        }
        return lists(parents, relation, mapper).stream().map(list -> list.isEmpty() ? null : list.get(0)).toList();
    }
}
