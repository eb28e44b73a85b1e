package io.whosaid.api.export;

import graphql.schema.DataFetchingFieldSelectionSet;
import io.whosaid.api.SubgraphReads;
import io.whosaid.api.errors.NotFoundException;
import io.whosaid.model.ShortestPaths;
import io.whosaid.model.Subgraph;
import io.whosaid.model.SubgraphSink;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Consumer;

/** The subgraph an export writes: read by the same checked reads as GraphQL's neighborhood, path and search. */
@ApplicationScoped
public class Exports {

    /** An export writes every field of a node, its counts too: no selection narrows what is read. */
    private static final DataFetchingFieldSelectionSet EVERY_FIELD = null;

    private final SubgraphReads subgraphs;

    public Exports(SubgraphReads subgraphs) {
        this.subgraphs = subgraphs;
    }

    /**
     * What to write. A neighbourhood, the shortest paths (all of them, as one graph) or a search are bounded and read here, so that a wrong id or no
     * connection is an error before a byte is written; the whole graph is read as it is written.
     *
     * @throws io.whosaid.api.errors.ApiException for bad arguments ({@code BAD_INPUT}), an unknown id or no path
     *                                            ({@code NOT_FOUND})
     */
    public Consumer<SubgraphSink> read(ExportRequest request) {
        Subgraph subgraph = switch (request.kind()) {
            case NEIGHBORHOOD ->
                subgraphs.neighborhood(
                        request.argument("id"),
                        request.integer("hops"),
                        request.integer("limit"),
                        request.types(),
                        EVERY_FIELD);
            case PATH -> path(request);
            case SEARCH -> subgraphs.search(request.argument("q"), request.integer("first"), request.types());
            case WHOLE_GRAPH -> null;
        };
        return subgraph == null ? subgraphs::wholeGraph : sink -> SubgraphSink.feed(subgraph, sink);
    }

    private Subgraph path(ExportRequest request) {
        ShortestPaths paths = subgraphs.shortestPaths(
                request.argument("from"),
                request.argument("to"),
                request.integer("maxHops"),
                request.integer("limit"),
                request.types(),
                EVERY_FIELD);
        if (paths == null) {
            throw new NotFoundException("No path connects " + request.argument("from") + " and "
                    + request.argument("to") + " within the hops and relationship types asked for");
        }
        return paths.graph();
    }
}
