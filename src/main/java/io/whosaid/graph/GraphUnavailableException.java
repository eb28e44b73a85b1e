package io.whosaid.graph;

import io.smallrye.graphql.api.ErrorCode;

/** Neo4j cannot be reached or is shutting down; the request may succeed when it is back. */
@ErrorCode("SERVICE_UNAVAILABLE")
public class GraphUnavailableException extends RuntimeException {
    public GraphUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
