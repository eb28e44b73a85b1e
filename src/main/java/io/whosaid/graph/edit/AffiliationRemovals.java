package io.whosaid.graph.edit;

import java.util.List;
import java.util.Map;

/**
 * An affiliation an editor removed is a rule for the future, as a rejected name is: an
 * {@code (:AffiliationRemoval {id, person, organization})} node, written by the removal's change (so undoing the
 * removal lifts it, and adding the affiliation by hand lifts it too), tells the ingest of later articles not to
 * write the extractor's affiliation of that pair again (write/article.cypher).
 */
public final class AffiliationRemovals {

    public static final String LABEL = "AffiliationRemoval";

    private AffiliationRemovals() {
    }

    /** The id of the removal of the affiliation of this person with this organization. */
    public static String id(String personId, String organizationId) {
        return "affiliation-removal:" + personId + "|" + organizationId;
    }

    static NodeState removal(String personId, String organizationId) {
        String id = id(personId, organizationId);
        return new NodeState(id, List.of(LABEL), Map.of("id", id, "person", personId, "organization", organizationId));
    }
}
