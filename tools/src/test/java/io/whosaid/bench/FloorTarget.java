package io.whosaid.bench;

import java.util.Map;

/**
 * The least a GraphQL request costs on a server: {@code { __typename }}, answered without a resolver or a
 * database round trip, sent by the same client as the standard requests. Its p50 plus raw Cypher's p50 is the
 * best a GraphQL server in front of that Cypher could do, which bounds the WhoSaid / raw Cypher ratio from below.
 */
final class FloorTarget implements Target {

    private final GraphQLTarget server;

    FloorTarget(GraphQLTarget server) {
        this.server = server;
    }

    @Override
    public String name() {
        return server.name() + " floor";
    }

    @Override
    public String how(StandardRequest request) {
        return "{ __typename }";
    }

    @Override
    public int execute(StandardRequest request, Map<String, Object> parameters) throws Exception {
        server.post("{ __typename }", Map.of());
        return 0;
    }
}
