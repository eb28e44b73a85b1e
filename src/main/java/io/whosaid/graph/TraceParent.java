package io.whosaid.graph;

import io.opentelemetry.context.Context;

/**
 * The trace context a thread's statements belong to, when the caller names it. The direct reads run on a worker
 * thread where the ambient OpenTelemetry context was seen to be the HTTP server's span rather than the GraphQL
 * request's (after the request span was made current there), so the request hands its context over explicitly;
 * elsewhere the ambient context is used.
 */
public final class TraceParent {

    private static final ThreadLocal<Context> PARENT = new ThreadLocal<>();

    private TraceParent() {
    }

    /** Sets the parent for this thread until the returned handle is closed. */
    public static AutoCloseable use(Context parent) {
        Context before = PARENT.get();
        PARENT.set(parent);
        return () -> PARENT.set(before);
    }

    static Context current() {
        Context parent = PARENT.get();
        return parent != null ? parent : Context.current();
    }
}
