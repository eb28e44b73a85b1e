package io.whosaid.bench;

import java.util.Map;

/** A system the bench asks the standard requests of: WhoSaid, raw Cypher, or @neo4j/graphql. */
interface Target extends AutoCloseable {

    String name();

    /** How it serves the request (e.g. "generated", "@cypher", "emulated"), or null when it cannot. */
    String how(StandardRequest request);

    /**
     * Runs one request to completion (the whole answer read) and returns how many items it held (quotes,
     * nodes, hits ...), so the systems can be checked to do the same work. Throws on any error.
     */
    int execute(StandardRequest request, Map<String, Object> parameters) throws Exception;

    @Override
    default void close() {}
}
