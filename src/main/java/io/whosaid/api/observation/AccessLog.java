package io.whosaid.api.observation;

import jakarta.inject.Singleton;
import java.util.Locale;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * One line per GraphQL request on the logger {@code io.whosaid.access}: operation name and type, outcome (ok or
 * the first error's code), HTTP status, duration, estimated cost and the caller's key name (or token subject).
 * The same fields go into the line's MDC, so JSON logs carry them as fields. Never the query's variables or text,
 * a key or a token. Set {@code quarkus.log.category."io.whosaid.access".level=WARN} to leave them out.
 */
@Singleton
public class AccessLog {

    static final String CATEGORY = "io.whosaid.access";
    private static final Logger LOG = Logger.getLogger(CATEGORY);
    private static final String[] FIELDS = {
        "operation", "operationType", "outcome", "status", "durationMs", "cost", "caller"
    };

    public void log(ObservedRequest request, int status) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        String[] values = {
            request.name,
            request.type,
            request.outcome(),
            Integer.toString(status),
            String.format(Locale.ROOT, "%.1f", request.seconds() * 1000),
            Long.toString(request.cost),
            request.caller
        };
        StringBuilder line = new StringBuilder("graphql");
        for (int i = 0; i < FIELDS.length; i++) {
            line.append(' ').append(FIELDS[i]).append('=').append(values[i]);
            MDC.put(FIELDS[i], values[i]);
        }
        // OpenTelemetry puts the trace id into the MDC on the request's own context; this line may be written
        // from another thread, so it says the id itself.
        String traceId = request.traceId();
        boolean ownTraceId = traceId != null && MDC.get("traceId") == null;
        if (traceId != null) {
            line.append(" traceId=").append(traceId);
        }
        if (ownTraceId) {
            MDC.put("traceId", traceId);
        }
        try {
            LOG.info(line.toString());
        } finally {
            for (String field : FIELDS) {
                MDC.remove(field);
            }
            if (ownTraceId) {
                MDC.remove("traceId");
            }
        }
    }
}
