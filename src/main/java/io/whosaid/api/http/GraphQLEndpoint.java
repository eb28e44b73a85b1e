package io.whosaid.api.http;

import graphql.language.Document;
import graphql.parser.InvalidSyntaxException;
import graphql.schema.GraphQLSchema;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.smallrye.graphql.runtime.SmallRyeGraphQLAbstractHandler;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.whosaid.api.direct.DirectReads;
import io.whosaid.api.limits.CallerBudgets;
import io.whosaid.api.limits.DataListSizes;
import io.whosaid.api.limits.OperationAnalysis;
import io.whosaid.api.limits.ParsedDocuments;
import io.whosaid.api.limits.QueryLimits;
import io.whosaid.api.limits.RateLimiter;
import io.whosaid.api.live.SubscriptionGate;
import io.whosaid.api.live.SubscriptionSockets;
import io.whosaid.api.observation.AccessLog;
import io.whosaid.api.observation.ApiMetrics;
import io.whosaid.api.observation.ObservedRequest;
import io.whosaid.api.observation.OperationLabels;
import io.whosaid.api.observation.RequestTracing;
import io.whosaid.api.security.AccessPolicy;
import io.whosaid.api.security.CallerName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The one door to GraphQL over HTTP ({@code /graphql}). It answers in front of SmallRye GraphQL's own handler and
 * hands it only requests that passed every check, in this order:
 * <ol>
 *   <li>method (GET, POST, OPTIONS; 405 otherwise) and Accept (406 when neither GraphQL media type is acceptable);</li>
 *   <li>body size ({@code quarkus.http.limits.max-body-size}: 413 {@code REQUEST_TOO_LARGE}) and well-formedness
 *       (400, see {@link GraphQLHttpRequest});</li>
 *   <li>syntax ({@code GRAPHQL_PARSE_FAILED}); a mutation sent by GET is 405, as GET must not change anything;</li>
 *   <li>access ({@link AccessPolicy}: {@code UNAUTHENTICATED} 401, {@code FORBIDDEN} 403), so a caller without
 *       the right learns nothing more about the operation;</li>
 *   <li>limits ({@link QueryLimits}: {@code QUERY_TOO_DEEP}, {@code TOO_MANY_ALIASES}, {@code QUERY_TOO_COMPLEX}).</li>
 * </ol>
 * Only then does the operation execute: a read first by {@link DirectReads}, and whatever it does not answer by
 * SmallRye GraphQL. A refused request runs no resolver, so it reads and writes nothing.
 * A WebSocket upgrade (subscriptions, graphql-transport-ws) is authenticated and checked for read access first;
 * then every operation sent over the socket goes through the same checks (syntax, access, rate, scalar inputs, limits)
 * before it runs, and only subscriptions run there ({@link SubscriptionSockets}).
 */
@ApplicationScoped
public class GraphQLEndpoint {

    private static final Logger LOG = Logger.getLogger(GraphQLEndpoint.class);

    /** After authentication (order -200) has attached the caller's deferred identity, before SmallRye's routes. */
    static final int ROUTE_ORDER = -150;

    private static final String ALLOWED_METHODS = "GET, POST, OPTIONS";
    private static final String OBSERVED = ObservedRequest.class.getName();

    private final AccessPolicy accessPolicy;
    private final QueryLimits limits;
    private final Instance<GraphQLSchema> schema;
    private final CurrentIdentityAssociation identityAssociation;
    private final CurrentVertxRequest currentVertxRequest;
    private final String path;
    private final long maxBodyBytes;
    private final ParsedDocuments documents = new ParsedDocuments();
    private final DirectReads direct;
    private final DataListSizes listSizes;
    private final RateLimiter rateLimiter;
    private final CallerBudgets budgets;
    private final ApiMetrics metrics;
    private final AccessLog accessLog;
    private final RequestTracing tracing;
    private volatile Executor executor;
    private volatile Executor blockingExecutor;
    private volatile SubscriptionSockets sockets;
    private final int maxSubscriptions;

