package io.whosaid.graph;

import io.whosaid.graph.projection.NodeSelection;
import io.whosaid.graph.projection.NodeType;
import io.whosaid.graph.projection.ProjectionCompiler;
import io.whosaid.model.Node;
import io.whosaid.model.SearchHit;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** Full-text search over people, organizations, quotes and article titles, in the language of {@link SearchQuery}. */
@ApplicationScoped
public class SearchReader {

    private static final String SEARCH = CypherFile.load("read/search");

    /** Best score first, then id: the order of every search and the position its cursors hold. */
    public static final Ordering BY_SCORE = Ordering.parse("search:score", "score DESC, node.id");

    /** Each index gives at most this many hits to one search: paging reaches the best of each kind, not all. */
    public static final int MAX_HITS_PER_INDEX = 1000;

    private final GraphReader reader;

    public SearchReader(GraphReader reader) {
        this.reader = reader;
    }

    /**
     * One page of the hits of {@code query}, each node with the properties {@code selection} names (its related
     * fields are loaded by the field resolvers, batched), with the fragment that matched when {@code highlights}
     * (else null: finding it reads and analyses every hit's text).
     */
    public Page<SearchHit> search(SearchQuery query, PageRequest page, NodeSelection selection, boolean highlights) {
        NodeSelection propertiesOnly = new NodeSelection(selection.properties(), List.of());
        String projection = new ProjectionCompiler()
                .compile(NodeType.ENTITY, "node", propertiesOnly, false)
                .cypher();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("lucene", query.lucene());
        parameters.put("window", MAX_HITS_PER_INDEX);
        parameters.put("highlights", highlights);
        parameters.put("limit", page.limit() + 1);
        List<String> entityLabels = new ArrayList<>();
        for (SearchQuery.Kind kind : List.of(SearchQuery.Kind.PERSON, SearchQuery.Kind.ORGANIZATION)) {
            if (query.kinds().contains(kind)) {
                entityLabels.add(kind.label());
            }
        }
        parameters.put("entityLabels", entityLabels);
        parameters.put("quotes", query.kinds().contains(SearchQuery.Kind.QUOTE));
        parameters.put("articles", query.kinds().contains(SearchQuery.Kind.ARTICLE));
        UnaryOperator<String> asWritten = UnaryOperator.identity();
        String cypher = SEARCH.replace("{PROJECTION}", projection)
                .replace("{KEYSET}", BY_SCORE.condition(page, asWritten, parameters, "cursor"))
                .replace("{ORDER}", BY_SCORE.orderBy(page.fromEnd(), asWritten))
                .replace("{KEY}", BY_SCORE.keyList(asWritten));
        SearchHighlighter highlighter = new SearchHighlighter(query);
        List<SearchHit> hits = new ArrayList<>();
        List<List<Object>> keys = new ArrayList<>();
        for (Record record : reader.read(cypher, parameters)) {
            Map<String, Object> map = record.get("node").asMap();
            if (GraphReader.isDeletedNode(map)) {
                continue;
            }
            Node node = NodeMapper.node(map);
            hits.add(new SearchHit(
                    node,
                    GraphReader.kindOf(map),
                    GraphReader.labelOf(record.get("shown").asMap()),
                    record.get("score").asDouble(),
                    highlights ? highlighter.highlight(texts(record.get("texts"))) : null));
            keys.add(record.get("key").asList(Value::asObject));
        }
        return Page.fromOneMore(hits, keys, page);
    }

    /** What the index matched, in the order a highlight prefers: the name before the aliases, the title before the subtitle. */
    private static Map<String, List<String>> texts(Value texts) {
        Map<String, List<String>> ordered = new LinkedHashMap<>();
        for (String property : List.of("name", "aliases", "title", "subtitle", "text")) {
            Value value = texts.get(property);
            if (value.isNull()) {
                continue;
            }
            ordered.put(
                    property.equals("aliases") ? "alias" : property,
                    property.equals("aliases") ? value.asList(Value::asString) : List.of(value.asString()));
        }
        return ordered;
    }
}
