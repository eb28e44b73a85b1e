package io.whosaid.graph;

import io.whosaid.graph.projection.NodeSelection;
import io.whosaid.graph.projection.NodeType;
import io.whosaid.graph.projection.ProjectionCompiler;
import io.whosaid.model.Node;
import io.whosaid.model.SearchHit;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;

/** Full-text search over people, organizations, quotes and article titles. */
@ApplicationScoped
public class SearchReader {

    private static final String SEARCH = CypherFile.load("read/search");

    private final GraphReader reader;

    public SearchReader(GraphReader reader) {
        this.reader = reader;
    }

    /**
     * The best hits over the three full-text indexes, each node with the properties {@code selection} names
     * (its related fields are loaded by the field resolvers, batched).
     */
    public List<SearchHit> search(String lucene, int limit, NodeSelection selection) {
        NodeSelection propertiesOnly = new NodeSelection(selection.properties(), List.of());
        String projection = new ProjectionCompiler().compile(NodeType.ENTITY, "node", propertiesOnly, false).cypher();
        List<SearchHit> hits = new ArrayList<>();
        for (Record record : reader.read(SEARCH.replace("{PROJECTION}", projection), Map.of("lucene", lucene, "limit", limit))) {
            Map<String, Object> map = record.get("node").asMap();
            if (GraphReader.isDeletedNode(map)) {
                continue;
            }
            Node node = NodeMapper.node(map);
            hits.add(new SearchHit(node, GraphReader.kindOf(map), GraphReader.labelOf(record.get("shown").asMap()),
                    record.get("score").asDouble()));
        }
        return hits;
    }
}
