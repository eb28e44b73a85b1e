package io.whosaid.graph.edit;

import io.whosaid.graph.CypherFile;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.TransactionContext;

/**
 * An affiliation an editor removed is a rule for the future, as a rejected name is: an
 * {@code (:AffiliationRemoval {id, person, organization})} node, written by the removal's change (so undoing the
 * removal lifts it, and adding the affiliation by hand lifts it too), tells the ingest of later articles not to
 * write the extractor's affiliation of that pair again (write/article.cypher). The ingest finds it by the ids the
 * article's names land on after the id rules, so a merge moves the removals of the entities it merges to the one it
 * keeps (and its undo moves them back).
 */
public final class AffiliationRemovals {

    public static final String LABEL = "AffiliationRemoval";

    private static final String OF = CypherFile.load("edit/removals-of");

    private AffiliationRemovals() {}

    /** The ids of the removals that name any of these entities, as person or as organization. */
    static List<String> of(TransactionContext tx, Collection<String> entityIds) {
        return tx.run(OF, Map.of("ids", List.copyOf(entityIds)))
                .list(r -> r.get("id").asString());
    }

    /** The removal with every end in {@code merged} replaced by {@code keptId}. */
    static NodeState repointed(NodeState removal, Collection<String> merged, String keptId) {
        String person = removal.string("person");
        String organization = removal.string("organization");
        return removal(
                merged.contains(person) ? keptId : person, merged.contains(organization) ? keptId : organization);
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
