package io.whosaid.graph.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Plans of the edits to affiliations: a person's {@code AFFILIATED_WITH} an organization, at most one per pair (as
 * ingest MERGEs it), with an optional {@code role}. An ingest that reads the pair again adds it again, and sets its role
 * when the article names one.
 */
public final class AffiliationEdits {

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
    private record Pair(Snapshot now, RelState current) {

        /** The change that leaves {@code next} (or nothing) where {@code current} was. */
        Change with(RelState next) {
            List<RelState> rels = new ArrayList<>(now.relationships());
            if (current != null) {
                rels.remove(current);
            }
            if (next != null) {
                rels.add(next);
            }
            return Change.between(now, new Snapshot(now.nodes(), rels));
        }
    }

    private static Pair pair(GraphState state, String personId, String organizationId) {
        Snapshot now = state.read(List.of(personId, organizationId));
        List<NodeState> ends = EntityEdits.entities(now, List.of(personId, organizationId));
        if (!ends.get(0).hasLabel(EntityEdits.PERSON)) {
            throw EditRefusedException.badInput(personId + " is not a person");
        }
        if (!ends.get(1).hasLabel(EntityEdits.ORGANIZATION)) {
            throw EditRefusedException.badInput(organizationId + " is not an organization");
        }
        RelState current = now.relationships().stream().filter(rel -> rel.type().equals(Support.AFFILIATED_WITH)
                && rel.from().equals(personId) && rel.to().equals(organizationId)).findFirst().orElse(null);
        return new Pair(now, current);
    }
}
