package io.whosaid.graph;

import io.whosaid.model.EdgeType;
import io.whosaid.model.GraphEdge;
import io.whosaid.model.GraphNode;
import io.whosaid.model.ShortestPaths;
import io.whosaid.model.Subgraph;
import io.whosaid.model.SubgraphSink;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * The subgraphs front ends draw: a node's neighbourhood and the shortest path between two nodes, each one query
 * run through {@link GraphReader#read} (its timeout, retries and query count), optionally walking only some
 * relationship types.
 */
@ApplicationScoped
public class SubgraphReader {

    /**
     * The news graph's relationship types as a Cypher type pattern (SAID|ABOUT|...), written into the text so that
     * counting them reads the node's degree per type; the edit log's TOUCHED links are not among them.
     */
    private static final String NEWS_TYPES =
            java.util.Arrays.stream(EdgeType.values()).map(Enum::name).collect(Collectors.joining("|"));

    /** Hop counts are literals in Cypher; one query per allowed count, made once from the template. */
    private final Map<Integer, String> neighborhoodByHops = new HashMap<>();

    private final Map<Integer, String> pathByHops = new HashMap<>();
    private final Map<Integer, String> shortestPathsByHops = new HashMap<>();
    private final String among;
    private final String allNodes;
    private final String allEdges;
    private final GraphReader reader;

    public SubgraphReader(GraphReader reader, @ConfigProperty(name = "whosaid.api.max-hops") int maxHops) {
        this.reader = reader;
        String node = fragment("read/subgraph/node").replace("{NEWS_TYPES}", NEWS_TYPES);
        String edge = fragment("read/subgraph/edge");
        String neighborhood = subgraphQuery("read/subgraph/neighborhood", node, edge);
        String path = subgraphQuery("read/subgraph/path", node, edge);
        String shortestPaths = subgraphQuery("read/subgraph/shortest-paths", node, edge);
        among = subgraphQuery("read/subgraph/among", node, edge);
        allNodes = subgraphQuery("read/export/nodes", node, edge);
        allEdges = subgraphQuery("read/export/edges", node, edge);
        for (int hops = 1; hops <= Math.max(maxHops, 1); hops++) {
            neighborhoodByHops.put(hops, neighborhood.replace("{HOPS}", Integer.toString(hops)));
            pathByHops.put(hops, path.replace("{HOPS}", Integer.toString(hops)));
            shortestPathsByHops.put(hops, shortestPaths.replace("{HOPS}", Integer.toString(hops)));
        }
    }

    /** A query with the node and edge projections and the news graph's types written in where it has them. */
    private static String subgraphQuery(String name, String node, String edge) {
        return CypherFile.load(name)
                .replace("{NODE}", node)
                .replace("{EDGE}", edge)
                .replace("{NEWS_TYPES}", NEWS_TYPES);
    }

    /** A projection kept in its own file, without its comment lines, to be written into a query. */
    private static String fragment(String name) {
        return CypherFile.load(name)
                .lines()
                .filter(line -> !line.strip().startsWith("//"))
                .collect(Collectors.joining("\n"))
                .strip();
    }

    /**
     * Empty when no node has the id; {@code types} null walks every relationship type. Every read here fills only
     * the costly parts {@code fields} names.
     */
    public Optional<Subgraph> neighborhood(
            String id, int hops, int limit, List<EdgeType> types, SubgraphFields fields) {
        Map<String, Object> parameters = new HashMap<>();
        fields.addTo(parameters);
        parameters.put("id", id);
        parameters.put("limit", limit);
        parameters.put("types", names(types));
        List<Record> records = reader.read(neighborhoodByHops.get(hops), parameters);
        return records.isEmpty() ? Optional.empty() : Optional.of(subgraph(records.get(0)));
    }

    /**
     * Whether both ends exist, and the shortest connection between them: null when there is none within
     * {@code maxHops}, the one node when both ids are the same. One query.
     */
    public PathResult path(String fromId, String toId, int maxHops, List<EdgeType> types, SubgraphFields fields) {
        Map<String, Object> parameters = new HashMap<>();
        fields.addTo(parameters);
        parameters.put("fromId", fromId);
        parameters.put("toId", toId);
        parameters.put("types", names(types));
        Record record = reader.read(pathByHops.get(maxHops), parameters).get(0);
        Subgraph path = record.get("nodes").isNull() ? null : subgraph(record);
        return new PathResult(
                record.get("fromFound").asBoolean(), record.get("toFound").asBoolean(), path);
    }

    /** The nodes with these ids that exist (a search's hits, in that order) and the edges among them. */
    public Subgraph among(List<String> ids, List<EdgeType> types, SubgraphFields fields) {
        if (ids.isEmpty()) {
            return Subgraph.of(List.of(), List.of(), false);
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("ids", ids);
        fields.addTo(parameters);
        parameters.put("types", names(types));
        return subgraph(reader.read(among, parameters).get(0));
    }

    /**
     * The whole graph, every node and then every edge, handed to {@code sink} as Neo4j sends them: memory stays
     * flat however large the graph. Both reads are one transaction; under concurrent writes an edge may still
     * name a node written after the nodes were read (Neo4j reads committed data, not a snapshot).
     */
    public void wholeGraph(SubgraphSink sink) {
        Map<String, Object> everything = new HashMap<>();
        SubgraphFields.ALL.addTo(everything);
        reader.stream(queries -> {
            queries.run(allNodes, everything, row -> {
                GraphNode node = node(row.get("node").asMap());
                if (node != null) {
                    sink.node(node);
                }
            });
            queries.run(allEdges, everything, row -> {
                GraphEdge edge = edge(row.get("edge"));
                if (edge != null) {
                    sink.edge(edge);
                }
            });
        });
    }

    /**
     * Whether both ends exist, and every shortest connection between them within {@code maxHops} (at most
     * {@code limit}): null when there is none, one path of the one node when both ids are the same. One query.
     */
    public ShortestPathsResult shortestPaths(
            String fromId, String toId, int maxHops, int limit, List<EdgeType> types, SubgraphFields fields) {
        Map<String, Object> parameters = new HashMap<>();
        fields.addTo(parameters);
        parameters.put("fromId", fromId);
        parameters.put("toId", toId);
        parameters.put("limit", limit);
        parameters.put("types", names(types));
        Record record =
                reader.read(shortestPathsByHops.get(maxHops), parameters).get(0);
        boolean fromFound = record.get("fromFound").asBoolean();
        boolean toFound = record.get("toFound").asBoolean();
        List<List<String>> pathNodes = record.get("pathNodes").asList(path -> path.asList(Value::asString));
        if (!fromFound || !toFound || pathNodes.isEmpty()) {
            return new ShortestPathsResult(fromFound, toFound, null);
        }
        Map<String, GraphNode> nodes = new LinkedHashMap<>();
        for (Value value : record.get("nodes").values()) {
            GraphNode node = node(value.asMap());
            if (node != null) {
                nodes.putIfAbsent(node.id(), node);
            }
        }
        Map<String, GraphEdge> edges = new LinkedHashMap<>();
        List<ShortestPaths.PathSteps> paths = new ArrayList<>();
        List<Value> pathEdges = record.get("pathEdges").asList(edgesOfOnePath -> edgesOfOnePath);
        for (int i = 0; i < pathNodes.size(); i++) {
            List<String> edgeIds = new ArrayList<>();
            for (Value value : pathEdges.get(i).values()) {
                GraphEdge edge = edge(value);
                if (edge != null) {
                    edges.putIfAbsent(edge.id(), edge);
                    edgeIds.add(edge.id());
                }
            }
            paths.add(new ShortestPaths.PathSteps(pathNodes.get(i), edgeIds));
        }
        Subgraph graph = Subgraph.of(
                List.copyOf(nodes.values()),
                List.copyOf(edges.values()),
                record.get("truncated").asBoolean());
        return new ShortestPathsResult(true, true, new ShortestPaths(graph, paths));
    }

    /** The answer of {@link #shortestPaths}: {@code paths} is null when the ends are not connected within the hops. */
    public record ShortestPathsResult(boolean fromFound, boolean toFound, ShortestPaths paths) {}

    /** The answer of {@link #path}: {@code path} is null when the ends are not connected within the hops. */
    public record PathResult(boolean fromFound, boolean toFound, Subgraph path) {}

    /**
     * The relationship types a caller narrowed a walk to, or null: every query walks the news graph's types only
     * ({NEWS_TYPES} in its patterns, never the edit log's TOUCHED links, which are history, not connections), and a
     * filter written in the pattern lets the planner expand those types alone.
     */
    private static List<String> names(List<EdgeType> types) {
        return types == null ? null : types.stream().map(Enum::name).toList();
    }

    private static Subgraph subgraph(Record record) {
        Map<String, GraphNode> nodes = new LinkedHashMap<>();
        for (Value value : record.get("nodes").values()) {
            GraphNode node = node(value.asMap());
            if (node != null) {
                nodes.putIfAbsent(node.id(), node);
            }
        }
        Map<String, GraphEdge> edges = new LinkedHashMap<>();
        for (Value value : record.get("edges").isNull()
                ? List.<Value>of()
                : record.get("edges").values()) {
            GraphEdge edge = edge(value);
            if (edge != null) {
                edges.putIfAbsent(edge.id(), edge);
            }
        }
        return Subgraph.of(
                List.copyOf(nodes.values()),
                List.copyOf(edges.values()),
                record.get("truncated").asBoolean());
    }

    /** A node as node.cypher projects it; null when a concurrent write deleted it while this read ran (see GraphReader#existing). */
    private static GraphNode node(Map<String, Object> map) {
        if (map.get("id") == null) {
            return null;
        }
        return new GraphNode(
                map.get("id").toString(),
                GraphReader.kindOf(map),
                GraphReader.labelOf(map),
                count(map, "degree"),
                count(map, "said"),
                count(map, "quotedAbout"));
    }

    /** An edge as edge.cypher projects it; null when an end was deleted meanwhile. */
    private static GraphEdge edge(Value value) {
        if (value.get("source").isNull() || value.get("target").isNull()) {
            return null;
        }
        String type = value.get("type").asString();
        String source = value.get("source").asString();
        String target = value.get("target").asString();
        return new GraphEdge(
                source + "|" + type + "|" + target,
                EdgeType.valueOf(type),
                source,
                target,
                value.get("weight").asInt(0),
                value.get("supports").isNull()
                        ? List.of()
                        : value.get("supports").asList(Value::asString));
    }

    private static int count(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return value == null ? 0 : ((Number) value).intValue();
    }
}
