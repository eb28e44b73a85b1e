package io.whosaid.graph.edit;

import io.whosaid.graph.EdgeProvenance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Plans of the edits to people and organizations: each reads what it changes and returns the change. */
public final class EntityEdits {

    static final String ENTITY = "Entity";
    static final String PERSON = "Person";
    static final String ORGANIZATION = "Organization";
    /** The property a confirmed entity has (true); the read model's {@code confirmed}. */
    static final String CONFIRMED = "confirmed";

    private EntityEdits() {}

    /**
     * Merges entities into {@code keepId}: every relationship of a merged entity moves to the kept one (two that
     * become the same are one, mention counts added), their names and aliases become its aliases, a description or
     * kind it lacks is taken from them; the merged entities are deleted and each leaves an id rule, so later
     * articles naming them land in the kept one (rules that pointed to them point there too), and the affiliations
     * an editor removed from them stay removed from the kept one ({@link AffiliationRemovals}). An affiliation the
     * kept entity has stays, as all its own links do.
     */
    public static GraphEditor.Plan merge(String keepId, List<String> mergedIds) {
        return state -> {
            Set<String> merged = new LinkedHashSet<>(mergedIds);
            if (merged.isEmpty()) {
                throw EditRefusedException.badInput("Name at least one entity to merge into " + keepId);
            }
            if (merged.contains(keepId)) {
                throw EditRefusedException.badInput("Cannot merge " + keepId + " into itself");
            }
            List<String> ids = new ArrayList<>();
            ids.add(keepId);
            ids.addAll(merged);
            List<String> rules = IdRules.rulesTo(state.tx(), List.copyOf(merged));
            List<String> removals = AffiliationRemovals.of(state.tx(), ids);
            List<String> read = new ArrayList<>(ids);
            read.addAll(rules);
            read.addAll(removals);
            Snapshot now = state.read(read);
            List<NodeState> entities = entities(now, ids);
            String label = entities.get(0).hasLabel(PERSON) ? PERSON : ORGANIZATION;
            for (NodeState entity : entities) {
                if (!entity.hasLabel(label)) {
                    throw EditRefusedException.badInput("Cannot merge " + entity.id() + " (not a " + label + ") into "
                            + keepId + "; change its type first");
                }
            }
            NodeState kept = entities.get(0);
            Set<String> aliases = new LinkedHashSet<>(kept.strings("aliases"));
            String description = kept.string("description");
            String kind = kept.string("kind");
            for (NodeState gone : entities.subList(1, entities.size())) {
                aliases.add(gone.string("name"));
                aliases.addAll(gone.strings("aliases"));
                description = description != null ? description : gone.string("description");
                kind = kind != null ? kind : gone.string("kind");
            }
            aliases.remove(kept.string("name"));
            NodeState keptAfter = kept.with("aliases", List.copyOf(aliases))
                    .with("description", description)
                    .with("kind", kind);

            List<NodeState> nodes = new ArrayList<>();
            nodes.add(keptAfter);
            Map<String, NodeState> removalsAfter = new LinkedHashMap<>();
            for (NodeState node : now.nodes()) {
                if (node.hasLabel(IdRules.LABEL)) {
                    nodes.add(node.with("to", keepId));
                } else if (node.hasLabel(AffiliationRemovals.LABEL)) {
                    // A removal stays a rule for the merged entity's names, which now land in the kept one.
                    NodeState moved = AffiliationRemovals.repointed(node, merged, keepId);
                    removalsAfter.putIfAbsent(moved.id(), moved);
                }
            }
            nodes.addAll(removalsAfter.values());
            for (String gone : merged) {
                nodes.add(IdRules.rule(gone, keepId));
            }
            // A link that moves to the kept entity is this edit's (its evidence stays); the kept one's own stay as they
            // were.
            List<RelState> rels = new ArrayList<>();
            for (RelState rel : now.relationships()) {
                RelState moved = rel;
                for (String gone : merged) {
                    moved = moved.repointed(gone, keepId);
                }
                if (!moved.from().equals(moved.to())) {
                    rels.add(moved.equals(rel) ? rel : state.madeHere(moved));
                }
            }
            return Change.between(now, new Snapshot(nodes, combined(rels)));
        };
    }

    /** Renames an entity; the old name stays as an alias, so searches for it still find the entity. */
    public static GraphEditor.Plan rename(String id, String name) {
        return state -> {
            String newName = required(name, "name");
            Snapshot now = state.read(List.of(id));
            NodeState entity = entities(now, List.of(id)).get(0);
            Set<String> aliases = new LinkedHashSet<>(entity.strings("aliases"));
            aliases.add(entity.string("name"));
            aliases.remove(newName);
            return changed(now, entity.with("name", newName).with("aliases", List.copyOf(aliases)));
        };
    }

