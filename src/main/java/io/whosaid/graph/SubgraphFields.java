package io.whosaid.graph;

import java.util.Map;

/**
 * Which costly parts of a subgraph a read fills: the nodes' counts (degree, said, quotedAbout: each walks the
 * node's relationships) and the edges' provenance (weight and supports: a property and both ends' labels per edge).
 * Together they were about 40% of a 2-hop neighbourhood's database work, spent even when no one selected them; a
 * part not read is 0 or empty in the answer.
 */
public record SubgraphFields(boolean counts, boolean provenance) {

    /** Everything, as an export writes it. */
    public static final SubgraphFields ALL = new SubgraphFields(true, true);

    /** The query parameters that switch the parts on (node.cypher and edge.cypher). */
    void addTo(Map<String, Object> parameters) {
        parameters.put("counts", counts);
        parameters.put("provenance", provenance);
    }
}
