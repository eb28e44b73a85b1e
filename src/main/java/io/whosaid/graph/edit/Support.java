package io.whosaid.graph.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The one rule for what goes with the links that held it (an article deleted, a publisher replaced): a person,
 * organization or commenter that had links and has none left but affiliations is not a fact of the graph any more,
 * and goes, its affiliations with it (an affiliation alone was read from an article that is gone). The ingest of a
 * changed text applies the same rule in write/article.cypher, which says so.
 */
final class Support {

    static final String AFFILIATED_WITH = "AFFILIATED_WITH";

    private Support() {
    }

    /** The candidates that no relationship in {@code remaining} holds, affiliations aside. */
    static List<String> unsupported(Collection<String> candidates, List<RelState> remaining) {
        List<String> gone = new ArrayList<>();
        for (String id : candidates) {
            boolean held = remaining.stream().anyMatch(rel -> rel.touches(id) && !rel.type().equals(AFFILIATED_WITH));
            if (!held) {
                gone.add(id);
            }
        }
        return gone;
    }
}