    public static GraphEditor.Plan addAlias(String id, String alias) {
        return state -> {
            String added = required(alias, "alias");
            Snapshot now = state.read(List.of(id));
            NodeState entity = entities(now, List.of(id)).get(0);
            if (added.equals(entity.string("name")) || entity.strings("aliases").contains(added)) {
                throw EditRefusedException.badInput(id + " is already called " + added);
            }
            List<String> aliases = new ArrayList<>(entity.strings("aliases"));
            aliases.add(added);
            return changed(now, entity.with("aliases", aliases));
        };
    }

    public static GraphEditor.Plan removeAlias(String id, String alias) {
        return state -> {
            Snapshot now = state.read(List.of(id));
            NodeState entity = entities(now, List.of(id)).get(0);
            if (!entity.strings("aliases").contains(alias)) {
                throw EditRefusedException.badInput(id + " has no alias " + alias);
            }
            List<String> aliases = new ArrayList<>(entity.strings("aliases"));
            aliases.remove(alias);
            return changed(now, entity.with("aliases", aliases));
        };
    }

    /**
     * Marks an entity as checked by a person, as it is ({@code confirmed}): it leaves the review queue, as any entity
     * an edit in force touched does, and its undo puts it back. Refused when it is confirmed already.
     */
    public static GraphEditor.Plan confirm(String id) {
        return state -> {
            Snapshot now = state.read(List.of(id));
            NodeState entity = entities(now, List.of(id)).get(0);
            if (Boolean.TRUE.equals(entity.property(CONFIRMED))) {
                throw EditRefusedException.badInput(id + " is confirmed already");
            }
            return changed(now, entity.with(CONFIRMED, true));
        };
    }

    /** Sets (or, with null, clears) an entity's description. */
    public static GraphEditor.Plan describe(String id, String description) {
        return state -> {
            Snapshot now = state.read(List.of(id));
            NodeState entity = entities(now, List.of(id)).get(0);
            return changed(
                    now,
                    entity.with(
                            "description", description == null || description.isBlank() ? null : description.strip()));
        };
    }

    /** The entities with these ids, in that order; refused when one names no entity. */
    static List<NodeState> entities(Snapshot snapshot, List<String> ids) {
        Map<String, NodeState> byId = snapshot.nodesById();
        List<NodeState> found = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String id : ids) {
            NodeState node = byId.get(id);
            if (node == null || !node.hasLabel(ENTITY)) {
                missing.add(id);
            } else {
                found.add(node);
            }
        }
        if (!missing.isEmpty()) {
            throw EditRefusedException.notFound("No person or organization with id " + String.join(", ", missing));
        }
        return found;
    }

    static Change changed(Snapshot now, NodeState node) {
        List<NodeState> nodes = new ArrayList<>();
        for (NodeState existing : now.nodes()) {
            nodes.add(existing.id().equals(node.id()) ? node : existing);
        }
        return Change.between(now, new Snapshot(nodes, now.relationships()));
    }

    static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw EditRefusedException.badInput(what + " must not be empty");
        }
        return value.strip();
    }

    /**
     * Relationships that became the same (type and ends) are one: mention counts add up, their evidence lists join
     * (graph/EdgeProvenance), other properties are the first one's, filled in from the others.
     */
    static List<RelState> combined(List<RelState> rels) {
        Map<List<String>, Map<String, Object>> byEnds = new LinkedHashMap<>();
        for (RelState rel : rels) {
            List<String> key = List.of(rel.type(), rel.from(), rel.to());
            Map<String, Object> properties = byEnds.get(key);
            if (properties == null) {
                byEnds.put(key, new LinkedHashMap<>(rel.properties()));
                continue;
            }
            rel.properties().forEach((name, value) -> {
                if (name.equals("count") && value instanceof Number n && properties.get(name) instanceof Number m) {
                    properties.put(name, m.longValue() + n.longValue());
                } else if (EdgeProvenance.EVIDENCE.contains(name)
                        && value instanceof List<?> more
                        && properties.get(name) instanceof List<?> first) {
                    List<Object> joined = new ArrayList<>(first);
                    joined.addAll(more);
                    properties.put(name, joined);
                } else {
                    properties.putIfAbsent(name, value);
                }
            });
        }
        List<RelState> result = new ArrayList<>();
        byEnds.forEach((key, properties) -> result.add(new RelState(key.get(0), key.get(1), key.get(2), properties)));
        return result;
    }
}
