package io.whosaid.api.limits;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The configured bounds on one operation, and the error a request gets when its operation is over one. */
@ApplicationScoped
public class QueryLimits {

    /** A request over a limit: {@code code} goes to {@code extensions.code}. */
    public record Violation(String code, String message) {}

    private final OperationAnalysis.Bounds bounds;

    @Inject
    public QueryLimits(
            @ConfigProperty(name = "whosaid.api.max-depth", defaultValue = "12") int maxDepth,
            @ConfigProperty(name = "whosaid.api.max-complexity", defaultValue = "100000") long maxComplexity,
            @ConfigProperty(name = "whosaid.api.max-aliases", defaultValue = "30") int maxAliases,
            @ConfigProperty(name = "whosaid.api.default-page-size", defaultValue = "20") int defaultPageSize,
            @ConfigProperty(name = "whosaid.api.list-fan-out", defaultValue = "10") int listFanOut) {
        this(new OperationAnalysis.Bounds(maxDepth, maxComplexity, maxAliases, defaultPageSize, listFanOut));
    }

    public QueryLimits(OperationAnalysis.Bounds bounds) {
        if (bounds.maxDepth() < 1 || bounds.maxComplexity() < 1 || bounds.maxAliases() < 0 || bounds.listFanOut() < 1) {
            throw new IllegalArgumentException("whosaid.api limits must be positive: " + bounds);
        }
        this.bounds = bounds;
    }

    public OperationAnalysis.Bounds bounds() {
        return bounds;
    }

    /** The first limit the operation exceeds, checked in the order depth, aliases, cost; empty when within all. */
    public Optional<Violation> check(OperationAnalysis.Shape shape) {
        return check(shape, bounds.maxComplexity(), "");
    }

    /** As {@link #check(OperationAnalysis.Shape)}, with the caller's own cost limit; {@code more} ends its message. */
    public Optional<Violation> check(OperationAnalysis.Shape shape, long maxComplexity, String more) {
        if (shape.depth() > bounds.maxDepth()) {
            return Optional.of(new Violation(
                    "QUERY_TOO_DEEP", "The operation nests fields more than " + bounds.maxDepth() + " levels deep"));
        }
        if (shape.aliases() > bounds.maxAliases()) {
            return Optional.of(new Violation(
                    "TOO_MANY_ALIASES", "The operation uses more than " + bounds.maxAliases() + " aliases"));
        }
        if (shape.complexity() > maxComplexity) {
            return Optional.of(tooComplex(shape.complexity(), maxComplexity, more));
        }
        return Optional.empty();
    }

    /** The violation of a cost limit; {@code more} is added to the message. */
    static Violation tooComplex(long complexity, long limit, String more) {
        return new Violation(
                "QUERY_TOO_COMPLEX",
                "The operation's estimated cost "
                        + (complexity == Long.MAX_VALUE ? "" : "(" + complexity + ") ") + "is over the limit of "
                        + limit
                        + "; ask for smaller pages (first, limit) or fewer nested lists" + more);
    }
}
