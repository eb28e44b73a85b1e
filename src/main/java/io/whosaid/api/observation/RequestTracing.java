package io.whosaid.api.observation;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.quarkus.opentelemetry.runtime.QuarkusContextStorage;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One span per GraphQL request ("graphql query Name"), the parent of the spans of its Cypher statements and
 * ingest phases. It carries the operation's name and type, its cost and outcome; never its variables or text.
 * Spans are made only when tracing is on ({@code quarkus.otel.sdk.disabled=false}).
 */
@Singleton
public class RequestTracing {

    static final AttributeKey<String> OPERATION_NAME = AttributeKey.stringKey("graphql.operation.name");
    static final AttributeKey<String> OPERATION_TYPE = AttributeKey.stringKey("graphql.operation.type");
    static final AttributeKey<Long> COST = AttributeKey.longKey("whosaid.graphql.cost");
    static final AttributeKey<String> OUTCOME = AttributeKey.stringKey("whosaid.graphql.outcome");

    private final Tracer tracer;

    public RequestTracing(
            Tracer tracer,
            @ConfigProperty(name = "quarkus.otel.sdk.disabled", defaultValue = "false") boolean tracingOff) {
        // Off, Quarkus still hands out a recording tracer that exports nowhere: skip it, spans cost nothing then.
        this.tracer = tracingOff ? null : tracer;
    }

    public Span start() {
        return tracer == null
                ? Span.getInvalid()
                : tracer.spanBuilder("graphql").startSpan();
    }

    /**
     * Makes the request's span current on the Vert.x context its work runs on, before any work is handed to it (the
     * resolvers' worker threads see it there, and the workers they hand work to get it from them), so the database's
     * and ingest's spans become its descendants. The scope is closed when the request ends.
     */
    public void attach(ObservedRequest request, io.vertx.core.Context requestContext) {
        if (requestContext != null && request.span.getSpanContext().isValid()) {
            request.scope = QuarkusContextStorage.INSTANCE.attach(
                    requestContext, Context.current().with(request.span));
        }
    }

    public void end(ObservedRequest request) {
        Span span = request.span;
        if (span.getSpanContext().isValid()) {
            span.updateName("graphql " + request.type + " " + request.name);
            span.setAttribute(OPERATION_NAME, request.name);
            span.setAttribute(OPERATION_TYPE, request.type);
            span.setAttribute(OUTCOME, request.outcome());
            if (request.cost >= 0) {
                span.setAttribute(COST, request.cost);
            }
            if (!ObservedRequest.OK.equals(request.outcome())) {
                span.setStatus(StatusCode.ERROR, request.outcome());
            }
        }
        span.end();
        Scope scope = request.scope;
        if (scope != null) {
            scope.close();
        }
    }
}
