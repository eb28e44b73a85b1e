package io.whosaid.api.security;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What one GraphQL request was and how it ended, gathered while {@link GraphQLEndpoint} handles it and reported
 * once when its response ends (metrics, the access log line, the request's span). It holds what operators may
 * see: the operation's name and type, its cost, the caller's key name and the error codes; never the query's
 * variables, text or a credential.
 */
final class ObservedRequest {

    static final String OK = "ok";
    /** What an error code looks like; anything else (none, or a library's free text) is labelled ERROR. */
    private static final Pattern CODE = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,47}");

    final long startNanos = System.nanoTime();
    /** The operation's name ({@link OperationLabels#nameOf}); "unknown" until the document was parsed. */
    String name = OperationLabels.UNKNOWN;
    /** The name as metrics label it, from a bounded set ({@link OperationLabels#bounded}). */
    String operation = OperationLabels.UNKNOWN;
    /** query or mutation; "unknown" until the document was parsed. */
    String type = OperationLabels.UNKNOWN;
    /** The estimated cost it was admitted or refused with, or -1 when it was not measured. */
    long cost = -1;
    /** The API key's name or token subject; "anonymous" without one, "unknown" before authentication. */
    String caller = OperationLabels.UNKNOWN;
    /** Whether it passed every check and ran. */
    boolean admitted;
    private final List<String> codes = new ArrayList<>(1);
    /** The request's span ({@link RequestTracing}), and the scope that made it current for the request's work. */
    Span span = Span.getInvalid();
    Scope scope;

    /** An error the response carries, by its {@code extensions.code}. */
    void failed(String code) {
        codes.add(code == null || !CODE.matcher(code).matches() ? "ERROR" : code);
    }

    /** "ok", or the first error's code. */
    String outcome() {
        return codes.isEmpty() ? OK : codes.get(0);
    }

    List<String> codes() {
        return codes;
    }

    /** The trace the request's span belongs to, or null when tracing is off. */
    String traceId() {
        return span.getSpanContext().isValid() ? span.getSpanContext().getTraceId() : null;
    }

    double seconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