    public GraphQLEndpoint(
            AccessPolicy accessPolicy,
            QueryLimits limits,
            Instance<GraphQLSchema> schema,
            DirectReads direct,
            DataListSizes listSizes,
            RateLimiter rateLimiter,
            CallerBudgets budgets,
            ApiMetrics metrics,
            AccessLog accessLog,
            RequestTracing tracing,
            Instance<CurrentIdentityAssociation> identityAssociation,
            CurrentVertxRequest currentVertxRequest,
            @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "graphql") String rootPath,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize maxBodySize,
            @ConfigProperty(name = "whosaid.api.subscriptions.max-per-connection") int maxSubscriptions) {
        this.maxSubscriptions = maxSubscriptions;
        this.accessPolicy = accessPolicy;
        this.limits = limits;
        this.schema = schema;
        this.direct = direct;
        this.listSizes = listSizes;
        this.rateLimiter = rateLimiter;
        this.budgets = budgets;
        this.metrics = metrics;
        this.accessLog = accessLog;
        this.tracing = tracing;
        this.identityAssociation = identityAssociation.isResolvable() ? identityAssociation.get() : null;
        this.currentVertxRequest = currentVertxRequest;
        this.path = rootPath.startsWith("/") ? rootPath : "/" + rootPath;
        this.maxBodyBytes = maxBodySize.asLongValue();
    }

    void install(@Observes Router router) {
        BodyHandler bodies = BodyHandler.create(false).setBodyLimit(maxBodyBytes);
        router.route(path)
                .order(ROUTE_ORDER)
                .handler(this::observe)
                .handler(this::limitDeclaredSize)
                .handler(ctx -> {
                    if (!ctx.request().isEnded()) {
                        ctx.request().resume();
                    }
                    if (ctx.request().method() == HttpMethod.POST) {
                        bodies.handle(ctx);
                    } else {
                        ctx.next();
                    }
                })
                .handler(this::handle)
                .failureHandler(this::failed);
        LOG.debugf("GraphQL over HTTP at %s (body limit %d bytes)", path, maxBodyBytes);
    }

    /**
     * Starts the request's record, reported once as its response is written (when its status and every error are
     * known). Not at the response's end: SmallRye's handler takes the response's one end handler for itself.
     */
    private void observe(RoutingContext ctx) {
        ObservedRequest observed = new ObservedRequest(tracing.start());
        ctx.put(OBSERVED, observed);
        ctx.addHeadersEndHandler(ended -> {
            if (ctx.request().method() != HttpMethod.OPTIONS) {
                metrics.record(observed);
                accessLog.log(observed, ctx.response().getStatusCode());
            }
            tracing.end(observed);
        });
        ctx.next();
    }

    private static ObservedRequest observed(RoutingContext ctx) {
        return ctx.get(OBSERVED);
    }

    /** A response of one error, its code recorded for the request's metrics and log line. */
    private static void error(
            RoutingContext ctx,
            int status,
            ResponseMediaType mediaType,
            String code,
            String message,
            Map<String, String> headers) {
        ObservedRequest observed = observed(ctx);
        if (observed != null) {
            observed.failed(code);
        }
        GraphQLResponses.error(ctx.response(), status, mediaType, code, message, headers);
    }

    /** Refuses a body declared too large before reading a byte of it. */
    private void limitDeclaredSize(RoutingContext ctx) {
        String length = ctx.request().getHeader("Content-Length");
        if (length != null) {
            long declared;
            try {
                declared = Long.parseLong(length.strip());
            } catch (NumberFormatException e) {
                reject(ctx, ResponseMediaType.JSON, RequestRejected.badRequest("Content-Length is not a number"));
                return;
            }
            if (declared > maxBodyBytes) {
                tooLarge(ctx);
                return;
            }
        }
        ctx.next();
    }

    private void failed(RoutingContext ctx) {
        if (ctx.statusCode() == 413) {
            tooLarge(ctx);
            return;
        }
        LOG.error("A GraphQL HTTP request failed", ctx.failure());
        error(
                ctx,
                500,
                ResponseMediaType.JSON,
                "INTERNAL_SERVER_ERROR",
                "The request could not be completed",
                Map.of());
    }

    private void tooLarge(RoutingContext ctx) {
        ctx.response().putHeader("Connection", "close");
        error(
                ctx,
                413,
                ResponseMediaType.negotiate(ctx.request().getHeader("Accept")).orElse(ResponseMediaType.JSON),
                "REQUEST_TOO_LARGE",
                "The request body is larger than the limit of " + maxBodyBytes + " bytes",
                Map.of());
    }

    private void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        ResponseMediaType mediaType = ResponseMediaType.JSON;
        try {
            if ("websocket".equalsIgnoreCase(request.getHeader("Upgrade"))) {
                openSocket(ctx);
                return;
            }
            HttpMethod method = request.method();
            if (method == HttpMethod.OPTIONS) {
                ctx.response()
                        .putHeader("Allow", ALLOWED_METHODS)
                        .setStatusCode(204)
                        .end();
                return;
            }
            if (method != HttpMethod.GET && method != HttpMethod.POST) {
                throw new RequestRejected(
                        405, "METHOD_NOT_ALLOWED", "Use POST, or GET for queries", Map.of("Allow", ALLOWED_METHODS));
            }
            mediaType = ResponseMediaType.negotiate(request.getHeader("Accept"))
                    .orElseThrow(() -> new RequestRejected(
                            406, "NOT_ACCEPTABLE", "Accept application/graphql-response+json or application/json"));
            GraphQLHttpRequest graphQLRequest = method == HttpMethod.POST
                    ? GraphQLHttpRequest.fromPost(
                            request.getHeader("Content-Type"),
                            ctx.body().buffer() == null
                                    ? null
                                    : ctx.body().buffer().getBytes())
                    : GraphQLHttpRequest.fromGet(queryParameters(ctx));
            Document document = documents.parse(graphQLRequest.query());
            OperationAnalysis.Shape shape = OperationAnalysis.analyse(
                    document,
                    graphQLRequest.operationName(),
                    graphQLRequest.numericVariables(),
                    schema.isResolvable() ? schema.get() : null,
                    limits.bounds(),
                    listSizes.current());
            ObservedRequest observed = observed(ctx);
            observed.operation(
                    OperationLabels.nameOf(shape.operation().orElse(null)),
                    OperationLabels.typeOf(shape.operation().orElse(null)),
                    metrics.operations());
            observed.cost(shape.complexity());
            if (method == HttpMethod.GET && shape.mayWrite()) {
                throw new RequestRejected(
                        405, "METHOD_NOT_ALLOWED", "Mutations must be sent by POST", Map.of("Allow", "POST"));
            }
            admitAndExecute(ctx, mediaType, graphQLRequest, document, shape);
        } catch (RequestRejected rejected) {
            reject(ctx, mediaType, rejected);
        } catch (InvalidSyntaxException syntax) {
            error(
                    ctx,
                    GraphQLResponses.requestErrorStatus(mediaType),
                    mediaType,
                    "GRAPHQL_PARSE_FAILED",
                    syntax.getMessage(),
                    Map.of());
        }
    }

    private void admitAndExecute(
            RoutingContext ctx,
            ResponseMediaType mediaType,
            GraphQLHttpRequest graphQLRequest,
            Document document,
            OperationAnalysis.Shape shape) {
        // The deferred identity reports a failed authentication to this handler, not by a bare 401 challenge.
        ctx.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, (BiConsumer<RoutingContext, Throwable>) (c, t) -> {});
        QuarkusHttpUser.getSecurityIdentity(ctx, null)
                .subscribe()
                .with(
                        identity -> {
                            try {
                                decide(ctx, mediaType, graphQLRequest, document, shape, identity);
                            } catch (RuntimeException e) {
                                ctx.fail(e);
                            }
                        },
                        failure -> {
                            LOG.debugf("Authentication failed: %s", failure.toString());
                            error(
                                    ctx,
                                    401,
                                    mediaType,
                                    AccessPolicy.Denial.UNAUTHENTICATED.name(),
                                    "The API key or token is not valid",
                                    Map.of("WWW-Authenticate", "Bearer"));
                        });
    }

    private void decide(
            RoutingContext ctx,
            ResponseMediaType mediaType,
            GraphQLHttpRequest graphQLRequest,
            Document document,
            OperationAnalysis.Shape shape,
            SecurityIdentity identity) {
        ObservedRequest observed = observed(ctx);
        observed.caller(CallerName.of(identity));
        Optional<AccessPolicy.Denial> denial = accessPolicy.check(shape.mayWrite(), identity);
        if (denial.isPresent()) {
            AccessPolicy.Denial d = denial.get();
            error(
                    ctx,
                    d.status,
                    mediaType,
                    d.name(),
                    d.message,
                    d.status == 401 ? Map.of("WWW-Authenticate", "Bearer") : Map.of());
            return;
        }
        boolean anonymous = identity.isAnonymous();
        String client = CallerName.rateKey(identity, ctx.request().remoteAddress());

        if (!rateLimiter.admit(client, anonymous)) {
            error(
                    ctx,
                    429,
                    mediaType,
                    "RATE_LIMITED",
                    "More than " + (long) rateLimiter.rate(anonymous)
                            + " requests per second from this client; wait a second",
                    Map.of("Retry-After", "1"));
            return;
        }
        Optional<String> badScalar = ScalarInputs.problem(document, shape.operation(), graphQLRequest.variables())
                .or(() -> VariableCoercion.problem(
                        schema.isResolvable() ? schema.get() : null, shape.operation(), graphQLRequest.variables()));
        if (badScalar.isPresent()) {
            error(
                    ctx,
                    GraphQLResponses.requestErrorStatus(mediaType),
                    mediaType,
                    "BAD_INPUT",
                    badScalar.get(),
                    Map.of());
            return;
        }
        // Lists and texts count as long as the data has them (DataListSizes), for every caller.
        Optional<QueryLimits.Violation> violation = budgets.check(shape, anonymous);
        if (violation.isPresent()) {
            error(
                    ctx,
                    GraphQLResponses.requestErrorStatus(mediaType),
                    mediaType,
                    violation.get().code(),
                    violation.get().message(),
                    Map.of());
            return;
        }
        // Blocking resolvers run through Context.executeBlocking, which is ordered per Vert.x context: on the
        // event loop's own context that let only one request per event loop (two on two cores) reach the database
        // at a time, the others queued behind it. A duplicated context per request, as Quarkus gives its own
        // routes, orders only the request's own blocking calls.
        // It is a new one, not the HTTP request's: OpenTelemetry's current context lives in the duplicated context
        // (QuarkusContextStorage), and the event loop goes on using the HTTP request's after this returns, closing
        // scopes there that put the HTTP span back. The work handed to a worker on that shared context saw the
        // request's span or the HTTP span as current, by timing. On its own context, made current with the request's
        // span before any work is dispatched, it sees the request's span, and so do the workers it hands work to.
        observed.admit();
        long maxBytes = budgets.maxResponseBytes(anonymous);
        GraphQLResponses.Writer writer = new GraphQLResponses.Writer(ctx.response(), mediaType, maxBytes, observed);
        Context current = Vertx.currentContext();
        Context requestContext = current == null ? null : VertxContext.createNewDuplicatedContext(current);
        tracing.attach(observed, requestContext);
        if (requestContext != null && !shape.mayWrite() && direct.enabled()) {
            // Reads are first offered to the direct execution, on a worker thread (it queries the database);
            // what it does not answer, graphql-java executes from the start, back on the request's context.
            requestContext
                    .executeBlocking(
                            () -> {
                                // Written here, on the worker, within the caller's byte budget: an answer over it stops
                                // being
                                // written at the budget, as graphql-java's answers do (GraphQLResponses.Writer).
                                return direct.answer(
                                                document, graphQLRequest.operationName(), graphQLRequest.variables())
                                        .map(body -> DirectAnswer.of(body, maxBytes));
                            },
                            false)
                    .onComplete(outcome -> {
                        if (outcome.succeeded() && outcome.result().isPresent()) {
                            DirectAnswer answer = outcome.result().get();
                            if (answer.json() == null) {
                                observed.failed(GraphQLResponses.RESPONSE_TOO_LARGE_CODE);
                                GraphQLResponses.tooLarge(ctx.response(), mediaType, maxBytes);
                            } else {
                                GraphQLResponses.send(ctx.response(), 200, mediaType, answer.json());
                            }
                            return;
                        }
                        executor().execute(ctx, graphQLRequest, writer);
                    });
            return;
        }
        if (requestContext != null && shape.mayWrite()) {
            // A mutation runs whole on a worker thread, SmallRye's conversion of its arguments included: turning
            // the variables of a 100-article ingestBatch into inputs held the event loop for seconds.
            requestContext.executeBlocking(
                    () -> {
                        blockingExecutor().execute(ctx, graphQLRequest, writer);
                        return null;
                    },
                    false);
            return;
        }
        if (requestContext == null) {
            executor().execute(ctx, graphQLRequest, writer);
            return;
        }
        requestContext.runOnContext(ignored -> executor().execute(ctx, graphQLRequest, writer));
    }

    /**
     * A subscription socket for a caller who may read: its identity is the upgrade request's (its API key header or
     * token), and each operation it sends is checked as an HTTP request would be ({@link #subscriptionRefusal}).
     */
    private void openSocket(RoutingContext ctx) {
        ObservedRequest observed = observed(ctx);
        observed.operation("websocket", "subscription", metrics.operations());
        ctx.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, (BiConsumer<RoutingContext, Throwable>) (c, t) -> {});
        QuarkusHttpUser.getSecurityIdentity(ctx, null)
                .subscribe()
                .with(
                        identity -> {
                            observed.caller(CallerName.of(identity));
                            Optional<AccessPolicy.Denial> denial = accessPolicy.check(false, identity);
                            if (denial.isPresent()) {
                                AccessPolicy.Denial d = denial.get();
                                error(
                                        ctx,
                                        d.status,
                                        ResponseMediaType.JSON,
                                        d.name(),
                                        d.message,
                                        d.status == 401 ? Map.of("WWW-Authenticate", "Bearer") : Map.of());
                                return;
                            }
                            boolean anonymous = identity.isAnonymous();
                            String client =
                                    CallerName.rateKey(identity, ctx.request().remoteAddress());
                            if (!rateLimiter.admit(client, anonymous)) {
                                error(
                                        ctx,
                                        429,
                                        ResponseMediaType.JSON,
                                        "RATE_LIMITED",
                                        "More than " + (long) rateLimiter.rate(anonymous)
                                                + " requests per second from this client; wait a second",
                                        Map.of("Retry-After", "1"));
                                return;
                            }
                            observed.admit();
                            try {
                                sockets().open(ctx, payload -> subscriptionRefusal(payload, identity, client));
                            } catch (RuntimeException e) {
                                ctx.fail(e);
                            }
                        },
                        failure -> error(
                                ctx,
                                401,
                                ResponseMediaType.JSON,
                                AccessPolicy.Denial.UNAUTHENTICATED.name(),
                                "The API key or token is not valid",
                                Map.of("WWW-Authenticate", "Bearer")));
    }

    /** The checks of {@link #handle} and {@link #decide}, for one operation sent over a subscription socket. */
    private Optional<SubscriptionGate.Refusal> subscriptionRefusal(
            jakarta.json.JsonObject payload, SecurityIdentity identity, String client) {
        try {
            GraphQLHttpRequest request = GraphQLHttpRequest.fromJson(payload);
            Document document = documents.parse(request.query());
            OperationAnalysis.Shape shape = OperationAnalysis.analyse(
                    document,
                    request.operationName(),
                    request.numericVariables(),
                    schema.isResolvable() ? schema.get() : null,
                    limits.bounds(),
                    listSizes.current());
            String type = OperationLabels.typeOf(shape.operation().orElse(null));
            if (!"subscription".equals(type)) {
                return Optional.of(new SubscriptionGate.Refusal(
                        "OPERATION_NOT_ALLOWED",
                        "Only subscriptions are sent over the socket; send queries and mutations by HTTP"));
            }
            Optional<AccessPolicy.Denial> denial = accessPolicy.check(shape.mayWrite(), identity);
            if (denial.isPresent()) {
                return Optional.of(new SubscriptionGate.Refusal(denial.get().name(), denial.get().message));
            }
            boolean anonymous = identity.isAnonymous();
            if (!rateLimiter.admit(client, anonymous)) {
                return Optional.of(new SubscriptionGate.Refusal(
                        "RATE_LIMITED",
                        "More than " + (long) rateLimiter.rate(anonymous)
                                + " requests per second from this client; wait a second"));
            }
            Optional<String> badScalar = ScalarInputs.problem(document, shape.operation(), request.variables());
            if (badScalar.isPresent()) {
                return Optional.of(new SubscriptionGate.Refusal("BAD_INPUT", badScalar.get()));
            }
            return budgets.check(shape, anonymous).map(v -> new SubscriptionGate.Refusal(v.code(), v.message()));
        } catch (RequestRejected rejected) {
            return Optional.of(new SubscriptionGate.Refusal(rejected.code(), rejected.getMessage()));
        } catch (InvalidSyntaxException syntax) {
            return Optional.of(new SubscriptionGate.Refusal("GRAPHQL_PARSE_FAILED", syntax.getMessage()));
        }
    }

    private SubscriptionSockets sockets() {
        SubscriptionSockets current = sockets;
        if (current == null) {
            current = new SubscriptionSockets(identityAssociation, currentVertxRequest, maxSubscriptions);
            sockets = current;
        }
        return current;
    }

    private void reject(RoutingContext ctx, ResponseMediaType mediaType, RequestRejected rejected) {
        error(ctx, rejected.status(), mediaType, rejected.code(), rejected.getMessage(), rejected.headers());
    }

    private static Map<String, List<String>> queryParameters(RoutingContext ctx) {
        Map<String, List<String>> parameters = new HashMap<>();
        for (String name : ctx.queryParams().names()) {
            parameters.put(name, ctx.queryParams().getAll(name));
        }
        return parameters;
    }

    private Executor executor() {
        Executor current = executor;
        if (current == null) {
            current = new Executor(identityAssociation, currentVertxRequest, false);
            executor = current;
        }
        return current;
    }

    /** SmallRye's execution for a caller already on a worker thread: its resolvers run there, in line. */
    private Executor blockingExecutor() {
        Executor current = blockingExecutor;
        if (current == null) {
            current = new Executor(identityAssociation, currentVertxRequest, true);
            blockingExecutor = current;
        }
        return current;
    }

    /**
     * Runs an admitted request through SmallRye GraphQL's execution service, with the same request context and
     * caller identity set-up its own HTTP handler makes.
     *
     * <p>It extends Quarkus's runtime-internal {@code SmallRyeGraphQLAbstractHandler} because no public extension
     * point does this: Quarkus offers none to run SmallRye's execution from a route of one's own, and passing the
     * request on to SmallRye's route ({@code ctx.next()}) would give up what this endpoint answers itself (status
     * codes of GraphQL over HTTP, the caller's byte budget, mutations on a worker). The handler's set-up (request
     * context, caller identity, the metadata Quarkus's resolvers read) is Quarkus's own contract with its data
     * fetchers, so it is inherited, not copied. Pinned by {@code FrameworkInternalsTest} (the version reviewed),
     * {@code GraphQLOverHttpTest.theCallersIdentityReachesTheResolvers} (reads) and
     * {@code EditingTest.concurrentEditorsOnOverlappingEntitiesLoseNothing} (each key's name is its edits' author).
     */
    static final class Executor extends SmallRyeGraphQLAbstractHandler {

        private static final String REQUEST = Executor.class.getName() + ".request";
        private static final String WRITER = Executor.class.getName() + ".writer";

        Executor(
                CurrentIdentityAssociation identityAssociation,
                CurrentVertxRequest currentVertxRequest,
                boolean runBlocking) {
            super(identityAssociation, currentVertxRequest, runBlocking);
        }

        void execute(RoutingContext ctx, GraphQLHttpRequest request, GraphQLResponses.Writer writer) {
            ctx.put(REQUEST, request);
            ctx.put(WRITER, writer);
            handle(ctx);
        }

        @Override
        protected void doHandle(RoutingContext ctx) {
            GraphQLHttpRequest request = ctx.get(REQUEST);
            GraphQLResponses.Writer writer = ctx.get(WRITER);
            getExecutionService().executeAsync(request.toExecutionInput(), getMetaData(ctx), writer);
        }
    }

    /** A direct execution's answer as JSON, or a null {@code json} when it went over the caller's byte budget. */
    private record DirectAnswer(Buffer json) {
        static DirectAnswer of(Object body, long maxBytes) {
            try {
                return new DirectAnswer(BoundedJson.encode(body, maxBytes));
            } catch (BoundedJson.TooLarge tooLarge) {
                return new DirectAnswer(null);
            }
        }
    }
}
