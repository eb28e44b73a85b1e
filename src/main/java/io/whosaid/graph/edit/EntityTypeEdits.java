package io.whosaid.graph.edit;

import io.whosaid.ingest.resolve.Ids;
import io.whosaid.model.EntityType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Plans of an entity's type change. The id of an entity names its type ({@code person:}, {@code org:}), so a retyped
 * entity is a new node under the id an ingest would give the name as that type, with every link of the old one a
 * node of the new type may have; an entity already there takes them in, as a merge does. "Not an entity" removes the
 * entity with its links. Either way the old id leaves an id rule ({@link IdRules}): later articles naming it land in
 * the new node, or, rejected, are not written as that type again.
 */
public final class EntityTypeEdits {

    private EntityTypeEdits() {}

    public static GraphEditor.Plan changeType(String id, EntityType type) {
        return state -> {
            NodeState entity =
                    EntityEdits.entities(state.read(List.of(id)), List.of(id)).get(0);
            if (type == EntityType.NOT_AN_ENTITY) {
                return rejected(state, entity);
            }
            String label = type == EntityType.PERSON ? EntityEdits.PERSON : EntityEdits.ORGANIZATION;
            if (entity.hasLabel(label)) {
                throw EditRefusedException.badInput(id + " is already a " + label);
            }
            return retyped(state, entity, label);
        };
    }

    private static Change retyped(GraphState state, NodeState entity, String label) {
        String id = entity.id();
        String name = entity.string("name");
        String newId = label.equals(EntityEdits.PERSON) ? Ids.person(Ids.personKey(name)) : Ids.organization(name);
        List<String> ids = new ArrayList<>(List.of(id, newId, IdRules.ruleId(id), IdRules.ruleId(newId)));
        ids.addAll(IdRules.rulesTo(state.tx(), List.of(id)));
        Snapshot now = state.read(ids);
        Optional<NodeState> existing = now.node(newId);

        NodeState target;
        if (existing.isPresent()) {
            NodeState kept = existing.get();
            Set<String> aliases = new LinkedHashSet<>(kept.strings("aliases"));
            aliases.add(name);
            aliases.addAll(entity.strings("aliases"));
            aliases.remove(kept.string("name"));
            target = kept.with("aliases", List.copyOf(aliases))
                    .with(
                            "description",
                            kept.string("description") != null
                                    ? kept.string("description")
                                    : entity.string("description"));
        } else {
            target = entity.withId(newId).withLabels(List.of(label, EntityEdits.ENTITY));
        }
        Map<String, NodeState> nodes = new LinkedHashMap<>();
        nodes.put(newId, target);
        for (NodeState node : now.nodes()) {
            // Rules to the old id follow it; a rule away from the new id goes, as the editor says it exists.
            if (node.hasLabel(IdRules.LABEL) && !node.id().equals(IdRules.ruleId(newId))) {
                nodes.put(node.id(), node.with("to", newId));
            }
        }
        nodes.put(IdRules.ruleId(id), IdRules.rule(id, newId));

        List<RelState> rels = new ArrayList<>();
        for (RelState rel : now.relationships()) {
            RelState moved = rel.repointed(id, newId);
            if (!moved.from().equals(moved.to()) && fits(moved, newId, label)) {
                rels.add(moved.equals(rel) ? rel : state.madeHere(moved));
            }
        }
        return Change.between(now, new Snapshot(List.copyOf(nodes.values()), EntityEdits.combined(rels)));
    }

    /** Whether the relationship may join a node of {@code label} at {@code id}: affiliations run from a person to an organization, articles are published by organizations. */
    private static boolean fits(RelState rel, String id, String label) {
        boolean person = label.equals(EntityEdits.PERSON);
        return switch (rel.type()) {
            case Support.AFFILIATED_WITH ->
                person ? !rel.to().equals(id) : !rel.from().equals(id);
            case "PUBLISHED_BY" -> !person || !rel.to().equals(id);
            default -> true;
        };
    }

    private static Change rejected(GraphState state, NodeState entity) {
        String id = entity.id();
        List<String> ids = new ArrayList<>(List.of(id, IdRules.ruleId(id)));
        ids.addAll(IdRules.rulesTo(state.tx(), List.of(id)));
        Snapshot now = state.read(ids);
        List<NodeState> nodes = new ArrayList<>();
        for (NodeState node : now.nodes()) {
            // Names merged into a rejected one are rejected with it.
            if (node.hasLabel(IdRules.LABEL) && !node.id().equals(IdRules.ruleId(id))) {
                nodes.add(node.with("to", null));
            }
        }
        nodes.add(IdRules.rule(id, null).with("name", entity.string("name")));
        List<RelState> rels =
                now.relationships().stream().filter(rel -> !rel.touches(id)).toList();
        return Change.between(now, new Snapshot(nodes, rels));
    }
}
