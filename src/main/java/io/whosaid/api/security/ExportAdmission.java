package io.whosaid.api.security;

import graphql.language.Document;
import graphql.schema.GraphQLSchema;
import io.quarkus.security.identity.SecurityIdentity;
import io.whosaid.api.export.ExportRequest;
import io.whosaid.api.limits.CallerBudgets;
import io.whosaid.api.limits.DataListSizes;
import io.whosaid.api.limits.OperationAnalysis;
import io.whosaid.api.limits.ParsedDocuments;
import io.whosaid.api.limits.QueryLimits;
import io.whosaid.api.limits.RateLimiter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.Map;
import java.util.Optional;

/**
 * Whether an export may run: the same rules as a GraphQL read, in the same order. Access ({@link AccessPolicy}),
 * then the caller's rate ({@link RateLimiter}, one request like any other), then cost: an export costs what the
 * GraphQL query for the same subgraph costs, measured against the caller's budget ({@link QueryLimits}, and
 * {@link CallerBudgets} for anonymous callers). The whole graph has no bound, so it needs an API key or token.
 */
@ApplicationScoped
public class ExportAdmission {

    /** Why an export is refused: the HTTP status, the code for {@code extensions.code}, and headers to send. */
    public record Refusal(int status, String code, String message, Map<String, String> headers) {}

    private final AccessPolicy accessPolicy;
    private final RateLimiter rateLimiter;
    private final QueryLimits limits;
    private final CallerBudgets budgets;
    private final DataListSizes listSizes;
    private final Instance<GraphQLSchema> schema;
    private final ParsedDocuments documents = new ParsedDocuments();

    public ExportAdmission(
            AccessPolicy accessPolicy,
            RateLimiter rateLimiter,
            QueryLimits limits,
            CallerBudgets budgets,
            DataListSizes listSizes,
            Instance<GraphQLSchema> schema) {
        this.accessPolicy = accessPolicy;
        this.rateLimiter = rateLimiter;
        this.limits = limits;
        this.budgets = budgets;
        this.listSizes = listSizes;
        this.schema = schema;
    }

    /**
     * @param rateKey what the rate limiter counts the caller under ({@link CallerName#rateKey})
     * @return empty when the export may run
     */
    public Optional<Refusal> check(ExportRequest request, SecurityIdentity identity, String rateKey) {
        Optional<AccessPolicy.Denial> denial = accessPolicy.check(false, identity);
        if (denial.isPresent()) {
            return Optional.of(new Refusal(
                    denial.get().status,
                    denial.get().name(),
                    denial.get().message,
                    Map.of("WWW-Authenticate", "Bearer")));
        }
        boolean anonymous = identity == null || identity.isAnonymous();
        if (!rateLimiter.admit(rateKey, anonymous)) {
            return Optional.of(new Refusal(
                    429,
                    "RATE_LIMITED",
                    "More than " + (long) rateLimiter.rate(anonymous)
                            + " requests per second from this client; wait a second",
                    Map.of("Retry-After", "1")));
        }
        Optional<ExportRequest.EquivalentQuery> query = request.equivalentQuery();
        if (query.isEmpty()) {
            return anonymous
                    ? Optional.of(new Refusal(
                            400,
                            "QUERY_TOO_COMPLEX",
                            "The whole graph has no bound on"
                                    + " its size, so exporting it needs an API key or token; anonymous callers may export a"
                                    + " neighbourhood (id), paths (from, to) or a search (q)",
                            Map.of()))
                    : Optional.empty();
        }
        Document document = documents.parse(query.get().document());
        GraphQLSchema executable = schema.isResolvable() ? schema.get() : null;
        Optional<QueryLimits.Violation> violation = budgets.check(
                OperationAnalysis.analyse(
                        document,
                        null,
                        query.get().numericVariables(),
                        executable,
                        limits.bounds(),
                        listSizes.current()),
                anonymous);
        return violation.map(v -> new Refusal(400, v.code(), v.message(), Map.of()));
    }
}
