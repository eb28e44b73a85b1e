package io.whosaid.api.observation;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What one GraphQL request was and how it ended, gathered while the GraphQL endpoint handles it and reported
 * once when its response ends (metrics, the access log line, the request's span). It holds what operators may
 * see: the operation's name and type, its cost, the caller's key name and the error codes; never the query's
 * variables, text or a credential.
 */
public final class ObservedRequest {

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
    final Span span;

    Scope scope;

    /** @param span the request's span, from {@link RequestTracing#start()} */
    public ObservedRequest(Span span) {
        this.span = span;
    }

    /** Names the operation once its document is parsed; {@code labels} bound the name metrics see. */
    public void operation(String name, String type, OperationLabels labels) {
        this.name = name;
        this.operation = labels.bounded(name);
        this.type = type;
    }

    /** The estimated cost the request is admitted or refused with. */
    public void cost(long cost) {
        this.cost = cost;
    }

    /** The API key's name or token subject, or "anonymous". */
    public void caller(String caller) {
        this.caller = caller;
    }

    /** The request passed every check and runs. */
    public void admit() {
        this.admitted = true;
    }

    /** An error the response carries, by its {@code extensions.code}. */
    public void failed(String code) {
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
