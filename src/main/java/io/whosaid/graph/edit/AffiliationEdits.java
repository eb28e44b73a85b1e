package io.whosaid.graph.edit;

import io.whosaid.graph.CypherFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.neo4j.driver.Record;

/**
 * Plans of the edits to affiliations: a person's {@code AFFILIATED_WITH} an organization, at most one per pair (as
 * ingest MERGEs it), with an optional {@code role}. An affiliation added or corrected by hand says so (made by an
 * editor, with the edit); one removed by hand stays removed for later articles ({@link AffiliationRemovals}), until
 * the removal is undone or the affiliation is added by hand again. An ingest that reads a pair not removed adds it
 * again, and sets its role when the article names one.
 */
public final class AffiliationEdits {

    private static final String ENTITY_PAIR = CypherFile.load("edit/entity-pair");

    private AffiliationEdits() {}

    public static GraphEditor.Plan add(String personId, String organizationId, String role) {
        return state -> {
            Pair pair = pair(state, personId, organizationId);
            if (pair.current != null) {
                throw EditRefusedException.badInput(personId + " is already affiliated with " + organizationId
                        + "; correct the role with setAffiliationRole");
            }
            Snapshot removal = state.read(List.of(AffiliationRemovals.id(personId, organizationId)));
            return new Change(
                    new Snapshot(removal.nodes(), List.of()),
                    new Snapshot(
                            List.of(), List.of(state.madeHere(affiliation(personId, organizationId, role, Map.of())))));
        };
    }

    public static GraphEditor.Plan setRole(String personId, String organizationId, String role) {
        return state -> {
            Pair pair = pair(state, personId, organizationId);
            if (pair.current == null) {
                throw EditRefusedException.notFound(personId + " is not affiliated with " + organizationId);
            }
            RelState corrected = state.madeHere(affiliation(personId, organizationId, role, pair.current.properties()));
            if (Objects.equals(
                    corrected.properties().get("role"),
                    pair.current.properties().get("role"))) {
                throw EditRefusedException.badInput("The affiliation already has that role");
            }
            return pair.with(corrected);
        };
    }

    public static GraphEditor.Plan remove(String personId, String organizationId) {
        return state -> {
            Pair pair = pair(state, personId, organizationId);
            if (pair.current == null) {
                throw EditRefusedException.notFound(personId + " is not affiliated with " + organizationId);
            }
            return new Change(
                    new Snapshot(List.of(), List.of(pair.current)),
                    new Snapshot(List.of(AffiliationRemovals.removal(personId, organizationId)), List.of()));
        };
    }

    /** The affiliation with {@code role} (none when blank) and the other properties it had. */
    private static RelState affiliation(String personId, String organizationId, String role, Map<String, Object> had) {
        String cleaned = role == null || role.isBlank() ? null : role.strip();
        Map<String, Object> properties = new HashMap<>(had);
        properties.remove("role");
        if (cleaned != null) {
            properties.put("role", cleaned);
        }
        return new RelState(Support.AFFILIATED_WITH, personId, organizationId, properties);
    }

    /** A person and an organization as the edit read them, and the affiliation between them, if any. */
    private record Pair(RelState current) {

        /** The change that leaves {@code next} (or nothing) where {@code current} was. */
        Change with(RelState next) {
            return new Change(
                    new Snapshot(List.of(), current == null ? List.of() : List.of(current)),
                    new Snapshot(List.of(), next == null ? List.of() : List.of(next)));
        }
    }

    /** Locks both ends and reads them, without their other links (an organization may have thousands). */
    private static Pair pair(GraphState state, String personId, String organizationId) {
        state.lock(List.of(personId, organizationId));
        Record found = state.tx()
                .run(ENTITY_PAIR, Map.of("personId", personId, "organizationId", organizationId))
                .single();
        List<String> missing = new ArrayList<>();
        if (!found.get("personFound").asBoolean()) {
            missing.add(personId);
        }
        if (!found.get("organizationFound").asBoolean()) {
            missing.add(organizationId);
        }
        if (!missing.isEmpty()) {
            throw EditRefusedException.notFound("No person or organization with id " + String.join(", ", missing));
        }
        if (!found.get("person").asBoolean()) {
            throw EditRefusedException.badInput(personId + " is not a person");
        }
        if (!found.get("organization").asBoolean()) {
            throw EditRefusedException.badInput(organizationId + " is not an organization");
        }
        List<RelState> current = found.get("current")
                .asList(value -> new RelState(Support.AFFILIATED_WITH, personId, organizationId, value.asMap()));
        return new Pair(current.isEmpty() ? null : current.get(0));
    }
}
