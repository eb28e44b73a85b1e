package io.whosaid.bench;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.async.AsyncSession;

/**
 * The leanest HTTP service the bench can put in front of the standard Cypher: a bare Vert.x server that takes
 * {@code {"request": "ARTICLE", "parameters": {...}}}, runs that request's hand-written query through the
 * driver's asynchronous API (no worker thread, no GraphQL, no security, no query building) and writes the
 * records back as JSON. Its latency over raw Cypher's is what the HTTP hop and the JSON alone cost on this
 * machine, so its ratio bounds from below what any HTTP API over the same query could reach, WhoSaid included.
 *
 * <p>Run as a child process of the bench, like the service: {@code CypherRelay PORT BOLT_URI PROJECT_DIR}.
 */
public final class CypherRelay {

    private static final JsonProvider JSON = JsonProvider.provider();
    private static final SessionConfig READ =
            SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();

    private final Driver driver;
    private final Map<StandardRequest, String> queries;

    private CypherRelay(Driver driver, Map<StandardRequest, String> queries) {
        this.driver = driver;
        this.queries = queries;
    }

    public static void main(String[] args) throws Exception {
        // The bench's store runs without a login (BenchMain sets WHOSAID_NEO4J_EMBEDDED_AUTH=false).
        start(Integer.parseInt(args[0]), args[1], AuthTokens.none(), Path.of(args[2]));
        System.out.println("relay listening on 127.0.0.1:" + args[0]);
    }

    /** Starts the relay on 127.0.0.1:{@code port}; closing the handle stops the server and the driver. */
    static AutoCloseable start(int port, String boltUri, AuthToken auth, Path project) throws Exception {
        Driver driver = GraphDatabase.driver(
                boltUri,
                auth,
                Config.builder()
                        .withLogging(Logging.none())
                        .withMaxConnectionPoolSize(64)
                        .build());
        CypherRelay relay = new CypherRelay(driver, StandardQueries.load(project));
        // One event loop per core, as Quarkus gives the service.
        Vertx vertx = Vertx.vertx(
                new VertxOptions().setEventLoopPoolSize(Runtime.getRuntime().availableProcessors()));
        try {
            vertx.createHttpServer()
                    .requestHandler(relay::handle)
                    .listen(port, "127.0.0.1")
                    .toCompletionStage()
                    .toCompletableFuture()
                    .get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            vertx.close();
            driver.close();
            throw e;
        }
        return () -> {
            vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
            driver.close();
        };
    }

    private void handle(HttpServerRequest request) {
        if (request.path().equals("/ready")) {
            request.response().end("ok");
            return;
        }
        request.body().onSuccess(body -> {
            String query;
            Map<String, Object> parameters;
            try (var reader = JSON.createReader(new StringReader(body.toString()))) {
                JsonObject json = reader.readObject();
                query = queries.get(StandardRequest.valueOf(json.getString("request")));
                parameters = parameters(json.getJsonObject("parameters"));
            } catch (RuntimeException e) {
                request.response().setStatusCode(400).end(String.valueOf(e.getMessage()));
                return;
            }
            AsyncSession session = driver.session(AsyncSession.class, READ);
            session.runAsync(query, parameters)
                    .thenCompose(cursor -> cursor.listAsync())
                    .whenComplete((records, failure) -> {
                        session.closeAsync();
                        if (failure != null) {
                            request.response().setStatusCode(500).end(String.valueOf(failure.getMessage()));
                        } else {
                            request.response()
                                    .putHeader("Content-Type", "application/json")
                                    .end(json(records));
                        }
                    });
        });
    }

    private static Map<String, Object> parameters(JsonObject json) {
        Map<String, Object> parameters = new HashMap<>();
        json.forEach((key, value) -> parameters.put(
                key,
                switch (value.getValueType()) {
                    case NUMBER -> ((JsonNumber) value).longValue();
                    case STRING -> ((JsonString) value).getString();
                    default -> null;
                }));
        return parameters;
    }

    /** {@code {"rows": [...]}}: the records as JSON objects, written straight from the driver's values. */
    private static Buffer json(List<Record> records) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        try (JsonGenerator out = JSON.createGenerator(bytes)) {
            out.writeStartObject().writeStartArray("rows");
            for (Record record : records) {
                write(out, record.asMap());
            }
            out.writeEnd().writeEnd();
        }
        return Buffer.buffer(bytes.toByteArray());
    }

    private static void write(JsonGenerator out, Object value) {
        if (value instanceof Map<?, ?> map) {
            out.writeStartObject();
            map.forEach((key, item) -> {
                out.writeKey(key.toString());
                write(out, item);
            });
            out.writeEnd();
        } else if (value instanceof List<?> list) {
            out.writeStartArray();
            list.forEach(item -> write(out, item));
            out.writeEnd();
        } else if (value == null) {
            out.writeNull();
        } else if (value instanceof Long number) {
            out.write(number);
        } else if (value instanceof Double number) {
            out.write(number);
        } else if (value instanceof Boolean flag) {
            out.write(flag);
        } else {
            out.write(value.toString());
        }
    }

    /** The command that starts the relay in its own JVM, on the bench's classpath. */
    static List<String> command(Path java, String classpath, int port, int boltPort, Path project) {
        return List.of(
                java.toString(),
                "-Xmx256m",
                "-cp",
                classpath,
                CypherRelay.class.getName(),
                Integer.toString(port),
                "bolt://127.0.0.1:" + boltPort,
                project.toString());
    }
}
