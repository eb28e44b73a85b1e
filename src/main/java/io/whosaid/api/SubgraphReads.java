package io.whosaid.api;

import graphql.schema.DataFetchingFieldSelectionSet;
import io.whosaid.api.errors.BadInputException;
import io.whosaid.api.errors.NotFoundException;
import io.whosaid.graph.PageRequest;
import io.whosaid.graph.SearchQuery;
import io.whosaid.graph.SearchReader;
import io.whosaid.graph.SubgraphFields;
import io.whosaid.graph.SubgraphReader;
import io.whosaid.graph.projection.NodeSelection;
import io.whosaid.model.EdgeType;
import io.whosaid.model.GraphEdge;
import io.whosaid.model.GraphNode;
import io.whosaid.model.ShortestPaths;
import io.whosaid.model.Subgraph;
import io.whosaid.model.SubgraphSink;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The checked arguments of {@code neighborhood} and {@code path}, for GraphQL and the exports alike. Each read takes
 * the request's selection below it (null: everything, as an export needs) to read the costly parts of a subgraph
 * ({@link SubgraphFields}) only when a client asked for them.
 */
@ApplicationScoped
public class SubgraphReads {

    /** A search export needs only the hits' ids; their drawing comes from the subgraph read. */
    private static final NodeSelection IDS = new NodeSelection(Set.of("id"), List.of());

    private static final int DEFAULT_SEARCH_HITS = 10;
    private static final int DEFAULT_PATHS = 10;

    private static final List<String> COUNTS_ANYWHERE =
            GraphNode.COUNTS.stream().map(field -> "**/" + field).toList();
    private static final List<String> PROVENANCE_ANYWHERE =
            GraphEdge.PROVENANCE.stream().map(field -> "**/" + field).toList();

    private final SubgraphReader reader;
    private final SearchReader search;
    private final Paging paging;
    private final int maxHops;
    private final int maxNeighborhoodLimit;
    private final int maxPaths;

    public SubgraphReads(
            SubgraphReader reader,
            SearchReader search,
            Paging paging,
            @ConfigProperty(name = "whosaid.api.max-hops") int maxHops,
            @ConfigProperty(name = "whosaid.api.max-neighborhood-limit") int maxNeighborhoodLimit,
            @ConfigProperty(name = "whosaid.api.max-shortest-paths", defaultValue = "50") int maxPaths) {
        this.reader = reader;
        this.search = search;
        this.paging = paging;
        this.maxHops = maxHops;
        this.maxNeighborhoodLimit = maxNeighborhoodLimit;
        this.maxPaths = maxPaths;
    }

    public Subgraph neighborhood(
            String id, Integer hops, Integer limit, List<EdgeType> types, DataFetchingFieldSelectionSet selection) {
        IdArguments.require("id", id);
        int checkedHops = hops == null ? 1 : hops;
        if (checkedHops < 1 || checkedHops > maxHops) {
            throw new BadInputException("hops must be between 1 and " + maxHops + ", was " + checkedHops);
        }
        int checkedLimit = limit == null ? 100 : limit;
        if (checkedLimit < 1 || checkedLimit > maxNeighborhoodLimit) {
            throw new BadInputException(
                    "limit must be between 1 and " + maxNeighborhoodLimit + ", was " + checkedLimit);
        }
        return reader.neighborhood(id, checkedHops, checkedLimit, checkedTypes(types), selected(selection))
                .orElseThrow(() -> new NotFoundException("No node has id " + id));
    }

    public Subgraph path(
            String fromId, String toId, Integer hops, List<EdgeType> types, DataFetchingFieldSelectionSet selection) {
        IdArguments.require("fromId", fromId);
        IdArguments.require("toId", toId);
        int checkedHops = checkedHops(hops);
        SubgraphReader.PathResult result =
                reader.path(fromId, toId, checkedHops, checkedTypes(types), selected(selection));
        if (!result.fromFound()) {
            throw new NotFoundException("No node has id " + fromId);
        }
        if (!result.toFound()) {
            throw new NotFoundException("No node has id " + toId);
        }
        return result.path();
    }

    /** Every shortest path (at most {@code limit}, default 10), or null when none is within the hops. */
    public ShortestPaths shortestPaths(
            String fromId,
            String toId,
            Integer hops,
            Integer limit,
            List<EdgeType> types,
            DataFetchingFieldSelectionSet selection) {
        IdArguments.require("fromId", fromId);
        IdArguments.require("toId", toId);
        int checkedHops = checkedHops(hops);
        int checkedLimit = limit == null ? DEFAULT_PATHS : limit;
        if (checkedLimit < 1 || checkedLimit > maxPaths) {
            throw new BadInputException("limit must be between 1 and " + maxPaths + ", was " + checkedLimit);
        }
        SubgraphReader.ShortestPathsResult result =
                reader.shortestPaths(fromId, toId, checkedHops, checkedLimit, checkedTypes(types), selected(selection));
        if (!result.fromFound()) {
            throw new NotFoundException("No node has id " + fromId);
        }
        if (!result.toFound()) {
            throw new NotFoundException("No node has id " + toId);
        }
        return result.paths();
    }

    /**
     * What {@code search(query, first)} finds (the same hits, in the same order) as a subgraph: the hits and the
     * edges among them, of {@code types} only when given.
     */
    public Subgraph search(String query, Integer first, List<EdgeType> types) {
        SearchQuery checked = RootReads.searchQuery("q", query);
        int limit = first == null ? DEFAULT_SEARCH_HITS : paging.size(first);
        List<String> ids = search.search(checked, PageRequest.first(limit), IDS, false).items().stream()
                .map(hit -> hit.node().getId())
                .toList();
        return reader.among(ids, checkedTypes(types), SubgraphFields.ALL);
    }

    /** Every node and edge of the graph, streamed to {@code sink}. */
    public void wholeGraph(SubgraphSink sink) {
        reader.wholeGraph(sink);
    }

    /** The costly parts a client selected, anywhere below the root field (nodes, elements, graph); all for an export. */
    private static SubgraphFields selected(DataFetchingFieldSelectionSet selection) {
        return new SubgraphFields(
                SelectionReader.anySelected(selection, COUNTS_ANYWHERE),
                SelectionReader.anySelected(selection, PROVENANCE_ANYWHERE));
    }

    private int checkedHops(Integer hops) {
        int checked = hops == null ? maxHops : hops;
        if (checked < 1 || checked > maxHops) {
            throw new BadInputException("maxHops must be between 1 and " + maxHops + ", was " + checked);
        }
        return checked;
    }

    /** An empty list would walk nothing: refused rather than answered with a lone node. */
    private static List<EdgeType> checkedTypes(List<EdgeType> types) {
        if (types != null && types.isEmpty()) {
            throw new BadInputException("types must name at least one relationship type, or be left out");
        }
        return types;
    }
}
