package io.whosaid.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.graphql.api.ErrorCode;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.whosaid.api.errors.ApiException;
import io.whosaid.api.export.ExportRequest;
import io.whosaid.api.export.Exports;
import io.whosaid.api.security.CallerName;
import io.whosaid.api.security.ExportAdmission;
import io.whosaid.export.ExportFormat;
import io.whosaid.export.SubgraphWriter;
import io.whosaid.graph.DatabaseErrors;
import io.whosaid.graph.GraphUnavailableException;
import io.whosaid.model.SubgraphSink;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * {@code GET /export/{graphml|gexf|cytoscape|csv}}: a neighbourhood, paths, a search or the whole graph as a file
 * (see {@link ExportRequest} for the parameters). Admitted like a GraphQL read ({@link ExportAdmission}), read by
 * {@link Exports}, written by the format's {@link SubgraphWriter} on a worker thread straight into the response.
 * A refused or failed request gets a status and a GraphQL-style error body ({@code errors[0].extensions.code}).
 */
@ApplicationScoped
public class ExportEndpoint {

    private static final Logger LOG = Logger.getLogger(ExportEndpoint.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ExportAdmission admission;
    private final Exports exports;

    public ExportEndpoint(ExportAdmission admission, Exports exports) {
        this.admission = admission;
        this.exports = exports;
    }

    void install(@Observes Router router) {
        router.get("/export/:format").handler(this::handle);
    }

    private void handle(RoutingContext ctx) {
        String name = ctx.pathParam("format");
        Optional<ExportFormat> format = ExportFormat.named(name);
        if (format.isEmpty()) {
            error(
                    ctx.response(),
                    404,
                    "NOT_FOUND",
                    "No export format " + name + "; use "
                            + Arrays.stream(ExportFormat.values())
                                    .map(ExportFormat::pathName)
                                    .collect(Collectors.joining(", ")),
                    Map.of());
            return;
        }
        ExportRequest request;
        try {
            request = ExportRequest.parse(parameters(ctx));
        } catch (ApiException e) {
            refuse(ctx.response(), e);
            return;
        }
        // A credential that does not check out is answered here, not by a bare 401 challenge.
        ctx.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, (BiConsumer<RoutingContext, Throwable>) (c, t) -> {});
        QuarkusHttpUser.getSecurityIdentity(ctx, null)
                .subscribe()
                .with(
                        identity -> admitted(ctx, format.get(), request, identity),
                        failure -> error(
                                ctx.response(),
                                401,
                                "UNAUTHENTICATED",
                                "The API key or token is not valid",
                                Map.of("WWW-Authenticate", "Bearer")));
    }

    private void admitted(RoutingContext ctx, ExportFormat format, ExportRequest request, SecurityIdentity identity) {
        Optional<ExportAdmission.Refusal> refusal = admission.check(
                request, identity, CallerName.rateKey(identity, ctx.request().remoteAddress()));
        if (refusal.isPresent()) {
            ExportAdmission.Refusal r = refusal.get();
            error(ctx.response(), r.status(), r.code(), r.message(), r.headers());
            return;
        }
        ctx.vertx()
                .executeBlocking(
                        () -> {
                            write(ctx, format, request);
                            return null;
                        },
                        false);
    }

    /** On a worker thread: reads and writes, and answers any failure in the way still open to it. */
    private void write(RoutingContext ctx, ExportFormat format, ExportRequest request) {
        HttpServerResponse response = ctx.response();
        ResponseOutputStream out = new ResponseOutputStream(
                ctx,
                () -> response.setStatusCode(200)
                        .putHeader("Content-Type", format.mediaType())
                        .putHeader(
                                "Content-Disposition",
                                "attachment; filename=\"" + request.fileStem() + "." + format.extension() + "\"")
                        .putHeader("Cache-Control", "no-store"));
        try {
            Consumer<SubgraphSink> subgraph = exports.read(request);
            SubgraphWriter writer = format.writer(out);
            subgraph.accept(writer);
            writer.finish();
            out.close();
        } catch (ApiException e) {
            refuse(response, e);
        } catch (RuntimeException | IOException e) {
            failed(response, out, e);
        }
    }

    private void failed(HttpServerResponse response, ResponseOutputStream out, Exception e) {
        if (out.committed()) {
            // Part of the file went out: cut the connection so the client sees a failed download, not a short file.
            LOG.debugf("An export stopped after its first bytes: %s", e.toString());
            response.reset();
            return;
        }
        if (e instanceof GraphUnavailableException) {
            error(response, 503, "SERVICE_UNAVAILABLE", e.getMessage(), Map.of());
        } else if (DatabaseErrors.isTimeout(e)) {
            error(response, 504, "TIMEOUT", "The export took longer than its time limit and was stopped", Map.of());
        } else if (DatabaseErrors.isTooExpensive(e)) {
            error(
                    response,
                    503,
                    "QUERY_TOO_EXPENSIVE",
                    "The database stopped the export for the memory it needed",
                    Map.of());
        } else if (e instanceof UncheckedIOException || e instanceof IOException) {
            LOG.debugf("An export could not be written: %s", e.toString());
            response.reset();
        } else {
            LOG.error("An export failed", e);
            error(response, 500, "INTERNAL_SERVER_ERROR", "The export could not be completed", Map.of());
        }
    }

    private static void refuse(HttpServerResponse response, ApiException e) {
        ErrorCode code = e.getClass().getAnnotation(ErrorCode.class);
        String name = code == null ? "BAD_INPUT" : code.value();
        error(response, name.equals("NOT_FOUND") ? 404 : 400, name, e.getMessage(), Map.of());
    }

    /** The same body as a GraphQL error: {@code {"errors": [{"message": …, "extensions": {"code": …}}]}}. */
    private static void error(
            HttpServerResponse response, int status, String code, String message, Map<String, String> headers) {
        if (response.ended() || response.headWritten()) {
            return;
        }
        ObjectNode body = JSON.createObjectNode();
        ObjectNode error = body.putArray("errors").addObject();
        error.put("message", message);
        error.putObject("extensions").put("code", code);
        headers.forEach(response::putHeader);
        response.setStatusCode(status)
                .putHeader("Content-Type", "application/json")
                .end(body.toString());
    }

    private static Map<String, List<String>> parameters(RoutingContext ctx) {
        Map<String, List<String>> parameters = new HashMap<>();
        for (String name : ctx.queryParams().names()) {
            parameters.put(name, ctx.queryParams().getAll(name));
        }
        return parameters;
    }
}
