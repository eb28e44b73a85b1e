package io.whosaid.api;

import io.whosaid.graph.GraphReader;
import io.whosaid.graph.Relation;
import io.whosaid.model.Node;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Loads one relation for all parents of a level in one query, and lines the answers up with the parents. */
@ApplicationScoped
public class RelatedLoader {

    private final GraphReader reader;

    public RelatedLoader(GraphReader reader) {
        this.reader = reader;
    }

    public <T> List<List<T>> lists(List<? extends Node> parents, Relation relation, Function<Map<String, Object>, T> mapper) {
        List<String> ids = parents.stream().map(Node::getId).distinct().toList();
        Map<String, List<Map<String, Object>>> byParent = reader.related(relation, ids);
        return parents.stream()
                .map(parent -> byParent.getOrDefault(parent.getId(), List.of()).stream().map(mapper).toList())
                .toList();
    }

    public <T> List<T> singles(List<? extends Node> parents, Relation relation, Function<Map<String, Object>, T> mapper) {
        return lists(parents, relation, mapper).stream().map(list -> list.isEmpty() ? null : list.get(0)).toList();
    }
}
