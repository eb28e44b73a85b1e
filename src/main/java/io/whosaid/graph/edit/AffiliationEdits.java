package io.whosaid.graph.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import io.whosaid.graph.CypherFile;
import org.neo4j.driver.Record;

/**
 * Plans of the edits to affiliations: a person's {@code AFFILIATED_WITH} an organization, at most one per pair (as
 * ingest MERGEs it), with an optional {@code role}. An ingest that reads the pair again adds it again, and sets its role
 * when the article names one.
 */
public final class AffiliationEdits {

    private static final String ENTITY_PAIR = CypherFile.load("edit/entity-pair");

    private AffiliationEdits() {
    }

    public static GraphEditor.Plan add(String personId, String organizationId, String role) {
        return state -> {
            Pair pair = pair(state, personId, organizationId);
            if (pair.current != null) {
                throw EditRefusedException.badInput(personId + " is already affiliated with " + organizationId
                        + "; correct the role with setAffiliationRole");
            }
            return pair.with(affiliation(personId, organizationId, role));
        };
    }

    public static GraphEditor.Plan setRole(String personId, String organizationId, String role) {
        return state -> {
            Pair pair = pair(state, personId, organizationId);
            if (pair.current == null) {
                throw EditRefusedException.notFound(personId + " is not affiliated with " + organizationId);
            }
            RelState corrected = affiliation(personId, organizationId, role);
            if (corrected.equals(pair.current)) {
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
            return pair.with(null);
        };
    }

    private static RelState affiliation(String personId, String organizationId, String role) {
        String cleaned = role == null || role.isBlank() ? null : role.strip();
        return new RelState(Support.AFFILIATED_WITH, personId, organizationId,
                cleaned == null ? Map.of() : Map.of("role", cleaned));
    }

    /** A person and an organization as the edit read them, and the affiliation between them, if any. */
    private record Pair(RelState current) {

        /** The change that leaves {@code next} (or nothing) where {@code current} was. */
        Change with(RelState next) {
            return new Change(new Snapshot(List.of(), current == null ? List.of() : List.of(current)),
                    new Snapshot(List.of(), next == null ? List.of() : List.of(next)));
        }
    }

    /** Locks both ends and reads them, without their other links (an organization may have thousands). */
    private static Pair pair(GraphState state, String personId, String organizationId) {
        state.lock(List.of(personId, organizationId));
        Record found = state.tx().run(ENTITY_PAIR, Map.of("personId", personId, "organizationId", organizationId)).single();
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
        List<RelState> current = found.get("current").asList(value -> new RelState(Support.AFFILIATED_WITH, personId,
                organizationId, value.asMap()));
        return new Pair(current.isEmpty() ? null : current.get(0));
    }
}
