package io.whosaid.api.limits;

import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What one request may cost and answer, by caller: anonymous callers (open reads) get smaller budgets than
 * callers with an API key or token, as nobody answers for them.
 */
@ApplicationScoped
public class CallerBudgets {

    private final QueryLimits limits;
    private final long anonymousMaxComplexity;
    private final long anonymousMaxResponseBytes;
    private final long maxResponseBytes;

    @Inject
    public CallerBudgets(
            QueryLimits limits,
            @ConfigProperty(name = "whosaid.api.anonymous-max-complexity", defaultValue = "5000")
                    long anonymousMaxComplexity,
            @ConfigProperty(name = "whosaid.api.anonymous-max-response-size", defaultValue = "8M")
                    MemorySize anonymousMaxResponse,
            @ConfigProperty(name = "whosaid.api.max-response-size", defaultValue = "64M") MemorySize maxResponse) {
        this.limits = limits;
        this.anonymousMaxComplexity = anonymousMaxComplexity;
        this.anonymousMaxResponseBytes = anonymousMaxResponse.asLongValue();
        this.maxResponseBytes = maxResponse.asLongValue();
    }

    /** The cost limit for an anonymous caller (keyed callers have {@code whosaid.api.max-complexity}). */
    public long anonymousMaxComplexity() {
        return anonymousMaxComplexity;
    }

    /** The first limit a caller's operation exceeds (depth, aliases, then the caller's cost limit); empty if none. */
    public Optional<QueryLimits.Violation> check(OperationAnalysis.Shape shape, boolean anonymous) {
        return anonymous
                ? limits.check(shape, anonymousMaxComplexity, "; callers with an API key or token may ask for more")
                : limits.check(shape);
    }

    /** The largest answer, in bytes of JSON, a caller may get. */
    public long maxResponseBytes(boolean anonymous) {
        return anonymous ? anonymousMaxResponseBytes : maxResponseBytes;
    }
}
