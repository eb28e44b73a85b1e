package io.whosaid.api.http;

import static io.quarkus.jsonp.JsonProviderHolder.jsonProvider;

import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.whosaid.api.observation.ObservedRequest;
import io.whosaid.graph.DatabaseErrors;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Writes GraphQL responses with the status codes of GraphQL over HTTP: a result with {@code data} is 200; a
 * response without {@code data} (the request failed before execution: syntax, validation, variables, limits) is
 * 400 under {@code application/graphql-response+json} and 200 under legacy {@code application/json}; access
 * denials are 401 or 403 under both. Errors never carry a stack trace or an exception's class.
 */
final class GraphQLResponses {

    private static final Logger LOG = Logger.getLogger(GraphQLResponses.class);

    static final String TIMEOUT_CODE = "TIMEOUT";
    static final String TOO_EXPENSIVE_CODE = "QUERY_TOO_EXPENSIVE";
    static final String RESPONSE_TOO_LARGE_CODE = "RESPONSE_TOO_LARGE";

    private GraphQLResponses() {}

    /** A response made of one error and no data. */
    static void error(
            HttpServerResponse response,
            int status,
            ResponseMediaType mediaType,
            String code,
            String message,
            Map<String, String> headers) {
        if (response.ended()) {
            return;
        }
        JsonObjectBuilder error = jsonProvider().createObjectBuilder().add("message", message);
        if (code != null) {
            error.add("extensions", jsonProvider().createObjectBuilder().add("code", code));
        }
        JsonArrayBuilder errors = jsonProvider().createArrayBuilder().add(error);
        String body = jsonProvider()
                .createObjectBuilder()
                .add("errors", errors)
                .build()
                .toString();
        headers.forEach(response::putHeader);
        send(response, status, mediaType, body);
    }

    /** An error a request gets before execution, when it was well formed: 400, or 200 for legacy JSON clients. */
    static int requestErrorStatus(ResponseMediaType mediaType) {
        return mediaType == ResponseMediaType.GRAPHQL_RESPONSE_JSON ? 400 : 200;
    }

    static void send(HttpServerResponse response, int status, ResponseMediaType mediaType, String body) {
        send(response, status, mediaType, Buffer.buffer(body.getBytes(StandardCharsets.UTF_8)));
    }

    static void send(HttpServerResponse response, int status, ResponseMediaType mediaType, Buffer body) {
        if (response.ended()) {
            return;
        }
        response.setStatusCode(status)
                .putHeader("Content-Type", (mediaType == null ? ResponseMediaType.JSON : mediaType).contentType())
                .end(body);
    }

    /** The answer to a request whose answer went over its byte budget: only this error, never a part of the data. */
    static void tooLarge(HttpServerResponse response, ResponseMediaType mediaType, long maxBytes) {
        error(
                response,
                requestErrorStatus(mediaType),
                mediaType,
                RESPONSE_TOO_LARGE_CODE,
                "The answer is larger than " + maxBytes
                        + " bytes, the most this caller may get; ask for fewer or smaller items (text especially)",
                Map.of());
    }

    /** A result of data alone: no errors and no extensions to format. */
    private static boolean plainData(ExecutionResult result) {
        return result.isDataPresent()
                && result.getErrors().isEmpty()
                && (result.getExtensions() == null || result.getExtensions().isEmpty());
    }

    /** Receives what SmallRye GraphQL executed, and answers it. */
    static final class Writer implements ExecutionResponseWriter {

        private final HttpServerResponse response;
        private final ResponseMediaType mediaType;
        private final long maxBytes;
        private final ObservedRequest observed;

        Writer(HttpServerResponse response, ResponseMediaType mediaType, long maxBytes, ObservedRequest observed) {
            this.response = response;
            this.mediaType = mediaType;
            this.maxBytes = maxBytes;
            this.observed = observed;
        }

        @Override
        public void write(ExecutionResponse executionResponse) {
            ExecutionResult result = withDatabaseLimits(executionResponse.getExecutionResult());
            ExecutionResponse answer = result == executionResponse.getExecutionResult()
                    ? executionResponse
                    : new ExecutionResponse(result);
            int status = result.isDataPresent() ? 200 : requestErrorStatus(mediaType);
            for (GraphQLError error : result.getErrors()) {
                Object code = error.getExtensions() == null
                        ? null
                        : error.getExtensions().get("code");
                observed.failed(code == null ? null : code.toString());
            }
            try {
                if (plainData(result)) {
                    // Most answers: only data. Written straight from graphql-java's maps by Vert.x's streaming
                    // encoder; SmallRye's writer first builds a JSON-P tree of it, a copy of every value.
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("data", result.getData());
                    send(response, status, mediaType, BoundedJson.encode(body, maxBytes));
                    return;
                }
                Buffer body = Buffer.buffer(answer.getExecutionResultAsString().getBytes(StandardCharsets.UTF_8));
                if (BoundedJson.over(body, maxBytes)) {
                    throw new BoundedJson.TooLarge();
                }
                send(response, status, mediaType, body);
            } catch (BoundedJson.TooLarge tooLarge) {
                observed.failed(RESPONSE_TOO_LARGE_CODE);
                tooLarge(response, mediaType, maxBytes);
            } catch (IllegalStateException alreadyClosed) {
                LOG.debug("The client went away before the response was written", alreadyClosed);
            }
        }

        @Override
        public void fail(Throwable failure) {
            LOG.error("A GraphQL request failed outside any resolver", failure);
            observed.failed("INTERNAL_SERVER_ERROR");
            error(response, 500, mediaType, "INTERNAL_SERVER_ERROR", "The request could not be completed", Map.of());
        }
    }

    /**
     * A resolver stopped by Neo4j for the request's own reasons shows with a code and a message that say so,
     * instead of an anonymous server error: the Cypher transaction timeout (whosaid.neo4j.read-timeout /
     * write-timeout) as {@code TIMEOUT}, a transaction memory limit as {@code QUERY_TOO_EXPENSIVE}.
     */
    static ExecutionResult withDatabaseLimits(ExecutionResult result) {
        List<GraphQLError> errors = result.getErrors();
        if (errors.stream().allMatch(error -> databaseLimit(error) == null)) {
            return result;
        }
        List<GraphQLError> mapped = new ArrayList<>(errors.size());
        for (GraphQLError error : errors) {
            DatabaseLimit limit = databaseLimit(error);
            if (limit == null) {
                mapped.add(error);
                continue;
            }
            mapped.add(GraphqlErrorBuilder.newError()
                    .message(limit.message())
                    .locations(error.getLocations())
                    .path(error.getPath())
                    .extensions(Map.of("code", limit.code()))
                    .build());
        }
        return ExecutionResultImpl.newExecutionResult()
                .from(result)
                .errors(mapped)
                .build();
    }

    private record DatabaseLimit(String code, String message) {}

    /** The database limit the error's failure ran into, or null. */
    private static DatabaseLimit databaseLimit(GraphQLError error) {
        if (!(error instanceof ExceptionWhileDataFetching fetching)) {
            return null;
        }
        if (DatabaseErrors.isTimeout(fetching.getException())) {
            return new DatabaseLimit(
                    TIMEOUT_CODE,
                    "The database query took longer than its time limit and was stopped; "
                            + "a write that times out leaves nothing behind");
        }
        if (DatabaseErrors.isTooExpensive(fetching.getException())) {
            return new DatabaseLimit(
                    TOO_EXPENSIVE_CODE,
                    "The database query needed more memory than one request may "
                            + "use and was stopped; ask for fewer nested lists or smaller pages");
        }
        return null;
    }
}
