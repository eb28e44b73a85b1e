package io.whosaid.api;

import io.whosaid.graph.NodeMapper;
import io.whosaid.graph.projection.Compiled;
import io.whosaid.model.Affiliate;
import io.whosaid.model.Affiliation;
import io.whosaid.model.Entity;
import io.whosaid.model.EntityLink;
import io.whosaid.model.Mention;
import io.whosaid.model.Node;
import io.whosaid.model.Organization;
import io.whosaid.model.Person;
import io.whosaid.model.SpeakerCount;
import jakarta.enterprise.context.RequestScoped;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The related fields the root query already read, kept per node object for this request. A field's resolver
 * answers from here when every parent has its answer, and only otherwise runs its batched query.
 */
@RequestScoped
public class Prefetch {

    private final Map<Object, Map<String, Object>> answers = Collections.synchronizedMap(new IdentityHashMap<>());

    /**
     * The page of quotes a connection field read, in the order read (one item more than the page when more
     * follow), with each item's sort key values.
     */
    public record PageAnswer(List<Node> items, List<List<Object>> keys, Integer total) {}

    /** Makes the node of a row and keeps the related fields the row carries for the node's resolvers. */
    public Node attach(Map<String, Object> row, List<Compiled> fields) {
        Node node = NodeMapper.node(row);
        if (!fields.isEmpty()) {
            Map<String, Object> values = new HashMap<>();
            for (Compiled field : fields) {
                values.put(field.selection().signature(), decode(field, row.get(field.key())));
            }
            answers.put(node, values);
        }
        return node;
    }

    /** The value of one related field from its raw answer in a row, by the field's shape. */
    Object decode(Compiled field, Object raw) {
        return switch (field.shape()) {
            case LIST -> nodes(raw, field.children());
            case SINGLE -> {
                List<Node> nodes = nodes(raw, field.children());
                yield nodes.isEmpty() ? null : nodes.get(0);
            }
            case ROLE_LIST -> roles(field, raw);
            case ROLE_SINGLE -> {
                List<Object> roles = roles(field, raw);
                yield roles.isEmpty() ? null : roles.get(0);
            }
            case COUNTED_LIST -> {
                List<Object> counted = new ArrayList<>();
                for (Object item : (List<?>) raw) {
                    Map<?, ?> map = (Map<?, ?>) item;
                    @SuppressWarnings("unchecked")
                    Node node = attach((Map<String, Object>) map.get("node"), field.children());
                    counted.add(new SpeakerCount((Entity) node, ((Number) map.get("count")).intValue()));
                }
                yield counted;
            }
            case PAGE -> {
                Map<?, ?> map = (Map<?, ?>) raw;
                Object total = map.get("total");
                List<Node> items = new ArrayList<>();
                List<List<Object>> keys = new ArrayList<>();
                for (Object item : (List<?>) map.get("items")) {
                    Map<?, ?> entry = (Map<?, ?>) item;
                    @SuppressWarnings("unchecked")
                    Node node = attach((Map<String, Object>) entry.get("node"), field.children());
                    items.add(node);
                    keys.add(new ArrayList<>((List<?>) entry.get("key")));
                }
                yield new PageAnswer(
                        items, keys, total instanceof Number number ? Integer.valueOf(number.intValue()) : null);
            }
        };
    }

    /** The {role, edge, node} maps of a field that reads its relationships, as the field's records. */
    private List<Object> roles(Compiled field, Object raw) {
        List<Object> roles = new ArrayList<>();
        for (Object item : (List<?>) raw) {
            Map<?, ?> map = (Map<?, ?>) item;
            @SuppressWarnings("unchecked")
            Node node = attach((Map<String, Object>) map.get("node"), field.children());
            String role = map.get("role") == null ? null : map.get("role").toString();
            EdgeAnswer edge = EdgeAnswer.of((Map<?, ?>) map.get("edge"));
            roles.add(
                    switch (field.field().field()) {
                        case "affiliations" ->
                            new Affiliation((Organization) node, role, edge.madeBy(), edge.evidence(), edge.editId());
                        case "affiliates" ->
                            new Affiliate((Person) node, role, edge.madeBy(), edge.evidence(), edge.editId());
                        case "publisherEdge", "speakerEdge", "aboutEdges" ->
                            new EntityLink((Entity) node, edge.madeBy(), edge.evidence(), edge.editId());
                        default ->
                            new Mention((Entity) node, edge.count(), edge.madeBy(), edge.evidence(), edge.editId());
                    });
        }
        return roles;
    }

    @SuppressWarnings("unchecked")
    private List<Node> nodes(Object raw, List<Compiled> children) {
        List<Node> nodes = new ArrayList<>();
        if (raw instanceof List<?> list) {
            for (Object item : list) {
                nodes.add(attach((Map<String, Object>) item, children));
            }
        }
        return nodes;
    }

    /** Whether the root query read one field (by its signature) for one parent. */
    public boolean holds(Object parent, String signature) {
        Map<String, Object> known = answers.get(parent);
        return known != null && known.containsKey(signature);
    }

    /** What the root query read for one field of one parent; null also for a single-valued field with no node. */
    public Object answer(Object parent, String signature) {
        Map<String, Object> known = answers.get(parent);
        return known == null ? null : known.get(signature);
    }

    /** The answers of one field for all parents, in their order; empty unless every parent has one. */
    @SuppressWarnings("unchecked")
    public <T> Optional<List<T>> answers(List<?> parents, String signature) {
        List<T> values = new ArrayList<>(parents.size());
        for (Object parent : parents) {
            Map<String, Object> known = answers.get(parent);
            if (known == null || !known.containsKey(signature)) {
                return Optional.empty();
            }
            values.add((T) known.get(signature));
        }
        return Optional.of(values);
    }
}
