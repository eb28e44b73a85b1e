package io.whosaid.graph.edit;

import io.whosaid.graph.CypherFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;

/**
 * The one rule for what goes with the links that held it (an article deleted, a publisher replaced): a person,
 * organization or commenter that nothing links to any more but affiliations is not a fact of the graph any more, and
 * goes, its affiliations with it (an affiliation alone was read from an article that is gone). The ingest of a
 * changed text applies the same rule in write/article.cypher, which says so.
 */
final class Support {

    static final String AFFILIATED_WITH = "AFFILIATED_WITH";
    private static final String HELD_ELSEWHERE = CypherFile.load("edit/held-elsewhere");

    private Support() {}

    /**
     * The candidates no link holds once the given ones go, asked of the graph (not of a snapshot: a candidate may have
     * far more links than the edit needs to read). {@code removed}: for each candidate, the links the edit removes.
     * The candidates are locked first, so that no ingest links one after it was found unsupported.
     */
    static List<String> unsupported(GraphState state, Map<String, List<RelState>> removed) {
        Map<String, String> elements = state.lock(removed.keySet());
        List<Map<String, Object>> rows = new ArrayList<>();
        removed.forEach((id, rels) -> {
            if (elements.containsKey(id)) {
                Map<String, Object> row = new HashMap<>();
                row.put("element", elements.get(id));
                row.put(
                        "removed",
                        rels.stream()
                                .map(rel -> List.of(rel.type(), rel.other(id)))
                                .toList());
                rows.add(row);
            }
        });
        List<String> gone = new ArrayList<>();
        for (Record record :
                state.tx().run(HELD_ELSEWHERE, Map.of("candidates", rows)).list()) {
            if (!record.get("held").asBoolean()) {
                gone.add(record.get("id").asString());
            }
        }
        return gone;
    }
}
