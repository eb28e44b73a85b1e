package io.whosaid.bench;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The bench's HTTP client: Vert.x's, on Netty event loops, with the calling thread waiting for the whole answer.
 * That is how the Neo4j driver's blocking API serves raw Cypher (Netty event loops, the caller waiting), so the
 * HTTP systems and raw Cypher pay for the same kind of client. java.net.http, used before, cost ~0.4 ms more per
 * request on an article-sized answer (its selector thread hands the body to executor threads), and that was
 * charged to every HTTP system and not to raw Cypher.
 */
final class HttpPoster implements AutoCloseable {

    /** The status and the whole body of one answer. */
    record Answer(int status, String body) {}

    private static final long TIMEOUT_SECONDS = 60;

    private final Vertx vertx;
    private final HttpClient client;

    HttpPoster() {
        // As many event loops as the driver gives itself (twice the cores), a connection per client thread.
        vertx = Vertx.vertx(
                new VertxOptions().setEventLoopPoolSize(2 * Runtime.getRuntime().availableProcessors()));
        client = vertx.createHttpClient(
                new HttpClientOptions().setKeepAlive(true).setTcpNoDelay(true).setConnectTimeout(5_000),
                new PoolOptions().setHttp1MaxSize(128));
    }

    /** POSTs {@code body} as JSON and waits for the whole answer. */
    Answer post(URI endpoint, String body, Map<String, String> headers) throws IOException {
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setHost(endpoint.getHost())
                .setPort(endpoint.getPort())
                .setURI(endpoint.getRawPath().isEmpty() ? "/" : endpoint.getRawPath())
                .putHeader("Content-Type", "application/json")
                .putHeader("Accept", "application/json")
                .setIdleTimeout(TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS));
        headers.forEach(options::putHeader);
        try {
            return client.request(options)
                    .compose(request -> request.send(body))
                    .compose(response ->
                            response.body().map(bytes -> new Answer(response.statusCode(), bytes.toString())))
                    .toCompletionStage()
                    .toCompletableFuture()
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException | CompletionException | TimeoutException e) {
            throw new IOException(
                    e.getCause() == null ? e.toString() : e.getCause().toString(), e);
        }
    }

    @Override
    public void close() {
        vertx.close();
    }
}
